/// <reference types="node" />
// A small glob for the pre-render CLI (issue 13). Node 20, which package.json `engines`
// allows, has no `fs.glob`, and three wildcards are all a static site needs.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** True when `pattern` holds a wildcard (`*`, `**` or `?`), so it is expanded, not read. */
export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * Where `pattern` starts (its root if absolute, else `cwd`) and its path segments, split
 * on `/` (and on `\` on Windows).
 */
function parsePattern(pattern: string, cwd: string): { start: string; segments: string[] } {
  const root = path.isAbsolute(pattern) ? path.parse(pattern).root : '';
  const segments = pattern
    .slice(root.length)
    .split(path.sep === '\\' ? /[\\/]/ : '/')
    .filter((segment) => segment !== '' && segment !== '.');
  return { start: root || cwd, segments };
}

/**
 * The folder a pattern starts from: its segments before the first wildcard, resolved
 * against `cwd` (`site/**\/*.html` → `<cwd>/site`, `*.html` → `<cwd>`). The CLI keeps the
 * matches' paths relative to it.
 */
export function globBase(pattern: string, cwd: string = process.cwd()): string {
  const { start, segments } = parsePattern(pattern, cwd);
  const firstWild = segments.findIndex(isGlob);
  return path.resolve(start, ...(firstWild < 0 ? segments : segments.slice(0, firstWild)));
}

/**
 * One segment as a regular expression: `*` is any run of characters, `?` one character,
 * neither crosses a `/`, and neither matches a leading `.` (as in a shell: `*.html` skips
 * `.draft.html`; write `.*.html` for those). Everything else is literal.
 */
export function segmentPattern(segment: string): RegExp {
  const body = segment
    .split('')
    .map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : escape(char)))
    .join('');
  return new RegExp(`^${segment.startsWith('.') ? '' : '(?!\\.)'}${body}$`);
}

function escape(char: string): string {
  return /[.+^${}()|[\]\\]/.test(char) ? `\\${char}` : char;
}

/** The entries of `dir`, or none when it cannot be read (missing, not a folder, no access). */
async function entriesOf(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Every path below `dir` that `segments` match, in no particular order, maybe twice. */
async function expand(dir: string, segments: readonly string[]): Promise<string[]> {
  if (segments.length === 0) return [dir];
  const [first, ...rest] = segments as [string, ...string[]];
  if (first === '**') {
    // Zero folders, or one more (not a hidden one, and not a symbolic link to one) and `**` again.
    const found = await expand(dir, rest);
    for (const entry of await entriesOf(dir)) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) {
        found.push(...(await expand(path.join(dir, entry.name), segments)));
      }
    }
    return found;
  }
  if (!isGlob(first)) {
    const next = path.join(dir, first);
    return rest.length > 0 ? expand(next, rest) : (await exists(next)) ? [next] : [];
  }
  const matcher = segmentPattern(first);
  const found: string[] = [];
  for (const entry of await entriesOf(dir)) {
    if (!matcher.test(entry.name)) continue;
    const next = path.join(dir, entry.name);
    if (rest.length === 0) found.push(next);
    else if (entry.isDirectory()) found.push(...(await expand(next, rest)));
  }
  return found;
}

/**
 * The absolute paths that `pattern` matches, sorted, each once: `*` and `?` within one
 * path segment, `**` for any number of folders (`site/**\/*.html` is every `.html` file
 * under `site/`, `site/index.html` included). Folders match as well as files. Hidden
 * names (a leading `.`) match only a segment that starts with `.` itself, and wildcards do
 * not follow symbolic links to folders. There are no `[…]` classes or `{a,b}` braces.
 */
export async function glob(pattern: string, cwd: string = process.cwd()): Promise<string[]> {
  const base = globBase(pattern, cwd);
  const { segments } = parsePattern(pattern, cwd);
  const firstWild = segments.findIndex(isGlob);
  if (firstWild < 0) return (await exists(base)) ? [base] : [];
  const found = await expand(base, segments.slice(firstWild));
  return [...new Set(found)].sort();
}
