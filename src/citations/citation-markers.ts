import { html, nothing, type TemplateResult } from 'lit';
import { citationText } from '../content/citation-text.js';
import { builtInSources } from '../content/sources.js';
import type { Source } from '../content/source.types.js';
import type { Statement } from '../content/statement.types.js';
import { citationRegistry, type CitationList } from './citation-registry.js';
import { emit } from '../base/emit.js';
import { safeHref } from '../base/safe-url.js';

/** Detail of the `circ-cite` event: the id of the source whose marker was activated. */
export interface CiteEventDetail {
  id: string;
}

declare global {
  interface HTMLElementEventMap {
    'circ-cite': CustomEvent<CiteEventDetail>;
  }
}

const builtInById = new Map<string, Source>(builtInSources.map((source) => [source.id, source]));

/**
 * Renders the citation markers for one statement, Vancouver style: `[1, 3]` in
 * superscript after the sentence.
 *
 * - With a `<circ-sources>` list on the page, each number is the source's number in that
 *   list, and activating it moves focus to that entry and fires `circ-cite` from `host`.
 * - Without a list (or for a source the list leaves out), the number is the source's
 *   place among the built-in sources and the marker links to the source itself in a new
 *   tab, or is plain text when the source has no web address.
 *
 * Every marker has an accessible name such as "Source 2: Peripheral arterial disease…".
 * Hosts re-render through `CitationController` when lists come and go.
 */
function renderCitationMarkers(
  host: HTMLElement,
  sourceIds: readonly string[],
): TemplateResult | typeof nothing {
  if (sourceIds.length === 0) return nothing;
  const list = citationRegistry.activeList;
  const markers = sourceIds.map((id, index) => {
    const entry = list?.entryFor(id);
    const marker =
      entry && list
        ? renderListMarker(host, list, id, entry.number, entry.title)
        : renderStandaloneMarker(host, id);
    return index === 0 ? marker : html`<span aria-hidden="true">, </span>${marker}`;
  });
  // Brackets and commas are for the eye; each marker carries its own accessible name.
  return html`<sup class="citations"
    ><span aria-hidden="true">[</span>${markers}<span aria-hidden="true">]</span></sup
  >`;
}

/**
 * One built-in statement followed by its citation markers, inline (several statements
 * can share a paragraph). A statement with `items` needs a block: use `renderStatementBlock`.
 */
export function renderStatement(host: HTMLElement, statement: Statement): TemplateResult {
  return html`<span class="statement">${statement.text()}</span>${renderCitationMarkers(
      host,
      statement.sources,
    )} `;
}

/**
 * One built-in statement as a paragraph, its list (if it has `items`) after it. The
 * markers follow the words that lead into the list, so the list reads on its own.
 */
export function renderStatementBlock(host: HTMLElement, statement: Statement): TemplateResult {
  const paragraph = html`<p>${renderStatement(host, statement)}</p>`;
  if (!statement.items) return paragraph;
  return html`${paragraph}
    <ul class="statement-items">
      ${statement.items.map((item) => html`<li>${item()}</li>`)}
    </ul>`;
}

function renderListMarker(
  host: HTMLElement,
  list: CitationList,
  id: string,
  number: number,
  title: string,
) {
  const activate = (event: Event) => {
    // The fragment cannot reach into the list's shadow root: move focus ourselves.
    event.preventDefault();
    list.focusEntry(id);
    fireCite(host, id);
  };
  return html`<a
    class="cite"
    part="citation"
    href="#circ-source-${id}"
    aria-label=${citationText.label(number, title)}
    @click=${activate}
    >${number}</a
  >`;
}

function renderStandaloneMarker(host: HTMLElement, id: string) {
  const source = builtInById.get(id);
  if (!source) return nothing;
  const number = builtInSources.indexOf(source as (typeof builtInSources)[number]) + 1;
  const href = safeHref(source.url);
  if (!href) {
    return html`<span class="cite" part="citation"
      ><span aria-hidden="true">${number}</span
      ><span class="visually-hidden">${citationText.label(number, source.title)}</span></span
    >`;
  }
  return html`<a
    class="cite"
    part="citation"
    href=${href}
    target="_blank"
    rel="noopener noreferrer"
    aria-label=${citationText.labelExternal(number, source)}
    @click=${() => fireCite(host, id)}
    >${number}</a
  >`;
}

function fireCite(host: HTMLElement, id: string): void {
  emit(host, 'circ-cite', { id });
}
