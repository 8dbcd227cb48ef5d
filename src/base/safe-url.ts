const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// Any absolute base works: it only lets relative URLs parse. A URL with its own scheme
// ignores it, so the scheme we check is the one the browser would follow.
const parsingBase = 'https://relative.invalid/';

/**
 * Returns `value` when it is safe to use as an `href` (http, https, mailto, tel or a
 * relative URL), otherwise `undefined`.
 *
 * Parsing with `URL` applies the same rules as the browser: it strips leading spaces and
 * control characters, removes tabs and newlines and lower-cases the scheme, so disguised
 * schemes such as `" JaVa\tScRiPt:"` are caught as `javascript:`.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, parsingBase);
  } catch {
    return undefined;
  }
  return allowedProtocols.has(url.protocol) ? trimmed : undefined;
}
