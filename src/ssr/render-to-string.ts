// Server rendering (issue 13): our elements in a page or fragment become Declarative Shadow
// DOM, rendered by `@lit-labs/ssr`, and everything else stays byte for byte as it was.
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../index.js';
import { resolveLocale, supportedLocales, type SupportedLocale } from '../base/locale-codes.js';
import { getLocale, setLocale } from '../base/localization.js';
import { serverSlotsAttribute } from '../base/slot-presence.js';
import { templateStrings } from '../base/static-template.js';
import { citationRegistry, type CitationList } from '../citations/citation-registry.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Options of `renderToString`. */
export interface RenderOptions {
  /**
   * The language of the built-in text: `en-GB` (default), `cy`, `pl` or `ur`, or a tag of
   * one of them (`cy-GB`). Anything else is refused with a `RangeError`.
   */
  readonly locale?: string;
  /**
   * Whether each shadow root carries its styles as a `<style>` element (default `true`),
   * so the content is styled before any script runs. A page whose Content-Security-Policy
   * forbids inline styles (`style-src 'self'`) would block them and report a violation
   * per element: pass `false` there. The elements then show unstyled until the script
   * hydrates them, which gives them the same styles as constructed style sheets.
   */
  readonly inlineStyles?: boolean;
}

const ourTag = /^circ-/;

/** True for a language tag that names one of our locales (not just falls back to one). */
export function isSupportedLocale(tag: string): boolean {
  const language = tag.trim().replace(/_/g, '-').toLowerCase().split('-')[0];
  return supportedLocales.some((locale) => locale.toLowerCase().split('-')[0] === language);
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** A node's children; a `<template>`'s content is inert and stays as written. */
function childrenOf(node: Node): Node[] {
  return (node as Partial<DefaultTreeAdapterMap['parentNode']>).childNodes ?? [];
}

/** A shadow root rendered before (a page pre-rendered twice): dropped, then rendered anew. */
function isDeclarativeShadowRoot(node: Node): boolean {
  return (
    isElement(node) &&
    node.tagName === 'template' &&
    node.attrs.some((attribute) => attribute.name === 'shadowrootmode')
  );
}

/** Every element of ours, at any depth of light DOM, in document order. */
function allOfOurs(node: Node, found: Element[] = []): Element[] {
  for (const child of childrenOf(node)) {
    if (isElement(child) && ourTag.test(child.tagName)) found.push(child);
    allOfOurs(child, found);
  }
  return found;
}

/**
 * The slots `element`'s light DOM fills, as `SlotPresenceController` counts them: named
 * slots by the `slot` attribute of child elements, the default slot for other child
 * elements and non-blank text.
 */
function filledSlots(element: Element): string[] {
  const slots = new Set<string>();
  for (const child of element.childNodes) {
    if (isElement(child)) {
      const slot = child.attrs.find((attribute) => attribute.name === 'slot');
      slots.add(slot ? slot.value : '#default');
    } else if (child.nodeName === '#text' && 'value' in child && child.value.trim() !== '') {
      slots.add('#default');
    }
  }
  return [...slots];
}

/** The start tag of `element` as written in `source`. */
function startTagOf(element: Element, source: string): string {
  const { startOffset, endOffset } = element.sourceCodeLocation!.startTag!;
  return source.slice(startOffset, endOffset);
}

/**
 * A shadow root's own `<style>`, its first child (`inlineStyles: false` drops it). Its CSS
 * may hold a `<` (`@container (width < 36rem)`), but never `</style>`, which would end it.
 */
const ownStyles = /(<template shadowroot="open" shadowrootmode="open">)<style>[\s\S]*?<\/style>/g;

/**
 * The Declarative Shadow DOM of `element` (its `<template shadowrootmode>`), rendered by
 * `@lit-labs/ssr` from its start tag as written (its attributes) and the slots its light
 * DOM fills. The light DOM itself is not rendered here: it stays in the page as written,
 * and elements of ours inside it get their own shadow roots.
 */
async function shadowRootOf(
  element: Element,
  source: string,
  inlineStyles: boolean,
): Promise<string> {
  const tag = element.tagName;
  const startTag = startTagOf(element, source).replace(
    /\s*\/?>$/,
    ` ${serverSlotsAttribute}="${filledSlots(element).join(' ')}">`,
  );
  const output = await collectResult(render(html(templateStrings([`${startTag}</${tag}>`]))));
  const start = output.indexOf('<template shadowroot');
  const end = output.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) return '';
  const shadowRoot = output.slice(start, end);
  // Each shadow root's own styles are its first child, nested elements' included.
  return inlineStyles ? shadowRoot : shadowRoot.replace(ownStyles, '$1');
}

/** The `<circ-sources>` lists the server renderer met, while one render runs. */
const listsSeen: CitationList[] = [];
LitElementRenderer.renderOptions.push((element) => {
  if (element.localName === 'circ-sources') listsSeen.push(element as unknown as CitationList);
  return undefined;
});

/** Renders run one at a time: the locale and the citation numbering are global. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * `fragment` (an HTML fragment or a whole page) with every `circ-*` element pre-rendered as
 * Declarative Shadow DOM (`<template shadowrootmode="open">`), nested ones (the checklist's
 * care card) included, and everything else untouched. Citation markers take their numbers
 * from the first `<circ-sources>` in the fragment, as they would in the browser.
 * Bad attributes render the same fallback as in the browser, with the same one warning.
 */
export function renderToString(fragment: string, options: RenderOptions = {}): Promise<string> {
  const run = queue.then(() => renderNow(fragment, options));
  queue = run.catch(() => undefined);
  return run;
}

async function renderNow(
  fragment: string,
  { locale, inlineStyles = true }: RenderOptions,
): Promise<string> {
  if (locale !== undefined && !isSupportedLocale(locale)) {
    throw new RangeError(
      `circulation-elements: locale "${locale}" is not supported; use one of ${supportedLocales.join(', ')}.`,
    );
  }
  const wanted: SupportedLocale = resolveLocale(locale ?? 'en-GB');
  if (getLocale() !== wanted) await setLocale(wanted);
  const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html)[\s>]/i.test(fragment);
  const tree = isDocument
    ? parse(fragment, { sourceCodeLocationInfo: true })
    : parseFragment(fragment, { sourceCodeLocationInfo: true });
  const elements = allOfOurs(tree).filter((element) => element.sourceCodeLocation?.startTag);
  if (elements.length === 0) return fragment;
  const lists = elements.filter((element) => element.tagName === 'circ-sources');
  try {
    // The first list numbers every marker, even those rendered before it: render it first
    // and keep it registered while the others render.
    if (lists[0]) {
      await shadowRootOf(lists[0], fragment, inlineStyles);
      const first = listsSeen.shift();
      if (first) citationRegistry.register(first);
      listsSeen.length = 0;
    }
    let output = '';
    let at = 0;
    for (const element of elements) {
      const startTag = element.sourceCodeLocation!.startTag!;
      output += fragment.slice(at, startTag.endOffset);
      at = startTag.endOffset;
      // A shadow root rendered before (a page pre-rendered twice) is replaced.
      const previous = element.childNodes.find(isDeclarativeShadowRoot);
      if (previous?.sourceCodeLocation && previous.sourceCodeLocation.startOffset === at) {
        at = previous.sourceCodeLocation.endOffset;
      }
      output += await shadowRootOf(element, fragment, inlineStyles);
    }
    return output + fragment.slice(at);
  } finally {
    for (const list of listsSeen.splice(0)) citationRegistry.unregister(list);
    const active = citationRegistry.activeList;
    if (active) citationRegistry.unregister(active);
  }
}
