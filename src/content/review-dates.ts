/**
 * When the built-in content was last checked against shared/content/clinical-facts.md,
 * and when it is next due (ISO dates). Update both whenever the content is reviewed.
 */
export const contentReview = {
  reviewed: '2026-11-24',
  nextReview: '2027-11-24',
} as const;
