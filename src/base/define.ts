import { hasPrerendered, hydrationReady } from './hydration.js';
import { VERSION } from './version.js';

/** An element class that says which version of circulation-elements it belongs to. */
export interface VersionedElementClass extends CustomElementConstructor {
  readonly version?: string;
  /** Elements it renders inside itself, by tag name, which `define()` registers first. */
  readonly dependencies?: Readonly<Record<string, VersionedElementClass>>;
}

/**
 * Registers `elementClass` as `tagName`, and never throws.
 *
 * A page may load the library twice (an npm bundle and the CDN module, say). When the tag
 * is already defined by the same version this does nothing; when it is defined by another
 * version or by other code it warns once and keeps the first definition, as Shoelace does.
 * The class's `dependencies` are defined first, the same way, so that what it renders
 * inside itself is upgraded from its first render. Returns true only when this call
 * defined `tagName`, or will: on a page with pre-rendered `tagName` elements, the tag is
 * defined once they can hydrate (see `hydration.ts`).
 */
export function define(tagName: string, elementClass: VersionedElementClass): boolean {
  if (typeof customElements === 'undefined') return false;
  for (const [dependencyTag, dependencyClass] of Object.entries(elementClass.dependencies ?? {})) {
    define(dependencyTag, dependencyClass);
  }
  if (customElements.get(tagName) || !hasPrerendered(tagName)) {
    return register(tagName, elementClass);
  }
  waiting.add(tagName);
  void hydrationReady()
    .then(() => sourceListRendered(tagName))
    .then(() => {
      waiting.delete(tagName);
      register(tagName, elementClass);
    });
  return true;
}

/** Tags whose definition waits for their pre-rendered elements to be able to hydrate. */
const waiting = new Set<string>();

/**
 * Resolves once the pre-rendered `<circ-sources>` that numbers the page's citations has
 * rendered, if this script defines one: an element hydrated before it would number its
 * markers without it, unlike the server. (Anything else is left to the mismatch
 * fallback in `CircElement`.)
 */
async function sourceListRendered(tagName: string): Promise<void> {
  const list = 'circ-sources';
  if (tagName === list || !hasPrerendered(list)) return;
  if (!waiting.has(list) && !customElements.get(list)) return;
  await customElements.whenDefined(list);
  for (const element of document.getElementsByTagName(list)) {
    await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  }
}

function register(tagName: string, elementClass: VersionedElementClass): boolean {
  const existing = customElements.get(tagName) as VersionedElementClass | undefined;
  if (existing) {
    if (existing !== elementClass && existing.version !== VERSION) {
      warnDefinedElsewhere(tagName, existing.version);
    }
    return false;
  }
  try {
    customElements.define(tagName, elementClass);
    return true;
  } catch (error) {
    // For example the same class registered under another tag name by other code.
    console.warn(`${tagName}: could not be registered (${String(error)}).`);
    return false;
  }
}

const warnedTags = new Set<string>();

function warnDefinedElsewhere(tagName: string, otherVersion: string | undefined): void {
  if (warnedTags.has(tagName)) return;
  warnedTags.add(tagName);
  const other = otherVersion ? `version ${otherVersion}` : 'other code';
  console.warn(
    `${tagName}: already defined by ${other}; keeping that definition and ignoring version ${VERSION}.`,
  );
}
