import type { Source } from '../../content/source.types.js';

/** The usable sources from a partner's input, and why anything was skipped. */
export interface ParsedSources {
  sources: Source[];
  /** Why an input was skipped. */
  problems: string[];
  /** Details of a kept entry that were left out, and why. */
  leftOut: string[];
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNonEmptyString = (value: unknown): value is string =>
  isString(value) && value.trim() !== '';

/**
 * Reads the `sources` property or attribute: an array of `Source` objects, or its JSON.
 * Never throws. Entries without a string `id` and `title` are skipped, and optional fields
 * of the wrong type are dropped; each problem is described for one warning.
 */
export function parseSources(input: unknown): ParsedSources {
  const problems: string[] = [];
  const leftOut: string[] = [];
  let value = input;
  if (isString(value)) {
    if (value.trim() === '') return { sources: [], problems, leftOut: [] };
    try {
      value = JSON.parse(value);
    } catch {
      return { sources: [], problems: ['sources is not valid JSON'], leftOut: [] };
    }
  }
  if (value === null || value === undefined) return { sources: [], problems, leftOut: [] };
  if (!Array.isArray(value)) {
    return { sources: [], problems: ['sources is not an array'], leftOut: [] };
  }
  const sources: Source[] = [];
  value.forEach((entry: unknown, index) => {
    const source = toSource(entry, (detail) => leftOut.push(`entry ${index + 1}: ${detail}`));
    if (source) sources.push(source);
    else problems.push(`entry ${index + 1} has no id or title`);
  });
  return { sources, problems, leftOut };
}

function toSource(entry: unknown, report: (problem: string) => void): Source | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const record = entry as Record<string, unknown>;
  if (!isNonEmptyString(record.id) || !isNonEmptyString(record.title)) return undefined;
  const source: Source = { id: record.id.trim(), title: record.title };
  if (isString(record.url)) source.url = record.url;
  if (isString(record.publisher)) source.publisher = record.publisher;
  if (isString(record.note)) source.note = record.note;
  if (Number.isInteger(record.year)) source.year = record.year as number;
  if (record.lang !== undefined) {
    const lang = languageTag(record.lang);
    if (lang) source.lang = lang;
    else report(`lang ${JSON.stringify(record.lang)} is not a language tag, so it is left out`);
  }
  if (Array.isArray(record.authors) && record.authors.every(isString)) {
    source.authors = [...record.authors];
  }
  return source;
}

/** `value` as a well-formed BCP 47 language tag (canonical case), or undefined. */
function languageTag(value: unknown): string | undefined {
  if (!isNonEmptyString(value)) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    return undefined;
  }
}
