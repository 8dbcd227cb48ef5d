/**
 * When the built-in content was last checked against shared/content/clinical-facts.md,
 * and when it is next due (ISO dates), at most a year apart. Update both whenever the
 * content is reviewed; the content gates fail once the next review is overdue (hazard H9
 * in docs/clinical-safety/hazard-log.md).
 */
export const contentReview = {
  reviewed: '2026-12-01',
  nextReview: '2027-12-01',
} as const;
