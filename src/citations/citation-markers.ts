import type { TemplateResult } from 'lit';
import { emit } from '../base/emit.js';
import { escapeHtml } from '../base/escape-html.js';
import { getLocale } from '../base/localization.js';
import { markupTemplate } from '../base/static-template.js';
import { safeHref } from '../base/safe-url.js';
import { citationText } from '../content/citation-text.js';
import type { Source } from '../content/source.types.js';
import { builtInSources } from '../content/sources.js';
import type { Statement } from '../content/statement.types.js';
import { citationRegistry } from './citation-registry.js';

/** Detail of the `circ-cite` event: the id of the source whose marker was activated. */
export interface CiteEventDetail {
  id: string;
}

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

interface StandaloneSource {
  readonly number: number;
  readonly title: string;
  /** The checked link, or `undefined` when the source has no (safe) web address. */
  readonly href: string | undefined;
}

/** Built-in sources by id: their number in the built-in list and their checked link. */
const standalone = new Map<string, StandaloneSource>(
  builtInSources.map((source: Source, index) => [
    source.id,
    { number: index + 1, title: source.title, href: safeHref(source.url) },
  ]),
);

function markerMarkup(id: string): string {
  const entry = citationRegistry.activeList?.entryFor(id);
  const sourceId = `data-source-id="${escapeHtml(id)}"`;
  if (entry) {
    const label = escapeHtml(citationText.label(entry.number, entry.title));
    return `<a class="cite" part="citation" href="#circ-source-${escapeHtml(id)}" ${sourceId} aria-label="${label}">${entry.number}</a>`;
  }
  const source = standalone.get(id);
  if (!source) return '';
  if (!source.href) {
    const label = escapeHtml(citationText.label(source.number, source.title));
    return `<span class="cite" part="citation"><span aria-hidden="true">${source.number}</span><span class="visually-hidden">${label}</span></span>`;
  }
  const label = escapeHtml(citationText.labelExternal(source.number, source));
  return `<a class="cite" part="citation" href="${escapeHtml(source.href)}" target="_blank" rel="noopener noreferrer" ${sourceId} aria-label="${label}">${source.number}</a>`;
}

/**
 * The citation markers of one statement, Vancouver style: `[1, 3]` in superscript.
 * Brackets and commas are for the eye; each marker carries its own accessible name.
 */
function markersMarkup(sourceIds: readonly string[]): string {
  if (sourceIds.length === 0) return '';
  const markers = sourceIds.map(markerMarkup).join('<span aria-hidden="true">, </span>');
  return `<sup class="citations"><span aria-hidden="true">[</span>${markers}<span aria-hidden="true">]</span></sup>`;
}

function inlineMarkup(statement: Statement): string {
  return `<span class="statement">${escapeHtml(statement.text())}</span>${markersMarkup(statement.sources)} `;
}

function blockMarkup(statement: Statement): string {
  const paragraph = `<p>${inlineMarkup(statement)}</p>`;
  if (!statement.items) return paragraph;
  const items = statement.items.map((item) => `<li>${escapeHtml(item())}</li>`).join('');
  return `${paragraph}<ul class="statement-items">${items}</ul>`;
}

type Layout = 'inline' | 'block';

/**
 * The escaped markup of `statements` with their markers (see `renderStatements`), for an
 * element that builds a larger static template around them with `renderStaticMarkup`.
 */
export function statementsMarkup(statements: readonly Statement[], layout: Layout): string {
  return statements.map(layout === 'inline' ? inlineMarkup : blockMarkup).join('');
}

/** A built template and the numbering it was built for. */
interface Built {
  readonly version: number;
  readonly template: TemplateResult;
}

/** An owner's built templates, one per language. */
type ByLocale = Map<string, Built>;

/** The template for the current language and numbering, from `cache` or built anew. */
function current<K>(
  cache: { get(owner: K): ByLocale | undefined; set(owner: K, built: ByLocale): unknown },
  owner: K,
  build: () => string,
): TemplateResult {
  // One template per language is kept (at most four), so a server rendering pages in
  // several languages does not rebuild them page after page; but only the current
  // numbering: a page that changes its sources or their order again and again (a live
  // preview, say) never piles up templates for numberings gone by.
  const locale = getLocale();
  const { version } = citationRegistry;
  let byLocale = cache.get(owner);
  if (!byLocale) cache.set(owner, (byLocale = new Map()));
  let built = byLocale.get(locale);
  if (built?.version !== version) {
    byLocale.set(locale, (built = { version, template: markupTemplate(build()) }));
  }
  return built.template;
}

const builtByName = new Map<string, ByLocale>();

/**
 * A static template of the markup `build()` returns, built once per `name`, language and
 * numbering of the citations, and shared by every element that asks for the same `name`.
 * `build()` must escape every piece of text it puts in the markup (`escapeHtml`).
 */
export function renderStaticMarkup(name: string, build: () => string): TemplateResult {
  return current(builtByName, name, build);
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
const builtInline = new WeakMap<readonly Statement[], ByLocale>();
const builtBlock = new WeakMap<readonly Statement[], ByLocale>();

/**
 * Statements with their citation markers, as one static template:
 * - `inline`: each statement and its markers, then a space (several share a paragraph);
 * - `block`: each statement as a paragraph, its list (if it has `items`) after it; the
 *   markers follow the words that lead into the list, so the list reads on its own.
 *
 * With a `<circ-sources>` list on the page, each number is the source's number in that
 * list, and activating it moves focus to that entry (and fires `circ-cite`). Without a
 * list (or for a source it leaves out), the number is the source's place among the
 * built-in sources and the marker links to the source itself in a new tab, or is plain
 * text when the source has no web address. Every marker has an accessible name such as
 * "Source 2: Peripheral arterial disease…". Hosts re-render, and handle the markers'
 * clicks, through `CitationController`.
 *
 * `statements` must be a stable array (content data, not one made per render): the
 * template is cached against it.
 */
export function renderStatements(statements: readonly Statement[], layout: Layout): TemplateResult {
  // Our own content, every piece of text escaped: nothing from the page becomes markup.
  return current(layout === 'inline' ? builtInline : builtBlock, statements, () =>
    statementsMarkup(statements, layout),
  );
}

/** One statement and its markers, inline (see `renderStatements`). */
export function renderStatement(statement: Statement): TemplateResult {
  return renderStatements(oneOf(statement), 'inline');
}

/** One statement as a paragraph, with its list if it has one (see `renderStatements`). */
export function renderStatementBlock(statement: Statement): TemplateResult {
  return renderStatements(oneOf(statement), 'block');
}

const single = new WeakMap<Statement, readonly Statement[]>();

/** A stable one-statement list for `statement`, so its template is cached too. */
function oneOf(statement: Statement): readonly Statement[] {
  let list = single.get(statement);
  if (!list) single.set(statement, (list = [statement]));
  return list;
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
      (node): node is Element => node instanceof Element && node.matches('a.cite[data-source-id]'),
    );
  if (!marker || marker.getRootNode() !== host.shadowRoot) return;
  const id = marker.getAttribute('data-source-id')!;
  const list = citationRegistry.activeList;
  const listed = list?.entryFor(id) !== undefined;
  if (!listed && !standalone.has(id)) return;
  if (listed && marker.getAttribute('href')?.startsWith('#')) {
    event.preventDefault();
    list!.focusEntry(id);
  }
  emit(host, 'circ-cite', { id });
}
