// The printable plan: weeks × sessions-per-week rows, dates from `start` in the active
// locale, blank columns to fill in; and what printing shows.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../walking-plan.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import { resetPageLanguage, setPageLanguage } from '../../test-utils/page-language.js';
import { accessibleText } from '../../test-utils/composed-tree.js';
import {
  expectNoHorizontalOverflow,
  inContainer,
  isVisuallyHidden,
  type ContainerLayout,
} from '../../test-utils/container-layout.js';
import {
  planColumns,
  planTable,
  press,
  rowsOf,
  text,
} from '../../test-utils/walking-plan-test-helpers.js';
import type { CircWalkingPlan } from './walking-plan.element.js';

// emulateMedia reaches the browser over the Chrome DevTools Protocol, which only the
// Chromium launcher offers (Firefox runs over WebDriver BiDi, WebKit over WebDriver).
const isChromium = /Chrome\//.test(navigator.userAgent);

/** A walking plan with `attributes` written as a partner writes them (a string fixture). */
const plan = (attributes: string) =>
  fixture<CircWalkingPlan>(`<circ-walking-plan ${attributes}></circ-walking-plan>`);

/** `iso` as the plan writes it in `locale` (British English where Intl lacks the locale). */
const dateOf = (iso: string, locale = 'en-GB') =>
  new Intl.DateTimeFormat(Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

describe('<circ-walking-plan> printable plan', () => {
  useFakeClock();

  it('has 12 weeks of 3 sessions by default: 36 rows, with week and session as row headers', async () => {
    const table = planTable(await plan(''));
    const rows = rowsOf(table);
    expect(rows).to.have.length(36);
    expect(rows[0]!.slice(0, 2)).to.deep.equal(['1', '1']);
    expect(rows[35]!.slice(0, 2)).to.deep.equal(['12', '3']);
    expect(table.querySelectorAll('tbody tr:first-child th[scope="row"]')).to.have.length(2);
    expect(
      [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim()),
    ).to.deep.equal(planColumns());
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(text.planCaption());
  });

  for (const [weeks, sessions, rows] of [
    [1, 1, 1],
    [24, 7, 168],
    [4, 2, 8],
  ] as const) {
    it(`has ${rows} rows for weeks="${weeks}" sessions-per-week="${sessions}"`, async () => {
      const el = await plan(`weeks="${weeks}" sessions-per-week="${sessions}"`);
      expect(rowsOf(planTable(el))).to.have.length(rows);
      expect(el.shadowRoot!.textContent).to.contain(text.planSize(String(weeks), String(sessions)));
    });
  }

  it('leaves the dates blank to fill in without start, and says so', async () => {
    const el = await plan('weeks="1"');
    expect(rowsOf(planTable(el)).map((row) => row.slice(2))).to.deep.equal([
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    expect(el.shadowRoot!.textContent).to.contain(text.planNoDates());
  });

  it('dates 3 sessions a week on days 1, 3 and 5 from start, and each week 7 days on', async () => {
    const el = await plan('start="2026-12-07" weeks="2"');
    const dates = rowsOf(planTable(el)).map((row) => row[2]);
    expect(dates).to.deep.equal(
      ['2026-12-07', '2026-12-09', '2026-12-11', '2026-12-14', '2026-12-16', '2026-12-18'].map(
        (iso) => dateOf(iso),
      ),
    );
    expect(dates[0]).to.match(/^Mon,? 7 Dec$/); // WebKit's ICU puts a comma after the day name
    const first = planTable(el).querySelector('tbody time')!;
    expect(first.getAttribute('datetime')).to.equal('2026-12-07');
    expect(el.shadowRoot!.textContent).to.contain(
      text.planStarts(
        new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
          new Date('2026-12-07T00:00:00Z'),
        ),
      ),
    );
  });

  it('runs across the end of the month and the year, and the last day of February', async () => {
    const year = rowsOf(
      planTable(await plan('start="2026-12-28" weeks="1" sessions-per-week="7"')),
    );
    expect(year.map((row) => row[2])).to.deep.equal(
      [
        '2026-12-28',
        '2026-12-29',
        '2026-12-30',
        '2026-12-31',
        '2027-01-01',
        '2027-01-02',
        '2027-01-03',
      ].map((iso) => dateOf(iso)),
    );
    const leap = rowsOf(
      planTable(await plan('start="2028-02-28" weeks="1" sessions-per-week="2"')),
    );
    expect(leap.map((row) => row[2])).to.deep.equal([dateOf('2028-02-28'), dateOf('2028-03-02')]);
  });

  it('writes the dates in the language the elements speak (Welsh, and Urdu right to left)', async () => {
    const englishCaption = text.planCaption();
    try {
      for (const [lang, dir] of [
        ['cy', 'ltr'],
        ['ur', 'rtl'],
      ] as const) {
        await setPageLanguage(lang, dir);
        const el = await plan('start="2026-12-07" weeks="1"');
        await el.updateComplete;
        expect(rowsOf(planTable(el))[0]![2], lang).to.equal(dateOf('2026-12-07', lang));
        expect(el.shadowRoot!.textContent, lang).to.not.contain(englishCaption);
      }
    } finally {
      await resetPageLanguage();
    }
  });

  it('follows a language change after it has rendered', async () => {
    const el = await plan('start="2026-12-07" weeks="1"');
    try {
      await setPageLanguage('pl');
      await el.updateComplete;
      expect(rowsOf(planTable(el))[0]![2]).to.equal(dateOf('2026-12-07', 'pl'));
    } finally {
      await resetPageLanguage();
    }
  });

  it('the print button opens the browser print dialog', async () => {
    const el = await plan('');
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      await press(el, text.print());
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('prints the plan and the last session, and hides the timer and every button (Chromium only: emulateMedia)', async function () {
    if (!isChromium) this.skip(); // see isChromium above: only Chromium can emulate print
    const el = await plan('start="2026-12-07" weeks="1"');
    await press(el, text.start());
    await press(el, text.end());
    const root = el.shadowRoot!;
    try {
      await emulateMedia({ media: 'print' });
      expect(root.querySelector('[part~="timer"]')!.checkVisibility()).to.equal(false);
      for (const button of root.querySelectorAll('button')) {
        expect(button.checkVisibility(), button.textContent!.trim()).to.equal(false);
      }
      expect(root.querySelector('[part~="plan"] table')!.checkVisibility()).to.equal(true);
      expect(root.querySelector('[part~="session"] table')!.checkVisibility()).to.equal(true);
      expect(root.querySelector('[part~="help"]')!.checkVisibility()).to.equal(true);
      expect(getComputedStyle(root.querySelector('[part~="plan"] thead')!).display).to.equal(
        'table-header-group',
      );
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(root.querySelector('[part~="timer"]')!.checkVisibility()).to.equal(true);
  });

  describe('in a narrow or a wide container', () => {
    const planIn = (layout: ContainerLayout) =>
      inContainer<CircWalkingPlan>(
        layout,
        html`<circ-walking-plan start="2026-12-07" weeks="2"></circ-walking-plan>`,
        'circ-walking-plan',
      );

    /**
     * The words of the table's visible text that the layout broke across two lines (the
     * column headers count unless they are out of sight, in the narrow layout).
     */
    function brokenWords(table: HTMLTableElement): string[] {
      const broken: string[] = [];
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      const headersHidden = isVisuallyHidden(table.tHead!);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (headersHidden && table.tHead!.contains(node)) continue;
        for (const match of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    }

    /** The table semantics a screen reader relies on, in either layout. */
    function expectTableSemantics(table: HTMLTableElement): void {
      expect(table.getAttribute('role')).to.equal('table');
      const headers = [...table.tHead!.rows[0]!.cells];
      expect(headers.map((th) => [th.getAttribute('role'), accessibleText(th)])).to.deep.equal(
        planColumns().map((name) => ['columnheader', name]),
      );
      for (const row of table.tBodies[0]!.rows) {
        expect(row.getAttribute('role')).to.equal('row');
        expect([...row.cells].map((cell) => cell.getAttribute('role'))).to.deep.equal([
          'rowheader',
          'rowheader',
          'cell',
          'cell',
          'cell',
          'cell',
        ]);
      }
      // The cell labels are for the eye: read, a cell is its content under its column header.
      expect(rowsOf(table)[0]).to.deep.equal(['1', '1', dateOf('2026-12-07'), '', '', '']);
    }

    it('is a table at 720px: headers shown, no cell labels, no word broken', async () => {
      const el = await planIn('wide');
      const table = planTable(el);
      expectTableSemantics(table);
      for (const cell of table.querySelectorAll('tbody td')) {
        expect(getComputedStyle(cell).display).to.equal('table-cell');
        expect(getComputedStyle(cell.querySelector('.cell-label')!).display).to.equal('none');
      }
      expect(isVisuallyHidden(table.tHead!)).to.equal(false);
      expect(brokenWords(table)).to.deep.equal([]);
      expectNoHorizontalOverflow(el);
    });

    it('stacks each session as a card at 320px, each cell labelled with its column, no word broken', async () => {
      const el = await planIn('narrow');
      const table = planTable(el);
      expectTableSemantics(table);
      const [firstRow] = table.tBodies[0]!.rows;
      expect(
        [...firstRow!.cells].map((cell) => cell.querySelector('.cell-label')!.textContent),
      ).to.deep.equal(planColumns());
      for (const label of table.querySelectorAll('tbody .cell-label')) {
        expect(getComputedStyle(label).display).to.not.equal('none');
        expect(isVisuallyHidden(label)).to.equal(false);
      }
      // The column headers are out of sight but still in the accessibility tree.
      expect(isVisuallyHidden(table.tHead!)).to.equal(true);
      expect(brokenWords(table)).to.deep.equal([]);
      expectNoHorizontalOverflow(el);
      await expect(el).to.be.accessible();
    });
  });
});
