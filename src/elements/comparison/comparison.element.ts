import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  renderStatements,
  renderStaticMarkup,
  statementsMarkup,
  type CitationsMode,
} from '../../citations/citation-markers.js';
import { checkedCitations } from '../../citations/citations-mode.js';
import { escapeHtml } from '../../base/escape-html.js';
import { CitationController } from '../../citations/citation-controller.js';
import { citationStyles } from '../../citations/citation.styles.js';
import { CircElement } from '../../base/circ-element.js';
import { helpStyles } from '../../base/help.styles.js';
import { comparisonColumnNames, comparisonColumns } from '../../content/comparison/columns.js';
import { comparisonHeading } from '../../content/comparison/heading.js';
import { comparisonRowLabels, comparisonRowNames } from '../../content/comparison/rows.js';
import { getHelp } from '../../content/get-help.js';
import { comparisonStyles } from './comparison.styles.js';

/**
 * A table that compares ischaemia (the broad problem) with intermittent claudication (one
 * way it shows itself), row by row: what it is, usual cause, when symptoms happen, typical
 * symptoms, where in the body, what eases it, main treatment and how serious it is.
 * `with-critical` adds a column for critical limb ischaemia. Every statement comes from
 * the built-in, source-backed content and ends with citation markers, as in
 * `<circ-explainer>`. Each cell's statements are paragraphs (the signs of critical limb
 * ischaemia a list). Under the table, always shown, is where to get help: 999 or A&E, an
 * urgent GP appointment or 111, and the Northern Ireland route, so the red flags are
 * there whichever columns are shown.
 *
 * The heading ("Ischaemia and intermittent claudication: the difference", naming all
 * three conditions with `with-critical`) is a real `h2`…`h6` (`heading-level`) just
 * above the table. The table's `<caption>` repeats it, visually hidden, so that a screen
 * reader user who jumps straight to the table hears its name. (A heading inside the
 * caption would avoid the repetition, but the explicit `role="table"` allows no heading
 * among its children.)
 *
 * It is a real `<table>` with column headers (`th scope="col"`) and row headers
 * (`th scope="row"`). When the element is narrower than 36rem (a container query, so it
 * follows the space it is given, not the window) the table reflows without horizontal
 * scrolling: each row becomes a block headed by its row header, and each cell shows the
 * name of its condition above its text. That visible name is hidden from assistive
 * technology, which still gets the real header: explicit ARIA table roles keep the table
 * semantics that some engines drop when table elements change their CSS `display`.
 *
 * @summary Compares ischaemia with intermittent claudication (and optionally critical limb ischaemia) in a responsive table.
 *
 * @csspart base - The wrapper around the table; it is the size container the layout follows.
 * @csspart table - The `<table>` element.
 * @csspart heading - The heading element (`h2`…`h6`).
 * @csspart caption - The `<caption>` naming the table: the heading's text, visually hidden.
 * @csspart column-header - Each column header (`th scope="col"`): the condition.
 * @csspart row-header - Each row header (`th scope="row"`): the question the row answers.
 * @csspart cell - Each data cell (`td`).
 * @csspart cell-label - The condition's name shown at the top of each cell in the narrow layout (hidden from assistive technology, which announces the column header instead).
 * @csspart help - Where to get help (999, urgent GP or 111), after the table and always shown.
 * @csspart citation - Each citation marker (a link to its source, or to its entry in `<circ-sources>`).
 *
 * @fires {CustomEvent<CiteEventDetail>} circ-cite - A citation marker was activated; `detail.id` is the source id.
 */
export class CircComparison extends CircElement {
  // Lit's reactive properties (the fields below, with their JSDoc), declared here
  // rather than with decorators, whose helpers every bundle would carry.
  static override properties: PropertyDeclarations = {
    withCritical: { type: Boolean, reflect: true, attribute: 'with-critical' },
    citations: { reflect: true },
  };

  static override styles = [...CircElement.styles, citationStyles, helpStyles, comparisonStyles];

  /** Adds a third column for critical limb ischaemia. Reflects. */
  withCritical = false;

  /**
   * Whether statements show their citation markers: `inline` (default: a short marker
   * after each statement, one keyboard stop, linking to its sources) or `none` (no
   * markers, for patient pages that end with one `<circ-sources>`, as NHS pages end with
   * their review dates; the sources stay listed there). Any other value falls back to
   * `inline` with one warning.
   */
  citations: CitationsMode = 'inline';

  /** The checked `citations` that `render()` uses. */
  private renderedCitations: CitationsMode = 'inline';

  constructor() {
    super();
    // Re-renders the citation markers when a <circ-sources> list comes, goes or reorders.
    new CitationController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('citations')) {
      this.renderedCitations = checkedCitations(this.citations, (key, message) =>
        this.warnOnce(key, message),
      );
    }
  }

  protected override render() {
    const heading = this.withCritical
      ? comparisonHeading.withCritical
      : comparisonHeading.twoColumns;
    const columnCount = this.withCritical ? 3 : 2;
    const mode = this.renderedCitations;
    return html`
      <div part="base" class="base">
        ${this.renderHeading(heading())}
        <table part="table" role="table" aria-labelledby="caption">
          <caption part="caption" id="caption" class="visually-hidden">
            ${heading()}
          </caption>
          ${renderStaticMarkup(`comparison ${columnCount} ${mode}`, () =>
            tableMarkup(columnCount, mode),
          )}
        </table>
        <div part="help" class="help">${renderStatements(getHelp, 'block', mode)}</div>
      </div>
    `;
  }
}

/**
 * The header row and the body of the table, the same for every comparison with as many
 * columns (in a language, with a numbering of the citations): built once as static
 * markup. The explicit roles look redundant, but they keep the table semantics in engines
 * (WebKit) that drop them once the narrow layout changes the cells' `display`.
 */
function tableMarkup(columnCount: number, mode: CitationsMode): string {
  const columns = comparisonColumnNames
    .slice(0, columnCount)
    .map((name) => comparisonColumns[name]);
  const columnHeaders = columns
    .map(
      (column) =>
        `<th scope="col" role="columnheader" part="column-header">${escapeHtml(column.title())}</th>`,
    )
    .join('\n');
  const rows = comparisonRowNames.map((row) => {
    const cells = columns
      .map(
        (column) =>
          `<td role="cell" part="cell"><span part="cell-label" class="cell-label" aria-hidden="true">${escapeHtml(column.title())}</span>${statementsMarkup(column.cells[row], 'block', mode)}</td>`,
      )
      .join('\n');
    return `<tr role="row"><th scope="row" role="rowheader" part="row-header">${escapeHtml(comparisonRowLabels[row]())}</th>${cells}</tr>`;
  });
  return `<thead role="rowgroup"><tr role="row"><td role="cell" class="corner"></td>\n${columnHeaders}</tr></thead><tbody role="rowgroup">${rows.join('\n')}</tbody>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'circ-comparison': CircComparison;
  }
}
