/**
 * `dist/cdn/loader.js`: for pages with no build step,
 * `<script type="module" src="…/cdn/loader.js"></script>`. Defines only the `circ-*`
 * elements on the page, and any added to it later, each from its own module beside this
 * file (Lit and the shared base in one module they all import), so a page with one
 * `<circ-explainer>` fetches only what that element needs.
 *
 * It watches the document's light DOM: elements in the page's markup, and any inserted
 * later (a `MutationObserver` on the whole document). It cannot see into shadow roots: an
 * element that another component renders inside its own shadow root is found only if the
 * same tag also appears in the light DOM, or once the page imports its module (or the
 * whole bundle, `circulation-elements.js`). Elements that render others inside themselves
 * bring them (`<circ-symptom-checklist>` defines `<circ-care-card>`).
 *
 * A tag that is already defined (say the page loads the bundle too) is left alone. If a
 * module fails to load, it warns once and tries again when another element with that tag
 * is added. Locale follows `<html lang>`, as with the bundle. No exports: the language is
 * set through `<html lang>`, the elements are configured through their attributes.
 *
 * On a page pre-rendered by `circulation-elements/ssr` (an element of ours already has a
 * shadow root), it first loads the hydration support (`hydrate-support.js`) and, if the
 * page has a `<circ-sources>`, that list's module, so the elements hydrate with the same
 * citation numbers as the server gave them. Other pages never fetch either.
 */

/** Each tag's module: its registration entry, bundled by the CDN build as one chunk. */
const modules: Readonly<Record<string, () => Promise<unknown>>> = {
  'circ-explainer': () => import('../explainer.js'),
  'circ-comparison': () => import('../comparison.js'),
  'circ-symptom-checklist': () => import('../symptom-checklist.js'),
  'circ-care-card': () => import('../care-card.js'),
  'circ-sources': () => import('../sources.js'),
  'circ-price-banner': () => import('../price-banner.js'),
  'circ-walking-plan': () => import('../walking-plan.js'),
};

/** Tags whose module is loading or loaded. */
const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  if (customElements.get(tag)) return;
  modules[tag]!().catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`${tag}: could not load its module (${String(error)}).`);
  });
}

/** Loads the modules of `root` and of every known tag below it. */
function loadWithin(root: Element): void {
  if (Object.hasOwn(modules, root.localName)) load(root.localName);
  const waiting = Object.keys(modules).filter((tag) => !requested.has(tag));
  if (waiting.length === 0) return;
  for (const element of root.querySelectorAll(waiting.join(','))) load(element.localName);
}

/** Our elements in the page's markup that were pre-rendered (they have a shadow root). */
function prerenderedTags(): Set<string> {
  const tags = new Set<string>();
  for (const element of document.querySelectorAll(Object.keys(modules).join(','))) {
    if (element.shadowRoot) tags.add(element.localName);
  }
  return tags;
}

/** Before the rest: the hydration support, and the list that numbers the citations. */
async function prepareHydration(tags: Set<string>): Promise<void> {
  try {
    (await import('./hydrate-support.js')).applyHydrationSupport();
    if (tags.has('circ-sources')) {
      requested.add('circ-sources');
      await modules['circ-sources']!();
    }
  } catch (error) {
    console.warn(`circulation-elements: could not load the hydration support (${String(error)}).`);
  }
}

function start(): void {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) loadWithin(node as Element);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  loadWithin(document.documentElement);
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  const prerendered = prerenderedTags();
  if (prerendered.size === 0) start();
  else void prepareHydration(prerendered).then(start);
}

export {};
