/**
 * The CDN files' hydration support, loaded only on pages with pre-rendered elements
 * (`circulation-elements/ssr`), before any of them is defined: Lit's own support, applied
 * to the Lit these files share. That Lit was evaluated before this module, so the patch
 * Lit would have applied at start-up (had the support been loaded first) is applied by
 * `applyHydrationSupport()`. (A function, not a side effect of importing: this package's
 * own modules count as side-effect free to the bundler, which would drop the call.)
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { hydrationSupported } from '../base/hydration.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/** Patches LitElement for hydration, once. */
export function applyHydrationSupport(): void {
  if (hydrationSupported()) return;
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({
    LitElement,
  });
}
