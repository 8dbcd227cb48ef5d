// Types for vite.config.ts; the plugin itself is plain JavaScript so `node --test` can
// run its tests without a TypeScript step.
import type { Plugin } from 'vite';

export declare function messageIds(xliffDir: string): string[];
export declare function shortIds(ids: readonly string[]): Map<string, string>;
export declare function shortenMessageIds(
  code: string,
  mapping: ReadonlyMap<string, string>,
): { code: string; map: unknown; count: number } | null;
export declare function shortMessageIds(options: { xliffDir: string }): Plugin;
