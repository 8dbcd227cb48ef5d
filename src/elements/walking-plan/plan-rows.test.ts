// The plan's rows as pure data: weeks × sessions-per-week, sessions spread through each
// week, dates whole days on from the start (UTC midnight, so no clock change moves them).
import { expect } from '@open-wc/testing';
import { planRows, sessionDays } from './plan-rows.js';

const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);
const utc = (value: string) => new Date(`${value}T00:00:00Z`);

describe('plan rows (pure)', () => {
  it('spreads the sessions through the week, starting on the first day', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(sessionDays)).to.deep.equal([
      [0],
      [0, 3],
      [0, 2, 4],
      [0, 1, 3, 5],
      [0, 1, 2, 4, 5],
      [0, 1, 2, 3, 4, 5],
      [0, 1, 2, 3, 4, 5, 6],
    ]);
  });

  for (const [weeks, sessions] of [
    [12, 3],
    [1, 1],
    [24, 7],
  ] as const) {
    it(`has ${weeks * sessions} rows for ${weeks} weeks of ${sessions}, week by week`, () => {
      const rows = planRows(weeks, sessions);
      expect(rows).to.have.length(weeks * sessions);
      expect(rows[0]).to.deep.equal({ week: 1, session: 1 });
      expect(rows.at(-1)).to.deep.equal({ week: weeks, session: sessions });
      expect(rows.every((row) => !('date' in row))).to.equal(true);
    });
  }

  it('dates 3 a week on start +0, +2 and +4 days, and the next week from start +7', () => {
    const rows = planRows(2, 3, utc('2026-12-07'));
    expect(rows.map((row) => [row.week, row.session, iso(row.date)])).to.deep.equal([
      [1, 1, '2026-12-07'],
      [1, 2, '2026-12-09'],
      [1, 3, '2026-12-11'],
      [2, 1, '2026-12-14'],
      [2, 2, '2026-12-16'],
      [2, 3, '2026-12-18'],
    ]);
  });

  it('runs across the end of a month and a year, and a leap day', () => {
    expect(planRows(1, 7, utc('2026-12-28')).map((row) => iso(row.date))).to.deep.equal([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(planRows(1, 7, utc('2028-02-27')).map((row) => iso(row.date))[2]).to.equal('2028-02-29');
  });

  it('keeps every date at UTC midnight across the clock changes of a 24-week plan', () => {
    // 2027-03-28 and 2027-10-31 are the UK clock changes.
    const rows = planRows(24, 7, utc('2027-03-01'));
    expect(rows.every((row) => row.date!.getTime() % 86_400_000 === 0)).to.equal(true);
    expect(iso(rows.at(-1)!.date)).to.equal('2027-08-15');
  });
});
