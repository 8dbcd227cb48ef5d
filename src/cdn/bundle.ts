/**
 * `dist/cdn/circulation-elements.js`: every element and the public API (`src/index.ts`),
 * with Lit bundled in. On a page with pre-rendered elements it loads the hydration support
 * from beside it before defining them (see `base/hydration.ts`); other pages never fetch it.
 */
import { provideHydrationSupport } from '../base/hydration.js';

provideHydrationSupport(() =>
  import('./hydrate-support.js').then((support) => support.applyHydrationSupport()),
);

export * from '../index.js';
