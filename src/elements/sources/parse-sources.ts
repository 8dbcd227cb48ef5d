import type { Source } from '../../content/source.types.js';

/** The usable sources from a partner's input, and why anything was skipped. */
export interface ParsedSources {
  sources: Source[];
  problems: string[];
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
  let value = input;
  if (isString(value)) {
    if (value.trim() === '') return { sources: [], problems };
    try {
      value = JSON.parse(value);
    } catch {
      return { sources: [], problems: ['sources is not valid JSON'] };
    }
  }
  if (value === null || value === undefined) return { sources: [], problems };
  if (!Array.isArray(value)) {
    return { sources: [], problems: ['sources is not an array'] };
  }
  const sources: Source[] = [];
  value.forEach((entry: unknown, index) => {
    const source = toSource(entry);
    if (source) sources.push(source);
    else problems.push(`entry ${index + 1} has no id or title`);
  });
  return { sources, problems };
}

function toSource(entry: unknown): Source | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const record = entry as Record<string, unknown>;
  if (!isNonEmptyString(record.id) || !isNonEmptyString(record.title)) return undefined;
  const source: Source = { id: record.id.trim(), title: record.title };
  if (isString(record.url)) source.url = record.url;
  if (isString(record.publisher)) source.publisher = record.publisher;
  if (isString(record.note)) source.note = record.note;
  if (Number.isInteger(record.year)) source.year = record.year as number;
  if (Array.isArray(record.authors) && record.authors.every(isString)) {
    source.authors = [...record.authors];
  }
  return source;
}
