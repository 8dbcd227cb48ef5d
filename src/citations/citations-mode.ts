import type { CitationsMode } from './citation-markers.js';

/**
 * The checked value of an element's `citations` attribute: `inline` or `none`; anything
 * else is `inline`, after one warning through `warn(key, message)`.
 */
export function checkedCitations(
  value: unknown,
  warn: (key: string, message: string) => void,
): CitationsMode {
  if (value === 'inline' || value === 'none') return value;
  // A removed attribute (Lit sets null) is no mistake: the default.
  if (value !== null && value !== undefined) {
    warn(
      `citations:${String(value)}`,
      `citations "${String(value)}" is not inline or none; using inline.`,
    );
  }
  return 'inline';
}
