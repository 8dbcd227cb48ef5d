// Types for vite.config.ts; the plugin itself is plain JavaScript so `node --test` can
// run its tests without a TypeScript step.
import type { Plugin } from 'vite';

export declare function minifyHtmlParts(raws: readonly string[]): string[] | string;
export declare function minifyCssParts(
  parts: readonly string[],
  filename?: string,
): string[] | string;
export declare function minifyTemplatesInModule(
  code: string,
  id: string,
): { code: string; map: unknown; warnings: string[] } | null;
export declare function minifyTemplates(options: { srcDir: string }): Plugin;
