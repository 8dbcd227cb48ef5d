/**
 * The package version, stamped on every element class so that `define()` can tell our
 * own earlier registration from another copy of the library. Kept in step with
 * package.json by `scripts/check-version.mjs` (part of `npm run lint`).
 */
export const VERSION = '0.1.0';
