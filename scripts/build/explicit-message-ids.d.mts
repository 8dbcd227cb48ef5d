// Types for vite.config.ts; the plugin itself is plain JavaScript so `node --test` can
// run its tests without a TypeScript step.
import type { Plugin } from 'vite';

export declare function callsWithoutId(code: string): string[];
export declare function explicitMessageIds(options: { srcDir: string }): Plugin[];
