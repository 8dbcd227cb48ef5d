import { walkingPlanText } from '../content/walking-plan/walking-plan-text.js';
import type { CircWalkingPlan } from '../elements/walking-plan/walking-plan.element.js';
import { accessibleText } from './composed-tree.js';

/** The element's button whose visible name is `name` (undefined if it has none). */
export function buttonNamed(el: CircWalkingPlan, name: string): HTMLButtonElement | undefined {
  return [...el.shadowRoot!.querySelectorAll('button')].find(
    (button) => button.textContent!.trim() === name,
  );
}

/** Presses the button named `name` (by a click, as a pointer or the keyboard does). */
export async function press(el: CircWalkingPlan, name: string): Promise<void> {
  const button = buttonNamed(el, name);
  if (!button) throw new Error(`no "${name}" button`);
  button.click();
  await el.updateComplete;
}

/** The visible names of the timer's buttons, in order. */
export function timerButtons(el: CircWalkingPlan): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="timer"] button')].map((button) =>
    button.textContent!.trim(),
  );
}

/** What the timer shows: its status line and its clock. */
export function timerFace(el: CircWalkingPlan): { status: string; clock: string } {
  const root = el.shadowRoot!;
  return {
    status: root.querySelector('[part~="timer"] .phase')!.textContent!.trim(),
    clock: root.querySelector('[part~="timer"] time')!.textContent!.trim(),
  };
}

/** What the polite live region says now. */
export function spoken(el: CircWalkingPlan): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/**
 * The cells of each body row of `table`, as a screen reader reads them: the plan's cell
 * labels (`aria-hidden`, shown only in the narrow layout) left out.
 */
export function rowsOf(table: Element | null): string[][] {
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map((cell) => accessibleText(cell)),
  );
}

/** The last session's table, or null. */
export function sessionTable(el: CircWalkingPlan): HTMLTableElement | null {
  return el.shadowRoot!.querySelector('[part~="session"] table');
}

/** The plan's table. */
export function planTable(el: CircWalkingPlan): HTMLTableElement {
  return el.shadowRoot!.querySelector('[part~="plan"] table')!;
}

export const text = walkingPlanText;

/** The printable plan's column headers, in order, in the current language. */
export const planColumns = (): string[] => [
  text.weekColumn(),
  text.sessionColumn(),
  text.dateColumn(),
  text.minutesWalkedColumn(),
  text.minutesToPainColumn(),
  text.worstPainColumn(),
];
