// Bad weeks, sessions-per-week and start: a safe fallback, one warning each when set,
// never "NaN" or "Invalid Date" on screen.
import { expect, fixture } from '@open-wc/testing';
import '../../walking-plan.js';
import { useWarnings } from '../../test-utils/warnings.js';
import { planTable, rowsOf, text } from '../../test-utils/walking-plan-test-helpers.js';
import type { CircWalkingPlan } from './walking-plan.element.js';

const plan = (attributes: string) =>
  fixture<CircWalkingPlan>(`<circ-walking-plan ${attributes}></circ-walking-plan>`);

/** Nothing on screen reads "NaN", "Invalid Date" or "undefined". */
function expectNoBrokenValue(el: CircWalkingPlan): void {
  expect(el.shadowRoot!.textContent).to.not.match(/NaN|Invalid Date|undefined|null/);
}

describe('<circ-walking-plan> bad input', () => {
  const warnings = useWarnings();

  for (const [attribute, value, rows, message] of [
    [
      'weeks',
      '99',
      36,
      'circ-walking-plan: weeks "99" is not a whole number from 1 to 24; the plan has 12 weeks.',
    ],
    [
      'weeks',
      '0',
      36,
      'circ-walking-plan: weeks "0" is not a whole number from 1 to 24; the plan has 12 weeks.',
    ],
    [
      'weeks',
      '2.5',
      36,
      'circ-walking-plan: weeks "2.5" is not a whole number from 1 to 24; the plan has 12 weeks.',
    ],
    [
      'weeks',
      '',
      36,
      'circ-walking-plan: weeks "" is not a whole number from 1 to 24; the plan has 12 weeks.',
    ],
    [
      'weeks',
      '0x10',
      36,
      'circ-walking-plan: weeks "0x10" is not a whole number from 1 to 24; the plan has 12 weeks.',
    ],
    [
      'weeks',
      '1e1',
      36,
      'circ-walking-plan: weeks "1e1" is not a whole number from 1 to 24; the plan has 12 weeks.',
    ],
    [
      'sessions-per-week',
      'abc',
      36,
      'circ-walking-plan: sessions-per-week "abc" is not a whole number from 1 to 7; the plan has 3 sessions a week.',
    ],
    [
      'sessions-per-week',
      '8',
      36,
      'circ-walking-plan: sessions-per-week "8" is not a whole number from 1 to 7; the plan has 3 sessions a week.',
    ],
  ] as const) {
    it(`${attribute}="${value}" falls back with one warning`, async () => {
      const el = await plan(`${attribute}="${value}"`);
      el.requestUpdate(); // a re-render does not warn again
      await el.updateComplete;
      expect(rowsOf(planTable(el))).to.have.length(rows);
      expect(warnings.messages).to.deep.equal([message]);
      expectNoBrokenValue(el);
    });
  }

  for (const start of ['not-a-date', '2026-02-30', '2026-13-01', '07/12/2026']) {
    it(`start="${start}" leaves the dates blank, with one warning`, async () => {
      const el = await plan(`start="${start}"`);
      expect(rowsOf(planTable(el)).every((row) => row[2] === '')).to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain(text.planNoDates());
      expect(warnings.messages).to.deep.equal([
        `circ-walking-plan: start "${start}" is not an ISO date (YYYY-MM-DD); the plan has blank dates to fill in.`,
      ]);
      expectNoBrokenValue(el);
    });
  }

  it('warns for all three bad attributes at once, one warning each', async () => {
    const el = await plan('weeks="99" sessions-per-week="abc" start="not-a-date"');
    expect(warnings.messages).to.have.length(3);
    expect(rowsOf(planTable(el))).to.have.length(36);
    expectNoBrokenValue(el);
  });

  it('warns when a bad value is set later, again for another bad value, and renders a good one', async () => {
    const el = await plan('');
    expect(warnings.messages).to.deep.equal([]);
    el.setAttribute('weeks', 'many');
    await el.updateComplete;
    el.setAttribute('weeks', 'lots');
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal([
      'circ-walking-plan: weeks "many" is not a whole number from 1 to 24; the plan has 12 weeks.',
      'circ-walking-plan: weeks "lots" is not a whole number from 1 to 24; the plan has 12 weeks.',
    ]);
    el.weeks = 2;
    el.sessionsPerWeek = 1;
    await el.updateComplete;
    expect(rowsOf(planTable(el))).to.have.length(2);
    el.sessionsPerWeek = 9;
    await el.updateComplete;
    expect(warnings.messages.at(-1)).to.equal(
      'circ-walking-plan: sessions-per-week "9" is not a whole number from 1 to 7; the plan has 3 sessions a week.',
    );
    expect(rowsOf(planTable(el))).to.have.length(6);
  });

  it('is silent when the attributes are removed, and goes back to the defaults', async () => {
    const el = await plan('weeks="2" sessions-per-week="2" start="2026-12-07"');
    for (const attribute of ['weeks', 'sessions-per-week', 'start']) el.removeAttribute(attribute);
    await el.updateComplete;
    expect(rowsOf(planTable(el))).to.have.length(36);
    expect(rowsOf(planTable(el))[0]![2]).to.equal('');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('takes strings of digits set as properties, as Vue and Svelte set them from template text', async () => {
    const el = await plan('');
    Object.assign(el, { weeks: '6', sessionsPerWeek: '2' });
    await el.updateComplete;
    expect(rowsOf(planTable(el))).to.have.length(12);
    expect(warnings.messages).to.deep.equal([]);
    Object.assign(el, { weeks: '0x6' });
    await el.updateComplete;
    expect(rowsOf(planTable(el))).to.have.length(24);
    expect(warnings.messages).to.deep.equal([
      'circ-walking-plan: weeks "0x6" is not a whole number from 1 to 24; the plan has 12 weeks.',
    ]);
  });

  it('never throws for values set from code of the wrong type', async () => {
    const el = await plan('');
    Object.assign(el, { weeks: true, sessionsPerWeek: {}, start: 20261207 });
    await el.updateComplete;
    expect(rowsOf(planTable(el))).to.have.length(36);
    expect(warnings.messages).to.have.length(3);
    expectNoBrokenValue(el);
  });
});
