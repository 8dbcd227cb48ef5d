#!/usr/bin/env node
/// <reference types="node" />
// The pre-render CLI (issue 13), the package's `bin`: `circulation-elements render`. Every
// circ-* element of a page becomes Declarative Shadow DOM through `renderToString`, and
// every other byte of the page stays as written. No network, no dependency beyond ours.
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { parse } from 'parse5';
import { resolveLocale, supportedLocales } from '../base/locale-codes.js';
import { VERSION } from '../base/version.js';
import { glob, globBase, isGlob } from './glob.js';
import { isSupportedLocale, renderToString } from './render-to-string.js';

const name = 'circulation-elements';

const usage = `Usage:
  ${name} render <page.html> [-o <out.html>] [--locale <locale>]
  ${name} render <pages or 'globs'…> (--out-dir <dir> | --in-place) [--locale <locale>]

Pre-renders every circ-* element of HTML pages as Declarative Shadow DOM, so the text is
in the HTML before any script runs. Everything else in a page stays exactly as written.

Options:
  -o, --output <file>  write the page here (one page only; default: standard output)
  --out-dir <dir>      write each page under <dir>, at its path from the pages' common
                       folder (for 'site/**/*.html', from site/)
  --in-place           replace each page with its pre-rendered version
  --locale <locale>    ${supportedLocales.join(', ')} for every page (default: each page's
                       <html lang>; another language gets en-GB)
  --no-inline-styles   leave out each shadow root's <style>, for pages whose
                       Content-Security-Policy forbids inline styles (the elements are
                       unstyled until the script hydrates them)
  -h, --help           show this help
  -v, --version        show the version

Quote globs ('site/**/*.html') so that the shell leaves them to ${name}: * and ? match
within a folder, ** any number of folders.`;

/** A problem with the command line or a page, reported as one line on stderr. */
class CliError extends Error {}

/** The parsed command line. */
interface Options {
  inputs: string[];
  output?: string;
  outDir?: string;
  inPlace: boolean;
  locale?: string;
  inlineStyles: boolean;
}

/** One page to render: where it is read from and written to, and how it is shown. */
interface Page {
  input: string;
  output: string;
  shown: string;
}

/**
 * The options of `argv` (the arguments after `node cli.js`), or `'help'` / `'version'`.
 * Throws a `CliError` for anything it cannot run.
 */
function parseCommandLine(argv: string[]): Options | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        'in-place': { type: 'boolean', default: false },
        locale: { type: 'string' },
        'no-inline-styles': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    // Node's message, up to its first full stop: "Unknown option '--foo'".
    throw new CliError(`${(error as Error).message.split(/\.(\s|$)/)[0]}; see ${name} --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new CliError(`no command; see ${name} --help`);
  if (command !== 'render') throw new CliError(`unknown command "${command}"; use render`);
  if (inputs.length === 0) throw new CliError('no input: name a page, several pages or a glob');
  const { output, 'out-dir': outDir, 'in-place': inPlace, locale } = values;
  if ([output, outDir, inPlace || undefined].filter((set) => set !== undefined).length > 1) {
    throw new CliError('use only one of -o, --out-dir and --in-place');
  }
  if (!outDir && !inPlace && (inputs.length > 1 || inputs.some(isGlob))) {
    throw new CliError('several pages or a glob need --out-dir <dir> or --in-place');
  }
  if (locale !== undefined && !isSupportedLocale(locale)) {
    throw new CliError(`locale "${locale}" is not supported; use ${supportedLocales.join(', ')}`);
  }
  return { inputs, output, outDir, inPlace, locale, inlineStyles: !values['no-inline-styles'] };
}

/** A short reason for a file-system error: "no such file", "is a directory" … */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: 'no such file',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
  };
  return (code && known[code]) ?? (error as Error).message;
}

/**
 * A page's text. Throws a `CliError` for a file that cannot be read or is not UTF-8.
 * (The file work is synchronous: pages go one at a time, and Node's promise-based
 * `readFile` costs more than rendering a page.)
 */
function readPage(file: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${shown}: ${reason(error)}`);
  }
  try {
    // Not UTF-8 would come back changed outside our elements: refuse it instead.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`cannot read ${shown}: not UTF-8 text`);
  }
}

/** The `lang` of the page's `<html>` element, or `undefined` (a fragment, or no `lang`). */
function pageLanguage(page: string): string | undefined {
  if (!/<html[\s>]/i.test(page)) return undefined;
  const html = parse(page).childNodes.find((node) => node.nodeName === 'html');
  if (!html || !('attrs' in html)) return undefined;
  return html.attrs.find((attribute) => attribute.name === 'lang')?.value;
}

/**
 * Writes `text` to `file` without ever leaving it half-written: into a temporary file in
 * the same folder, then renamed over it (a rename within a folder is atomic). Creates the
 * folder if needed; an existing file keeps its permissions.
 */
function writeAtomically(file: string, text: string, shown: string): void {
  const dir = path.dirname(file);
  const temporary = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    mkdirSync(dir, { recursive: true });
    const mode = statSync(file, { throwIfNoEntry: false })?.mode;
    writeFileSync(temporary, text);
    if (mode !== undefined) chmodSync(temporary, mode & 0o777);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`cannot write ${shown}: ${reason(error)}`);
  }
}

/**
 * Renders one page's text in `locale`, or else in the language of its `<html lang>`
 * (`cy-GB` → `cy`, an unknown language → `en-GB`, as in the browser), with or without
 * each shadow root's `<style>`. The elements' warnings (a bad attribute …) go to stderr
 * after the page's name, each once with a count.
 */
async function renderPage(
  text: string,
  { locale, inlineStyles }: Pick<Options, 'locale' | 'inlineStyles'>,
  shown: string,
): Promise<string> {
  const warnings = new Map<string, number>();
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const message = format(...args);
    warnings.set(message, (warnings.get(message) ?? 0) + 1);
  };
  try {
    return await renderToString(text, {
      locale: locale ?? resolveLocale(pageLanguage(text)),
      inlineStyles,
    });
  } catch (error) {
    throw new CliError(`cannot render ${shown}: ${(error as Error).message}`);
  } finally {
    console.warn = warn;
    if (warnings.size > 0) clearProgress();
    for (const [message, count] of warnings) {
      warn(`${shown}: ${message}${count > 1 ? ` (${count} times)` : ''}`);
    }
  }
}

/** The deepest folder that holds every path of `dirs` (all absolute; none: the cwd). */
function commonFolder(dirs: string[]): string {
  return dirs.reduce((common, dir) => {
    while (!isInside(dir, common) && path.dirname(common) !== common) common = path.dirname(common);
    return common;
  }, dirs[0] ?? process.cwd());
}

/** True when `file` is `dir` or lies inside it. */
function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * Every page the inputs name, each once, with where it goes: under `outDir` at its path
 * from the inputs' common folder (the folders of the files named and the bases of the
 * globs that match), or back in place. A glob's matches inside `outDir` are skipped (the
 * output of an earlier run). A glob that matches nothing is a failure.
 */
async function pagesOf({ inputs, outDir, inPlace }: Options, failures: string[]): Promise<Page[]> {
  const cwd = process.cwd();
  const out = outDir === undefined ? undefined : path.resolve(outDir);
  const files = new Set<string>();
  const bases: string[] = [];
  for (const input of inputs) {
    if (!isGlob(input)) {
      files.add(path.resolve(input));
      bases.push(path.dirname(path.resolve(input)));
      continue;
    }
    const matches = (await glob(input)).filter((file) => !out || !isInside(file, out));
    if (matches.length === 0) {
      failures.push(`${input}: no file matches`);
      continue;
    }
    for (const file of matches) files.add(file);
    bases.push(globBase(input));
  }
  const base = commonFolder(bases);
  return [...files].map((input) => ({
    input,
    output: inPlace || !out ? input : path.join(out, path.relative(base, input)),
    shown: path.relative(cwd, input) || input,
  }));
}

/** The progress line on a terminal, rewritten in place: `[12/340] blog/post.html`. */
function showProgress(done: number, total: number, shown: string): void {
  if (!process.stderr.isTTY) return;
  const line = `[${done}/${total}] ${shown}`;
  process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 80) - 1)}\x1b[K`);
}

function clearProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}

/** One page: to standard output (no `-o`) or to its file. */
async function renderOne(options: Options): Promise<void> {
  const { inputs, output } = options;
  const [input] = inputs as [string];
  const text = await renderPage(readPage(input, input), options, input);
  if (output === undefined) {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) =>
        reject(new CliError(`cannot write to standard output: ${reason(error)}`));
      process.stdout.once('error', fail);
      process.stdout.write(text, (error) => (error ? fail(error) : resolve()));
    });
  } else {
    writeAtomically(path.resolve(output), text, output);
  }
}

/**
 * Many pages, one at a time in this process: every page that renders is written, even
 * when others fail. Returns the failures, one line each, and "N of M pages written".
 */
async function renderMany(options: Options): Promise<{ failures: string[]; written: string }> {
  const failures: string[] = [];
  let written = 0;
  const pages = await pagesOf(options, failures);
  for (const [index, page] of pages.entries()) {
    showProgress(index + 1, pages.length, page.shown);
    try {
      const text = await renderPage(readPage(page.input, page.shown), options, page.shown);
      writeAtomically(page.output, text, path.relative(process.cwd(), page.output));
      written++;
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failures.push(error.message);
    }
  }
  clearProgress();
  if (process.stderr.isTTY && failures.length === 0) {
    process.stderr.write(`${name}: ${pages.length} pages pre-rendered\n`);
  }
  return { failures, written: `${written} of ${pages.length} pages written` };
}

/** Runs the command line `argv`; resolves to the exit code. */
async function main(argv: string[]): Promise<number> {
  try {
    const options = parseCommandLine(argv);
    if (options === 'help' || options === 'version') {
      console.log(options === 'help' ? usage : VERSION);
      return 0;
    }
    if (!options.outDir && !options.inPlace) {
      await renderOne(options);
      return 0;
    }
    const { failures, written } = await renderMany(options);
    if (failures.length === 0) return 0;
    console.error(
      `${name}: ${written}; these failed:\n` + failures.map((line) => `  ${line}`).join('\n'),
    );
    return 1;
  } catch (error) {
    clearProgress();
    if (!(error instanceof CliError)) throw error;
    console.error(`${name}: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
