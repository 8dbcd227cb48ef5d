import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../comparison.js';
import '../../sources.js';
import {
  comparisonColumnNames,
  comparisonColumns,
  type ComparisonColumnName,
} from '../../content/comparison/columns.js';
import { comparisonHeading } from '../../content/comparison/heading.js';
import { comparisonRowLabels, comparisonRowNames } from '../../content/comparison/rows.js';
import {
  accessibilityTree,
  canReadAccessibilityTree,
  nodesWithRole,
} from '../../test-utils/a11y-tree.js';
import { accessibleText, headingsIn, expectSameNode } from '../../test-utils/composed-tree.js';
import {
  expectNoHorizontalOverflow,
  inContainer as inContainerOf,
  isVisuallyHidden,
  type ContainerLayout,
} from '../../test-utils/container-layout.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircComparison } from './comparison.element.js';

// The browser's own accessibility tree can be read in Chromium only (test-utils/a11y-tree),
// and the engine that drops table semantics on a `display` change is WebKit. So every
// engine also checks what it builds its tree from: the elements, their ARIA roles and
// `scope`, what is hidden from assistive technology, and axe's table and ARIA rules, in
// both layouts.

const twoColumns = comparisonColumnNames.slice(0, 2);
const allColumns = [...comparisonColumnNames];
const titles = (columns: readonly ComparisonColumnName[]) =>
  columns.map((column) => comparisonColumns[column].title());

/** The comparison in a 320px or 720px container (see test-utils/container-layout.ts). */
const inContainer = (layout: ContainerLayout, element: TemplateResult) =>
  inContainerOf<CircComparison>(layout, element, 'circ-comparison');

const shadow = (el: CircComparison) => el.shadowRoot!;
const tableOf = (el: CircComparison) => shadow(el).querySelector('table')!;
const headerRowOf = (el: CircComparison) => tableOf(el).tHead!.rows[0]!;
const bodyRowsOf = (el: CircComparison) => Array.from(tableOf(el).tBodies[0]!.rows);
const dataCellsOf = (el: CircComparison) =>
  Array.from(shadow(el).querySelectorAll('td[part~="cell"]'));
/** What a screen reader reads for a node: hidden labels left out. */
const spoken = (node: Node) => accessibleText(node);

/**
 * The table semantics assistive technology relies on, checked on the DOM and its ARIA:
 * a named table, column headers, row headers, and each cell under the header of its
 * column and in the row of its row header, with the text of that condition and row.
 */
function expectTableSemantics(el: CircComparison, columns: readonly ComparisonColumnName[]) {
  const table = tableOf(el);
  const heading =
    columns.length === 3 ? comparisonHeading.withCritical : comparisonHeading.twoColumns;

  expect(table.getAttribute('role')).to.equal('table');
  // The table is named by its caption, which repeats the visible heading out of sight.
  const labelledBy = shadow(el).getElementById(table.getAttribute('aria-labelledby')!);
  expect(labelledBy).to.equal(table.caption);
  expect(spoken(table.caption!)).to.equal(heading());
  expect(isVisuallyHidden(table.caption!)).to.equal(true);
  expect(headingsIn(el)).to.deep.equal([{ level: 2, name: heading() }]);

  for (const group of shadow(el).querySelectorAll('thead, tbody')) {
    expect(group.getAttribute('role')).to.equal('rowgroup');
  }
  for (const row of table.rows) expect(row.getAttribute('role')).to.equal('row');

  const columnHeaders = Array.from(headerRowOf(el).querySelectorAll('th'));
  expect(columnHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(
    columns.map(() => 'col'),
  );
  expect(columnHeaders.map((th) => th.getAttribute('role'))).to.deep.equal(
    columns.map(() => 'columnheader'),
  );
  // Still read out even where the narrow layout hides them visually.
  expect(columnHeaders.map(spoken)).to.deep.equal(titles(columns));

  const rows = bodyRowsOf(el);
  expect(rows.map((row) => spoken(row.cells[0]!))).to.deep.equal(
    comparisonRowNames.map((row) => comparisonRowLabels[row]()),
  );
  rows.forEach((row, rowIndex) => {
    const rowName = comparisonRowNames[rowIndex]!;
    const rowHeader = row.cells[0]!;
    expect(rowHeader.localName).to.equal('th');
    expect(rowHeader.getAttribute('scope')).to.equal('row');
    expect(rowHeader.getAttribute('role')).to.equal('rowheader');

    const cells = Array.from(row.cells).slice(1);
    expect(cells).to.have.length(columns.length);
    for (const cell of cells) {
      expect(cell.localName).to.equal('td');
      expect(cell.getAttribute('role')).to.equal('cell');
      // The table model's association: the header in the same column names the condition…
      const column = columns[cell.cellIndex - 1]!;
      expect(headerRowOf(el).cells[cell.cellIndex]).to.equal(columnHeaders[cell.cellIndex - 1]);
      // …and the cell says what the content says for that condition and row.
      const text = spoken(cell);
      for (const statement of comparisonColumns[column].cells[rowName]) {
        expect(text).to.contain(statement.text());
      }
      // The visible condition label is for the eye only: it is never read twice.
      const label = cell.querySelector('.cell-label')!;
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      expect(label.textContent!.trim()).to.equal(comparisonColumns[column].title());
      expect(spoken(label)).to.equal('');
    }
  });
}

describe('<circ-comparison>', () => {
  const warnings = useWarnings();

  for (const [state, columns, markup] of [
    ['two columns', twoColumns, html`<circ-comparison></circ-comparison>`],
    ['with-critical', allColumns, html`<circ-comparison with-critical></circ-comparison>`],
  ] as const) {
    describe(state, () => {
      it('is a table in a wide container: real table layout, headers visible', async () => {
        const el = await inContainer('wide', markup);
        expectTableSemantics(el, columns);
        for (const cell of dataCellsOf(el)) {
          expect(getComputedStyle(cell).display).to.equal('table-cell');
          expect(getComputedStyle(cell.querySelector('.cell-label')!).display).to.equal('none');
        }
        for (const th of headerRowOf(el).querySelectorAll('th')) {
          expect(getComputedStyle(th).display).to.equal('table-cell');
          expect(isVisuallyHidden(th)).to.equal(false);
        }
        expectNoHorizontalOverflow(el);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('reflows in a 320px container: labelled cells, same semantics, no sideways scrolling', async () => {
        const el = await inContainer('narrow', markup);
        expectTableSemantics(el, columns);
        for (const cell of dataCellsOf(el)) {
          expect(getComputedStyle(cell).display).to.equal('block');
          // Each cell shows, visibly, which condition it describes.
          const label = cell.querySelector<HTMLElement>('.cell-label')!;
          expect(getComputedStyle(label).display).to.equal('block');
          expect(isVisuallyHidden(label)).to.equal(false);
        }
        // The header row is out of sight but not out of the accessibility tree.
        expect(isVisuallyHidden(tableOf(el).tHead!)).to.equal(true);
        expectNoHorizontalOverflow(el);
        expect(warnings.messages).to.deep.equal([]);
      });

      for (const layout of ['wide', 'narrow'] as const) {
        it(`keeps table, header and cell roles in the browser's accessibility tree (${layout})`, async function () {
          // Only Chromium lets a test read its accessibility tree (see test-utils/a11y-tree);
          // the other engines are covered by the DOM, ARIA and axe checks above.
          if (!canReadAccessibilityTree) this.skip();
          const el = await inContainer(layout, markup);
          const tree = await accessibilityTree('circ-comparison');
          const [table] = nodesWithRole(tree, 'table');
          expect(table?.name).to.equal(accessibleText(shadow(el).querySelector('caption')!));
          expect(nodesWithRole(table!, 'columnheader').map((n) => n.name)).to.deep.equal(
            titles(columns),
          );
          const rows = nodesWithRole(table!, 'row').slice(1);
          expect(rows.map((row) => nodesWithRole(row, 'rowheader')[0]?.name)).to.deep.equal(
            comparisonRowNames.map((row) => comparisonRowLabels[row]()),
          );
          rows.forEach((row, index) => {
            const cells = nodesWithRole(row, 'cell');
            expect(cells).to.have.length(columns.length);
            // The visible condition label is not read out as part of the cell.
            cells.forEach((cell, column) => {
              const firstStatement =
                comparisonColumns[columns[column]!].cells[comparisonRowNames[index]!][0]!;
              expect(cell.name?.startsWith(firstStatement.text()), cell.name).to.equal(true);
            });
          });
        });
      }

      it('is accessible wide and narrow', async () => {
        await expect(await inContainer('wide', markup)).to.be.accessible();
        await expect(await inContainer('narrow', markup)).to.be.accessible();
      });
    });
  }

  it('follows the container, not the window: the same page holds both layouts', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <style>
          .side {
            inline-size: 320px;
          }
        </style>
        <circ-comparison></circ-comparison>
        <div class="side"><circ-comparison></circ-comparison></div>
      </div>
    `);
    const [wide, narrow] = Array.from(wrapper.querySelectorAll('circ-comparison'));
    await wide!.updateComplete;
    await narrow!.updateComplete;
    expect(getComputedStyle(dataCellsOf(wide!)[0]!).display).to.equal('table-cell');
    expect(getComputedStyle(dataCellsOf(narrow!)[0]!).display).to.equal('block');
  });

  describe('with-critical', () => {
    it('is off by default: two columns, the two-condition heading', async () => {
      const el = await fixture<CircComparison>(html`<circ-comparison></circ-comparison>`);
      expect(el.withCritical).to.equal(false);
      expect(spoken(headerRowOf(el))).to.equal(titles(twoColumns).join(' '));
      expect(headingsIn(el)).to.deep.equal([{ level: 2, name: comparisonHeading.twoColumns() }]);
    });

    it('adds the critical limb ischaemia column and names it in the heading', async () => {
      const el = await fixture<CircComparison>(
        html`<circ-comparison with-critical></circ-comparison>`,
      );
      expect(el.withCritical).to.equal(true);
      expect(spoken(headerRowOf(el))).to.equal(titles(allColumns).join(' '));
      expect(titles(allColumns)[2]).to.equal('Critical limb ischaemia');
      expect(headingsIn(el)).to.deep.equal([{ level: 2, name: comparisonHeading.withCritical() }]);
    });

    it('follows the property and reflects it to the attribute', async () => {
      const el = await fixture<CircComparison>(html`<circ-comparison></circ-comparison>`);
      el.withCritical = true;
      await el.updateComplete;
      expect(el.hasAttribute('with-critical')).to.equal(true);
      expect(headerRowOf(el).cells).to.have.length(4);
      el.removeAttribute('with-critical');
      await el.updateComplete;
      expect(el.withCritical).to.equal(false);
      expect(bodyRowsOf(el).every((row) => row.cells.length === 3)).to.equal(true);
    });
  });

  describe('heading-level', () => {
    for (const level of [3, 4, 5, 6]) {
      it(`renders an h${level} for heading-level="${level}", still naming the table`, async () => {
        const el = await fixture<CircComparison>(
          html`<circ-comparison heading-level=${level}></circ-comparison>`,
        );
        expect(headingsIn(el)).to.deep.equal([{ level, name: comparisonHeading.twoColumns() }]);
        expect(spoken(tableOf(el).caption!)).to.equal(comparisonHeading.twoColumns());
        expect(warnings.messages).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('citation markers', () => {
    it('end every statement, and every cell has at least one', async () => {
      const el = await fixture<CircComparison>(
        html`<circ-comparison with-critical></circ-comparison>`,
      );
      const cells = dataCellsOf(el);
      expect(cells).to.have.length(comparisonRowNames.length * 3);
      for (const cell of cells) {
        expect(cell.querySelectorAll('.cite').length).to.be.greaterThan(0);
        for (const statement of cell.querySelectorAll('.statement')) {
          expect(statement.nextElementSibling?.matches('sup.citations')).to.equal(true);
        }
      }
    });

    it('take their numbers from the page’s <circ-sources> list', async () => {
      const page = await fixture(html`
        <div>
          <circ-comparison></circ-comparison>
          <circ-sources only="nice-cg147 eur-treatment-strategies sdu-claudicatio-intermittens">
          </circ-sources>
        </div>
      `);
      const el = page.querySelector('circ-comparison')!;
      await el.updateComplete;
      // "Usual cause" of ischaemia, second statement: the article's sources, then NICE,
      // as one marker, named briefly (issue 17).
      const usualCause = bodyRowsOf(el)[1]!.cells[1]!;
      const marker = Array.from(usualCause.querySelectorAll<HTMLAnchorElement>('.cite')).at(-1)!;
      expect(marker.textContent!.trim()).to.equal('[2, 3, 1]');
      expect(marker.getAttribute('href')).to.equal('#circ-source-eur-treatment-strategies');
      expect(marker.getAttribute('aria-label')).to.equal('Sources 2, 3, 1');
      await expect(el).to.be.accessible();

      // Activating the marker moves focus to the first source's list entry and tells the page.
      const cited = oneEvent(page, 'circ-cite');
      marker.click();
      const event = await cited;
      expect(event.detail).to.deep.equal({
        id: 'eur-treatment-strategies',
        ids: ['eur-treatment-strategies', 'sdu-claudicatio-intermittens', 'nice-cg147'],
      });
      expect(event.target).to.equal(el);
      expectSameNode(document.activeElement, page.querySelector('circ-sources'));
    });
  });

  describe('where to get help', () => {
    for (const withCritical of [false, true]) {
      it(`shows the 999, urgent and Northern Ireland lines under the table (with-critical ${withCritical})`, async () => {
        const el = await inContainer(
          'narrow',
          html`<circ-comparison ?with-critical=${withCritical}></circ-comparison>`,
        );
        const help = shadow(el).querySelector<HTMLElement>('[part~="help"]')!;
        expect(help.checkVisibility()).to.equal(true);
        expect(help.closest('table')).to.equal(null);
        const seen = help.innerText.replace(/\s+/g, ' ');
        expect(seen).to.contain('Call 999 or go to A&E now');
        expect(seen).to.contain('Ask for an urgent GP appointment or call 111 today if you have:');
        expect(seen).to.contain('In Northern Ireland, call your GP surgery');
        await expect(el).to.be.accessible();
      });
    }

    it('lists the signs of critical limb ischaemia as a list, not one long sentence', async () => {
      const el = await fixture<CircComparison>(
        html`<circ-comparison with-critical></circ-comparison>`,
      );
      const symptomsRow = bodyRowsOf(el)[comparisonRowNames.indexOf('typical-symptoms')]!;
      const items = Array.from(symptomsRow.cells[3]!.querySelectorAll('li')).map((li) =>
        accessibleText(li),
      );
      expect(items).to.deep.equal([
        'pain in the foot or toes at rest, especially at night',
        'a sore on the foot or leg that has not healed in 2 weeks',
        'toes or skin turning dark or black',
      ]);
    });
  });

  it('warns about nothing in normal use', async () => {
    const el = await inContainer(
      'narrow',
      html`<circ-comparison with-critical heading-level="3"></circ-comparison>`,
    );
    el.withCritical = false;
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal([]);
  });
});
