import { html } from 'lit';
import { walkingPlanText as text } from '../../content/walking-plan/walking-plan-text.js';
import { durationInWords, isoDuration, wholeNumber } from './format-time.js';
import type { WalkRecord } from './walking-session.js';

/** A length of time in words, as a `<time>` with its ISO 8601 duration. */
const renderDuration = (seconds: number) =>
  html`<time datetime=${isoDuration(seconds)}>${durationInWords(seconds)}</time>`;

/**
 * The last ended session as a table: one row per walk (its number is the row header), the
 * time walking and the rest after it, and the totals. It is printed with the plan.
 */
export function renderSession(walks: readonly WalkRecord[]) {
  const total = (key: keyof WalkRecord) => walks.reduce((sum, walk) => sum + walk[key], 0);
  return html`
    <div part="session" class="session">
      <table>
        <caption>
          ${text.sessionCaption()}
        </caption>
        <thead>
          <tr>
            <th scope="col">${text.walkColumn()}</th>
            <th scope="col">${text.walkTimeColumn()}</th>
            <th scope="col">${text.restTimeColumn()}</th>
          </tr>
        </thead>
        <tbody>
          ${walks.map(
            (walk, index) => html`
              <tr>
                <th scope="row">${wholeNumber(index + 1)}</th>
                <td>${renderDuration(walk.walkSeconds)}</td>
                <td>${renderDuration(walk.restSeconds)}</td>
              </tr>
            `,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${text.total()}</th>
            <td>${renderDuration(total('walkSeconds'))}</td>
            <td>${renderDuration(total('restSeconds'))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  `;
}
