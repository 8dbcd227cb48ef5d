// node --test (npm run test:ssr, after npm run build): the pre-render CLI of issue 13, run
// as the package's `bin` in a child process against temporary folders, and its glob.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const bin = path.join(root, pkg.bin['circulation-elements']);
const builtGlob = `${root}dist/ssr/glob.js`;
const { glob, globBase, isGlob, segmentPattern } = await import(pathToFileURL(builtGlob).href);

/** A Welsh string of the care card, as the build's locale module has it. */
const welsh = /'care-card\.heading\.urgent': `([^`]+)`/.exec(
  readFileSync(`${root}src/locales/cy.ts`, 'utf8'),
)[1];
const english = 'Ask for an urgent GP appointment or call 111 today';

const folders = [];
/** A new empty temporary folder, removed after the tests. */
function tempFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'circ-cli-'));
  folders.push(dir);
  return dir;
}
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (`{ 'a/b.html': text }`) under `dir`. */
function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/** Every file below `dir`, relative, sorted. */
function filesBelow(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** Runs the CLI in `cwd`; resolves to `{ code, stdout, stderr }` (stderr is a pipe: no TTY). */
function cli(args, cwd) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** A page whose `<html>` has `lang`, with the care card in it. */
const page = (lang, title = 'A page') =>
  `<!doctype html>\n<html lang="${lang}">\n<head><title>${title}</title></head>\n<body>\n` +
  `<circ-care-card urgency="urgent"></circ-care-card>\n</body>\n</html>\n`;

/**
 * `html` without the Declarative Shadow DOM the CLI added: every
 * `<template shadowrootmode>` and what it holds (nested templates included).
 */
function withoutShadowRoots(html) {
  let result = '';
  let at = 0;
  for (;;) {
    const start = html.indexOf('<template shadowroot', at);
    if (start < 0) return result + html.slice(at);
    result += html.slice(at, start);
    const tags = /<template\b|<\/template>/g;
    tags.lastIndex = start;
    let depth = 0;
    for (let tag; (tag = tags.exec(html));) {
      depth += tag[0] === '</template>' ? -1 : 1;
      if (depth === 0) break;
    }
    at = tags.lastIndex;
  }
}

before(() => {
  assert.ok(existsSync(bin), `${bin} is missing: run npm run build first`);
});

describe('the package bin', () => {
  it('is the built CLI, starts with a node shebang and is shipped by `files`', () => {
    assert.equal(pkg.bin['circulation-elements'], 'dist/ssr/cli.js');
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.ok(pkg.files.some((entry) => bin.startsWith(path.join(root, entry))));
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['--help'], root);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage:\n {2}circulation-elements render <page\.html>/);
    assert.match(stdout, /--out-dir <dir>/);
    assert.equal(stderr, '');
  });
});

describe('one page', () => {
  it('writes the page to stdout with the elements pre-rendered, in en-GB by default', async () => {
    const dir = tempFolder();
    writeFiles(dir, { 'in.html': page('en') });
    const { code, stdout, stderr } = await cli(['render', 'in.html'], dir);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /<circ-care-card urgency="urgent"><template [^>]*shadowrootmode="open"/);
    assert.ok(stdout.includes(english));
    assert.ok(!stdout.includes(welsh));
    assert.equal(stderr, '');
    assert.deepEqual(filesBelow(dir), ['in.html']);
  });

  it('leaves every byte outside our elements as written', async () => {
    const dir = tempFolder();
    const input =
      '\uFEFF<!DOCTYPE html>\r\n<!-- <html lang="cy"> a comment -->\r\n<html lang="en-GB" data-x=\'1\'>\r\n' +
      '<head><meta charset=utf-8><title>Caf&eacute; &amp; “quotes”</title>\r\n' +
      '<script>document.write("<circ-explainer topic=ischaemia>")</script></head>\r\n' +
      '<body class=page>  <p>Before<br>  <b>bold <i>unclosed</b>\r\n' +
      '<circ-explainer topic="treatment" heading-level=3><a slot="footer" href="/book?a=1&amp;b=2">Book</a></circ-explainer>\r\n' +
      '<template id="own"><p>a page template</p></template>\r\n' +
      '<circ-symptom-checklist></circ-symptom-checklist><circ-sources></circ-sources>\r\n' +
      '<p>After — ✓ ünïcödé</p></body></html>\r\n\r\n';
    writeFiles(dir, { 'in.html': input });
    const { code, stdout, stderr } = await cli(['render', 'in.html', '-o', 'out.html'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    const output = readFileSync(path.join(dir, 'out.html'), 'utf8');
    assert.equal(output.match(/<template shadowroot/g).length >= 3, true);
    assert.equal(withoutShadowRoots(output), input);
    assert.equal(readFileSync(path.join(dir, 'in.html'), 'utf8'), input);
  });

  it('-o writes the file and nothing else: no temporary file is left', async () => {
    const dir = tempFolder();
    writeFiles(dir, { 'in.html': page('en') });
    const { code, stdout } = await cli(['render', 'in.html', '-o', 'site/out.html'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.deepEqual(filesBelow(dir), ['in.html', 'site/out.html']);
    assert.ok(readFileSync(path.join(dir, 'site/out.html'), 'utf8').includes(english));
  });

  it('--locale cy renders Welsh', async () => {
    const dir = tempFolder();
    writeFiles(dir, { 'in.html': page('en') });
    const { code, stdout } = await cli(['render', 'in.html', '--locale', 'cy'], dir);
    assert.equal(code, 0);
    assert.ok(stdout.includes(welsh), 'the Welsh heading');
    assert.ok(!stdout.includes(english));
  });

  it('a page in <html lang="cy"> is rendered in Welsh without --locale', async () => {
    const dir = tempFolder();
    writeFiles(dir, { 'in.html': page('cy') });
    const { code, stdout } = await cli(['render', 'in.html'], dir);
    assert.equal(code, 0);
    assert.ok(stdout.includes(welsh));
  });

  it('--locale wins over <html lang>', async () => {
    const dir = tempFolder();
    writeFiles(dir, { 'in.html': page('cy') });
    const { code, stdout } = await cli(['render', 'in.html', '--locale', 'en-GB'], dir);
    assert.equal(code, 0);
    assert.ok(stdout.includes(english));
    assert.ok(!stdout.includes(welsh));
  });

  it('--no-inline-styles leaves out the <style> of every shadow root, nested ones too', async () => {
    const dir = tempFolder();
    const input =
      '<circ-symptom-checklist answers=\'{"walkingPain":true,"startsAtRest":false,"uphillOrHurrying":true,"ordinaryPace":false,"easesWithin10Min":true,"sites":["calf"],"redFlags":[]}\'></circ-symptom-checklist>';
    writeFiles(dir, { 'in.html': input });
    const styled = await cli(['render', 'in.html'], dir);
    const bare = await cli(['render', 'in.html', '--no-inline-styles'], dir);
    assert.equal(bare.code, 0, bare.stderr);
    const roots = (html) => html.match(/<template shadowroot/g).length;
    const styles = (html) => (html.match(/<style>/g) ?? []).length;
    assert.ok(roots(styled.stdout) >= 2, 'the checklist and its care card');
    assert.equal(styles(styled.stdout), roots(styled.stdout));
    assert.equal(roots(bare.stdout), roots(styled.stdout));
    assert.equal(styles(bare.stdout), 0);
    assert.equal(withoutShadowRoots(bare.stdout), input);
  });

  it('element warnings go to stderr once each, after the page name, and the page is still written', async () => {
    const dir = tempFolder();
    const bad = '<circ-explainer topic="nope"></circ-explainer>';
    writeFiles(dir, { 'in.html': `${bad}\n${bad}\n${bad}` });
    const { code, stdout, stderr } = await cli(['render', 'in.html'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /^<circ-explainer topic="nope"><template shadowroot/);
    assert.match(stderr, /^in\.html: circ-explainer: [^\n]*nope[^\n]* \(3 times\)\n$/);
  });
});

describe('errors', () => {
  it('a missing file: one line on stderr, exit 1, no output file', async () => {
    const dir = tempFolder();
    const { code, stdout, stderr } = await cli(['render', 'missing.html', '-o', 'out.html'], dir);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'circulation-elements: cannot read missing.html: no such file\n');
    assert.deepEqual(readdirSync(dir), []);
  });

  it('a missing file leaves an existing output file as it was', async () => {
    const dir = tempFolder();
    writeFiles(dir, { 'out.html': 'before' });
    const { code } = await cli(['render', 'missing.html', '-o', 'out.html'], dir);
    assert.equal(code, 1);
    assert.equal(readFileSync(path.join(dir, 'out.html'), 'utf8'), 'before');
    assert.deepEqual(readdirSync(dir), ['out.html']);
  });

  it('an output that cannot be written: exit 1 and no temporary file left behind', async () => {
    const dir = tempFolder();
    writeFiles(dir, { 'in.html': page('en'), 'taken/keep.txt': 'x' });
    const { code, stderr } = await cli(['render', 'in.html', '-o', 'taken'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /^circulation-elements: cannot write taken: /);
    assert.equal(stderr.split('\n').length, 2, 'one line');
    assert.deepEqual(filesBelow(dir), ['in.html', 'taken/keep.txt']);
  });

  it('a page that is not UTF-8 is refused rather than changed', async () => {
    const dir = tempFolder();
    writeFileSync(path.join(dir, 'latin1.html'), Buffer.from('<p>caf\xe9</p>', 'latin1'));
    const { code, stdout, stderr } = await cli(['render', 'latin1.html'], dir);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'circulation-elements: cannot read latin1.html: not UTF-8 text\n');
  });

  for (const [what, args, message] of [
    ['a bad locale', ['render', 'in.html', '--locale', 'fr'], /locale "fr" is not supported/],
    ['an unknown option', ['render', 'in.html', '--bogus'], /Unknown option '--bogus'/],
    ['no input', ['render'], /no input/],
    ['no command', [], /no command/],
    ['an unknown command', ['build', 'in.html'], /unknown command "build"/],
    ['several pages without --out-dir', ['render', 'in.html', 'in.html'], /need --out-dir/],
    ['a glob without --out-dir', ['render', '*.html'], /need --out-dir/],
    ['-o with --in-place', ['render', 'in.html', '-o', 'x.html', '--in-place'], /only one of/],
    [
      '--out-dir with --in-place',
      ['render', 'in.html', '--out-dir', 'o', '--in-place'],
      /only one/,
    ],
  ]) {
    it(`${what}: one line on stderr, exit 1, nothing written`, async () => {
      const dir = tempFolder();
      writeFiles(dir, { 'in.html': page('en') });
      const { code, stdout, stderr } = await cli(args, dir);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /^circulation-elements: [^\n]+\n$/);
      assert.match(stderr, message);
      assert.deepEqual(filesBelow(dir), ['in.html']);
      assert.equal(readFileSync(path.join(dir, 'in.html'), 'utf8'), page('en'));
    });
  }
});

describe('many pages', () => {
  /** A small site: three languages, a nested folder, a hidden file and a non-page. */
  const site = {
    'site/index.html': page('en-GB', 'home'),
    'site/cymraeg.html': page('cy-GB', 'cymraeg'),
    'site/blog/post.html': page('fr', 'post'),
    'site/blog/2026/old.html': page('cy', 'old'),
    'site/.draft.html': page('en', 'draft'),
    'site/notes.txt': 'not a page',
  };
  const pages = ['blog/2026/old.html', 'blog/post.html', 'cymraeg.html', 'index.html'];

  it('a glob with --out-dir: every page, at its path from the glob base, in its own language', async () => {
    const dir = tempFolder();
    writeFiles(dir, site);
    const { code, stdout, stderr } = await cli(
      ['render', 'site/**/*.html', '--out-dir', 'out'],
      dir,
    );
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    assert.equal(stderr, '', 'no progress when stderr is not a terminal');
    assert.deepEqual(filesBelow(path.join(dir, 'out')), pages);
    const read = (name) => readFileSync(path.join(dir, 'out', name), 'utf8');
    assert.ok(read('cymraeg.html').includes(welsh), 'cy-GB → cy');
    assert.ok(read('blog/2026/old.html').includes(welsh));
    assert.ok(read('index.html').includes(english));
    assert.ok(read('blog/post.html').includes(english), 'an unknown language → en-GB');
    assert.equal(withoutShadowRoots(read('index.html')), site['site/index.html']);
    // The pages themselves are untouched.
    assert.equal(readFileSync(path.join(dir, 'site/index.html'), 'utf8'), site['site/index.html']);
  });

  it('several files with --out-dir keep their paths from their common folder', async () => {
    const dir = tempFolder();
    writeFiles(dir, site);
    const { code, stderr } = await cli(
      [
        'render',
        'site/blog/post.html',
        'site/blog/2026/old.html',
        '--out-dir',
        'out',
        '--locale',
        'pl',
      ],
      dir,
    );
    assert.equal(code, 0, stderr);
    assert.deepEqual(filesBelow(path.join(dir, 'out')), ['2026/old.html', 'post.html']);
    const old = readFileSync(path.join(dir, 'out/2026/old.html'), 'utf8');
    assert.ok(!old.includes(welsh) && !old.includes(english), '--locale pl for every page');
  });

  it('a glob run again does not pick up its own output inside the glob', async () => {
    const dir = tempFolder();
    writeFiles(dir, { 'a.html': page('en'), 'b/c.html': page('en') });
    for (let run = 0; run < 2; run++) {
      const { code } = await cli(['render', '**/*.html', '--out-dir', 'out'], dir);
      assert.equal(code, 0);
    }
    assert.deepEqual(filesBelow(path.join(dir, 'out')), ['a.html', 'b/c.html']);
  });

  it('--in-place replaces each page, and a second run gives the same pages', async () => {
    const dir = tempFolder();
    writeFiles(dir, site);
    const { code, stderr } = await cli(['render', 'site/*.html', '--in-place'], dir);
    assert.equal(code, 0, stderr);
    const once = readFileSync(path.join(dir, 'site/cymraeg.html'), 'utf8');
    assert.ok(once.includes(welsh));
    assert.equal(withoutShadowRoots(once), site['site/cymraeg.html']);
    assert.equal(
      readFileSync(path.join(dir, 'site/blog/post.html'), 'utf8'),
      site['site/blog/post.html'],
    );
    assert.equal(
      readFileSync(path.join(dir, 'site/.draft.html'), 'utf8'),
      site['site/.draft.html'],
    );
    assert.deepEqual(
      filesBelow(path.join(dir, 'site')),
      [...Object.keys(site)].map((name) => name.slice(5)).sort(),
    );
    await cli(['render', 'site/*.html', '--in-place'], dir);
    assert.equal(readFileSync(path.join(dir, 'site/cymraeg.html'), 'utf8'), once);
  });

  it('failing pages: the others are written, the failures listed, exit 1', async () => {
    const dir = tempFolder();
    writeFiles(dir, { ...site, 'site/folder.html/inside.txt': 'a folder the glob matches' });
    writeFileSync(path.join(dir, 'site/latin1.html'), Buffer.from('caf\xe9', 'latin1'));
    const { code, stdout, stderr } = await cli(
      ['render', 'site/**/*.html', 'site/missing.html', 'nothing/*.html', '--out-dir', 'out'],
      dir,
    );
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.deepEqual(filesBelow(path.join(dir, 'out')), pages);
    assert.equal(
      stderr,
      'circulation-elements: 4 of 7 pages written; these failed:\n' +
        '  nothing/*.html: no file matches\n' +
        '  cannot read site/folder.html: is a directory\n' +
        '  cannot read site/latin1.html: not UTF-8 text\n' +
        '  cannot read site/missing.html: no such file\n',
    );
  });

  it('a glob that matches nothing: listed, exit 1, nothing written', async () => {
    const dir = tempFolder();
    writeFiles(dir, site);
    const { code, stdout, stderr } = await cli(['render', 'site/*.htm', '--out-dir', 'out'], dir);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      'circulation-elements: 0 of 0 pages written; these failed:\n  site/*.htm: no file matches\n',
    );
    assert.equal(existsSync(path.join(dir, 'out')), false);
  });

  it(
    'shows a progress line on a terminal, rewritten in place',
    { skip: !existsSync('/usr/bin/script') && 'needs script(1) for a terminal' },
    async () => {
      const dir = tempFolder();
      writeFiles(dir, site);
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} render 'site/**/*.html' --out-dir out`;
      const { stdout } = await new Promise((resolve) => {
        execFile(
          'script',
          ['-qec', command, '/dev/null'],
          { cwd: dir, encoding: 'utf8' },
          (error, out) => resolve({ error, stdout: out }),
        );
      });
      assert.ok(stdout.includes('\r[1/4] site/blog/2026/old.html'), JSON.stringify(stdout));
      assert.ok(stdout.includes('\r[4/4] site/index.html'));
      assert.match(stdout, /4 pages pre-rendered/);
      assert.deepEqual(filesBelow(path.join(dir, 'out')), pages);
    },
  );
});

describe('the glob', () => {
  const dir = tempFolder();
  writeFiles(dir, {
    'a.html': '',
    'b.htm': '',
    'ab.html': '',
    '.hidden.html': '',
    'x/c.html': '',
    'x/y/d.html': '',
    'x/.git/e.html': '',
    'z/f.html': '',
  });
  const matches = async (pattern) =>
    (await glob(pattern, dir)).map((file) => path.relative(dir, file).split(path.sep).join('/'));

  it('* matches within one folder, skipping hidden names', async () => {
    assert.deepEqual(await matches('*.html'), ['a.html', 'ab.html']);
    assert.deepEqual(await matches('*'), ['a.html', 'ab.html', 'b.htm', 'x', 'z']);
    assert.deepEqual(await matches('*/c.html'), ['x/c.html']);
    assert.deepEqual(await matches('.*.html'), ['.hidden.html']);
  });

  it('? matches one character', async () => {
    assert.deepEqual(await matches('?.html'), ['a.html']);
    assert.deepEqual(await matches('??.html'), ['ab.html']);
    assert.deepEqual(await matches('a.htm?'), ['a.html']);
  });

  it('** matches any number of folders, none included, but not hidden ones', async () => {
    assert.deepEqual(await matches('**/*.html'), [
      'a.html',
      'ab.html',
      'x/c.html',
      'x/y/d.html',
      'z/f.html',
    ]);
    assert.deepEqual(await matches('x/**/*.html'), ['x/c.html', 'x/y/d.html']);
    assert.deepEqual(await matches('**/d.html'), ['x/y/d.html']);
  });

  it('a pattern without wildcards matches the path if it exists', async () => {
    assert.deepEqual(await matches('x/c.html'), ['x/c.html']);
    assert.deepEqual(await matches('nope.html'), []);
    assert.deepEqual(await matches('nope/*.html'), []);
  });

  it('absolute patterns work', async () => {
    assert.deepEqual(await glob(path.join(dir, 'x', '*.html')), [path.join(dir, 'x', 'c.html')]);
  });

  it('the base is the part before the first wildcard', () => {
    assert.equal(globBase('site/**/*.html', '/w'), path.resolve('/w/site'));
    assert.equal(globBase('*.html', '/w'), path.resolve('/w'));
    assert.equal(globBase('./a/b?/c.html', '/w'), path.resolve('/w/a'));
    assert.equal(globBase('/srv/site/*.html', '/w'), path.resolve('/srv/site'));
  });

  it('isGlob and the segment pattern treat only * and ? as wildcards', () => {
    assert.equal(isGlob('site/*.html'), true);
    assert.equal(isGlob('a?.html'), true);
    assert.equal(isGlob('site/[a].html'), false);
    assert.equal(segmentPattern('[a].(b)+.html').test('[a].(b)+.html'), true);
    assert.equal(segmentPattern('*.html').test('a.htmlx'), false);
  });
});
