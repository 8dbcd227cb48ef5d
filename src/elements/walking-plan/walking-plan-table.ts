import { html } from 'lit';
import type { HeadingLevel } from '../../base/heading-level.js';
import { renderSubheading } from '../../base/render-heading.js';
import { walkingPlanText as text } from '../../content/walking-plan/walking-plan-text.js';
import { fullDate, planDate, wholeNumber } from './format-time.js';
import { planRows } from './plan-rows.js';

/** The plan's date cell: the date as a `<time>`, or empty to write in. */
const renderDate = (date: Date | undefined) =>
  date ? html`<time datetime=${date.toISOString().slice(0, 10)}>${planDate(date)}</time>` : '';

/**
 * The printable plan: what it is for, its size and first date, and a table with one row
 * per session (week and session numbers are its row headers), the date, and three blank
 * columns to fill in on paper. Below 36rem of the plan's own width each row becomes a
 * card whose cells show their column's name (`cell-label`, for the eye only: a screen
 * reader announces the column header). The explicit roles keep the table semantics in
 * engines (WebKit) that drop them once that layout changes the cells' `display`, as in
 * `<circ-comparison>`.
 */
// The roles are redundant only while the table keeps its table `display` (see above).
/* eslint-disable lit-a11y/no-redundant-role */
export function renderPlan(
  weeks: number,
  sessionsPerWeek: number,
  start: Date | undefined,
  level: HeadingLevel,
) {
  const columns = [
    text.weekColumn(),
    text.sessionColumn(),
    text.dateColumn(),
    text.minutesWalkedColumn(),
    text.minutesToPainColumn(),
    text.worstPainColumn(),
  ];
  const label = (column: number) =>
    html`<span class="cell-label" aria-hidden="true">${columns[column]}</span>`;
  return html`
    <div part="plan" class="plan">
      ${renderSubheading(level, text.planHeading())}
      <p>${text.planHowTo()}</p>
      <p>
        ${text.planSize(wholeNumber(weeks), wholeNumber(sessionsPerWeek))}
        ${start ? text.planStarts(fullDate(start)) : text.planNoDates()}
      </p>
      <p>${text.painScale()}</p>
      <table role="table">
        <caption>
          ${text.planCaption()}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${columns.map((name) => html`<th scope="col" role="columnheader">${name}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${planRows(weeks, sessionsPerWeek, start).map(
            (row) => html`
              <tr role="row" class=${row.session === 1 ? 'week-start' : ''}>
                <th scope="row" role="rowheader">${label(0)} ${wholeNumber(row.week)}</th>
                <th scope="row" role="rowheader">${label(1)} ${wholeNumber(row.session)}</th>
                <td role="cell">${label(2)} ${renderDate(row.date)}</td>
                <td role="cell">${label(3)}</td>
                <td role="cell">${label(4)}</td>
                <td role="cell">${label(5)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
/* eslint-enable lit-a11y/no-redundant-role */
