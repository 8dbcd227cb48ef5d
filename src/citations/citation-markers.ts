import type { TemplateResult } from 'lit';
import { emit } from '../base/emit.js';
import { escapeHtml } from '../base/escape-html.js';
import { getLocale } from '../base/localization.js';
import { markupTemplate, templateStrings } from '../base/static-template.js';
import { safeHref } from '../base/safe-url.js';
import { citationText } from '../content/citation-text.js';
import { sourceLinks } from '../content/source-links.js';
import type { Statement } from '../content/statement.types.js';
import { citationRegistry } from './citation-registry.js';

/** Detail of the `circ-cite` event: the source whose entry or page the marker opened. */
export interface CiteEventDetail {
  /** The source opened: the first of the statement's sources in the list, or the first. */
  id: string;
  /** Every source of the statement, in the order its marker lists them. */
  ids: string[];
}

/**
 * Whether statements show their citation markers: `inline` (a marker after each
 * statement) or `none` (no markers; the sources stay in `<circ-sources>`).
 */
export type CitationsMode = 'inline' | 'none';

declare global {
  interface HTMLElementEventMap {
    'circ-cite': CustomEvent<CiteEventDetail>;
  }
}

// Statements and their markers are the same for every element that shows them, in a
// given language and with a given source list on the page. So their markup is built once
// per statement, language and numbering, and every element clones one static template
// (no per-marker bindings, no per-marker listeners): it is most of what an explainer or
// a comparison renders, and per-instance work there was the render budget (issue 12).
// Every piece of text is escaped; clicks are handled by `CitationController`.
//
// A statement's sources are one marker (issue 17): one link, one keyboard stop, named
// briefly ("Source 7", "Sources 1, 2, 7"), never with the titles, which the source
// list shows one step away.

interface StandaloneSource {
  readonly number: number;
  /** The checked link, or `undefined` when the source has no (safe) web address. */
  readonly href: string | undefined;
}

/**
 * Built-in sources by id: their number in the built-in list and their checked link (from
 * `source-links.ts`, not the full `sources.ts`, so the titles stay out of every element's
 * bundle but the source list's).
 */
const standalone = new Map<string, StandaloneSource>(
  sourceLinks.map((source: { id: string; url?: string }, index) => [
    source.id,
    { number: index + 1, href: safeHref(source.url) },
  ]),
);

/** A cited source as its marker shows it: its number, and where activating it leads. */
interface Cited {
  readonly id: string;
  readonly number: number;
  /** In the page's source list: the marker moves focus to its entry. */
  readonly listed: boolean;
  /** Outside the list, the source's own checked link, if it has one. */
  readonly href: string | undefined;
}

function cited(id: string): Cited | undefined {
  const entry = citationRegistry.activeList?.entryFor(id);
  if (entry) return { id, number: entry.number, listed: true, href: undefined };
  const source = standalone.get(id);
  return source && { id, number: source.number, listed: false, href: source.href };
}

/**
 * The one marker of a statement's sources, Vancouver style: `[1, 3]` in superscript. With
 * a list on the page that has some of them, it shows their numbers in the list and links
 * to the first one's entry (activating it moves focus there); otherwise it shows their
 * built-in numbers and links to the first one's own page, in a new tab, or is text when
 * none has a web address. Its accessible name is short ("Sources 1,
 * 3"), with the numbers as shown; the brackets are for the eye.
 */
function markersMarkup(sourceIds: readonly string[], mode: CitationsMode): string {
  if (mode === 'none') return '';
  const known = sourceIds.map(cited).filter((source) => source !== undefined);
  // With a list on the page, only its numbers: a built-in number beside them would stand
  // for nothing the reader can see (and could repeat one of the list's).
  const inList = known.filter((source) => source.listed);
  const sources = inList.length > 0 ? inList : known;
  if (sources.length === 0) return '';
  const visible = `[${sources.map((source) => source.number).join(', ')}]`;
  const name = citationText.name(sources.map((source) => source.number));
  const ids = `data-source-ids="${escapeHtml(sources.map((source) => source.id).join(' '))}"`;
  const listed = sources.find((source) => source.listed);
  if (listed) {
    return `<sup class="citations"><a class="cite" part="citation" href="#circ-source-${escapeHtml(listed.id)}" ${ids} aria-label="${escapeHtml(name)}">${visible}</a></sup>`;
  }
  const linked = sources.find((source) => source.href);
  if (linked) {
    const label = escapeHtml(citationText.inNewTab(name));
    return `<sup class="citations"><a class="cite" part="citation" href="${escapeHtml(linked.href!)}" target="_blank" rel="noopener noreferrer" ${ids} aria-label="${label}">${visible}</a></sup>`;
  }
  return `<sup class="citations"><span class="cite" part="citation"><span aria-hidden="true">${visible}</span><span class="visually-hidden">${escapeHtml(name)}</span></span></sup>`;
}

function inlineMarkup(statement: Statement, mode: CitationsMode): string {
  return `<span class="statement">${escapeHtml(statement.text())}</span>${markersMarkup(statement.sources, mode)} `;
}

function blockMarkup(statement: Statement, mode: CitationsMode): string {
  const paragraph = `<p>${inlineMarkup(statement, mode)}</p>`;
  if (!statement.items) return paragraph;
  const items = statement.items.map((item) => `<li>${escapeHtml(item())}</li>`).join('');
  return `${paragraph}<ul class="statement-items">${items}</ul>`;
}

type Layout = 'inline' | 'block';

/**
 * The escaped markup of `statements` with their markers (see `renderStatements`), for an
 * element that builds a larger static template around them with `renderStaticMarkup`.
 */
export function statementsMarkup(
  statements: readonly Statement[],
  layout: Layout,
  mode: CitationsMode = 'inline',
): string {
  const markup = layout === 'inline' ? inlineMarkup : blockMarkup;
  return statements.map((statement) => markup(statement, mode)).join('');
}

/** What was built (a template, or a template's strings) and the numbering it was built for. */
interface Built<T> {
  readonly version: number;
  readonly value: T;
}

/** An owner's builds, one per language (and variant). */
type ByLocale<T> = Map<string, Built<T>>;

/** What `build()` gives for the current language, variant and numbering, from `cache` or built anew. */
function current<K, T>(
  cache: { get(owner: K): ByLocale<T> | undefined; set(owner: K, built: ByLocale<T>): unknown },
  owner: K,
  build: () => T,
  variant = '',
): T {
  // One build per language is kept (at most four), so a server rendering pages in
  // several languages does not rebuild them page after page; but only the current
  // numbering: a page that changes its sources or their order again and again (a live
  // preview, say) never piles up templates for numberings gone by.
  const locale = `${getLocale()} ${variant}`;
  const { version } = citationRegistry;
  let byLocale = cache.get(owner);
  if (!byLocale) cache.set(owner, (byLocale = new Map()));
  let built = byLocale.get(locale);
  if (built?.version !== version) byLocale.set(locale, (built = { version, value: build() }));
  return built.value;
}

const builtByName = new Map<string, ByLocale<TemplateResult>>();

/**
 * A static template of the markup `build()` returns, built once per `name`, language and
 * numbering of the citations, and shared by every element that asks for the same `name`.
 * `build()` must escape every piece of text it puts in the markup (`escapeHtml`).
 */
export function renderStaticMarkup(name: string, build: () => string): TemplateResult {
  return current(builtByName, name, () => markupTemplate(build()));
}

const stringsByName = new Map<string, ByLocale<TemplateStringsArray>>();

/**
 * The strings of a template that is static but for a few bindings (see `templateStrings`):
 * the markup pieces `build()` returns, built once per `name`, `variant`, language and
 * numbering of the citations, and shared by every element that asks for the same ones.
 * Each variant is kept (one per heading level, say) until the numbering changes. `build()`
 * must escape every piece of text it puts in the markup (`escapeHtml`).
 */
export function staticTemplateStrings(
  name: string,
  variant: string,
  build: () => readonly string[],
): TemplateStringsArray {
  return current(stringsByName, name, () => templateStrings(build()), variant);
}

const latestByName = new Map<string, { readonly key: string; readonly template: TemplateResult }>();

/**
 * A static template of the markup `build()` returns, for markup that depends on more than
 * the language and the numbering (a reader's answers): `inputs` names everything else it
 * depends on. Only the last template built under `name` in each language is kept and
 * shared, so elements showing the same thing share one, and no variant outlives its use
 * however many a page goes through. `build()` must escape every piece of text it puts in
 * the markup.
 */
export function renderLatestMarkup(
  name: string,
  inputs: string,
  build: () => string,
): TemplateResult {
  const slot = `${name} ${getLocale()}`;
  const key = `${citationRegistry.version} ${inputs}`;
  let built = latestByName.get(slot);
  if (built?.key !== key)
    latestByName.set(slot, (built = { key, template: markupTemplate(build()) }));
  return built.template;
}

/** The current template of each list of statements, per layout. */
const builtInline = new WeakMap<readonly Statement[], ByLocale<TemplateResult>>();
const builtBlock = new WeakMap<readonly Statement[], ByLocale<TemplateResult>>();

/**
 * Statements with their citation markers, as one static template:
 * - `inline`: each statement and its markers, then a space (several share a paragraph);
 * - `block`: each statement as a paragraph, its list (if it has `items`) after it; the
 *   markers follow the words that lead into the list, so the list reads on its own.
 *
 * Each statement's sources are one marker, one keyboard stop, named briefly ("Source 2",
 * "Sources 1, 2, 7", never the titles). With a `<circ-sources>` list on the page, each
 * number is the source's number in that list, and activating the marker moves focus to
 * the entry of the first (and fires `circ-cite`). Without a list (or for a source it
 * leaves out), the number is the source's place among the built-in sources and the marker
 * links to the first source's own page in a new tab, or is plain text when none has a web
 * address. `mode` `none` leaves the markers out. Hosts re-render, and handle the markers'
 * clicks, through `CitationController`.
 *
 * `statements` must be a stable array (content data, not one made per render): the
 * template is cached against it.
 */
export function renderStatements(
  statements: readonly Statement[],
  layout: Layout,
  mode: CitationsMode = 'inline',
): TemplateResult {
  // Our own content, every piece of text escaped: nothing from the page becomes markup.
  return current(
    layout === 'inline' ? builtInline : builtBlock,
    statements,
    () => markupTemplate(statementsMarkup(statements, layout, mode)),
    mode,
  );
}

/**
 * What a click on a marker inside `host` does: with a source list, focus its entry (the
 * fragment link cannot reach into the list's shadow root); always, fire `circ-cite`.
 * Called by `CitationController` for every click in the host's shadow root.
 */
export function activateMarker(host: HTMLElement, event: Event): void {
  // Only our own markers: the partner's slotted content is left to behave as it does.
  const marker = event
    .composedPath()
    .find(
      (node): node is Element => node instanceof Element && node.matches('a.cite[data-source-ids]'),
    );
  if (!marker || marker.getRootNode() !== host.shadowRoot) return;
  const ids = marker.getAttribute('data-source-ids')!.split(' ').filter(Boolean);
  const list = citationRegistry.activeList;
  const listed = ids.find((id) => list?.entryFor(id) !== undefined);
  if (!listed && !ids.some((id) => standalone.has(id))) return;
  if (listed && marker.getAttribute('href')?.startsWith('#')) {
    event.preventDefault();
    list!.focusEntry(listed);
  }
  emit(host, 'circ-cite', { id: listed ?? ids.find((id) => standalone.get(id)?.href)!, ids });
}
