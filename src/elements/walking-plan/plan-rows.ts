// The rows of the printable plan: `weeks` × `sessions-per-week`, each with a suggested
// date when the plan has a start date.

/** One row of the plan: which week and session, and its date (UTC midnight) if known. */
export interface PlanRow {
  readonly week: number;
  readonly session: number;
  readonly date?: Date;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The day of the week (0–6, from the start date's weekday) of each session: spread evenly,
 * so that rest days fall between sessions (3 a week: days 0, 2 and 4; 2 a week: 0 and 3).
 * The reader may walk on other days: the plan suggests, it does not prescribe.
 */
export function sessionDays(sessionsPerWeek: number): number[] {
  return Array.from({ length: sessionsPerWeek }, (_, index) =>
    Math.floor((index * 7) / sessionsPerWeek),
  );
}

/** Every row of the plan, week by week. `start` is a checked date at UTC midnight. */
export function planRows(weeks: number, sessionsPerWeek: number, start?: Date): PlanRow[] {
  const days = sessionDays(sessionsPerWeek);
  const rows: PlanRow[] = [];
  for (let week = 1; week <= weeks; week += 1) {
    days.forEach((day, index) => {
      const offset = (week - 1) * 7 + day;
      rows.push({
        week,
        session: index + 1,
        ...(start ? { date: new Date(start.getTime() + offset * dayMs) } : {}),
      });
    });
  }
  return rows;
}
