// Calendar dates given as attributes (`reviewed`, `start`), read the same way everywhere.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an ISO calendar date (`2026-11-24`) as a UTC date, or undefined if invalid.
 * UTC midnight, so that formatting it with `timeZone: 'UTC'` shows the same day everywhere.
 */
export function parseIsoDate(value: string | null | undefined): Date | undefined {
  const match = isoDate.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 2026-02-30, which Date would roll over into March.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
