// Types for vite.config.ts; the plugin itself is plain JavaScript so `node --test` can
// run its tests without a TypeScript step.
import type { Plugin } from 'vite';

interface PackageNotice {
  readonly name: string;
  readonly version: string;
  readonly license?: string;
}

export declare function publishedTheme(file: string, css: string, pkg: PackageNotice): string;
export declare function themeFiles(themesDir: string): string[];
export declare function themeStylesheets(options: {
  themesDir: string;
  pkg: PackageNotice;
}): Plugin;
