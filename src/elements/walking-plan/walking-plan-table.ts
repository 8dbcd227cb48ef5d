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
 * columns to fill in on paper.
 */
export function renderPlan(
  weeks: number,
  sessionsPerWeek: number,
  start: Date | undefined,
  level: HeadingLevel,
) {
  return html`
    <div part="plan" class="plan">
      ${renderSubheading(level, text.planHeading())}
      <p>${text.planHowTo()}</p>
      <p>
        ${text.planSize(wholeNumber(weeks), wholeNumber(sessionsPerWeek))}
        ${start ? text.planStarts(fullDate(start)) : text.planNoDates()}
      </p>
      <p>${text.painScale()}</p>
      <table>
        <caption>
          ${text.planCaption()}
        </caption>
        <thead>
          <tr>
            <th scope="col">${text.weekColumn()}</th>
            <th scope="col">${text.sessionColumn()}</th>
            <th scope="col">${text.dateColumn()}</th>
            <th scope="col">${text.minutesWalkedColumn()}</th>
            <th scope="col">${text.minutesToPainColumn()}</th>
            <th scope="col">${text.worstPainColumn()}</th>
          </tr>
        </thead>
        <tbody>
          ${planRows(weeks, sessionsPerWeek, start).map(
            (row) => html`
              <tr class=${row.session === 1 ? 'week-start' : ''}>
                <th scope="row">${wholeNumber(row.week)}</th>
                <th scope="row">${wholeNumber(row.session)}</th>
                <td>${renderDate(row.date)}</td>
                <td></td>
                <td></td>
                <td></td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
