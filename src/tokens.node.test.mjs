// The token rule of shared/design/architecture.md (part of `npm run test:content`): every
// public `--circ-*` custom property is documented with `@cssprop`, every documented one is
// used, the documented default is the fallback the styles really use, and no colour is
// written anywhere but as such a fallback in base/tokens.styles.ts. Elements read colours
// through the private `--_*` aliases that file declares; an element's styles may declare the
// alias of a token only that element reads (a care card's arrow), never with a colour.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('./', import.meta.url));
const tokensFile = 'base/tokens.styles.ts';

/** Every non-test TypeScript file below src/ (relative, posix), without generated locales. */
function sourceFiles(dir = '') {
  return readdirSync(path.join(src, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      return relative === 'locales' || relative === 'test-utils' ? [] : sourceFiles(relative);
    }
    return entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.d.ts')
      ? [relative]
      : [];
  });
}

const read = (file) => readFileSync(path.join(src, file), 'utf8');

/** `code` with block comments and whole-line or trailing `//` comments blanked out. */
export function withoutComments(code) {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** The `@cssprop` tags in `code`: `[{ name, defaultValue, description }]`. */
export function documentedProperties(code) {
  const tag =
    /@cssprop\s+(?:\[\s*(--[\w-]+)\s*(?:=\s*([^\]]*?)\s*)?\]|(--[\w-]+))[ \t]*(?:-[ \t]*)?(.*)/g;
  return [...code.matchAll(tag)].map(([, bracketed, defaultValue, bare, description]) => ({
    name: bracketed ?? bare,
    defaultValue,
    description: description.trim(),
  }));
}

/** The text from `open` (just after a `(`) to its matching `)`, or to the end. */
function untilClosingParen(code, open) {
  let depth = 1;
  for (let i = open; i < code.length; i += 1) {
    if (code[i] === '(') depth += 1;
    if (code[i] === ')' && --depth === 0) return code.slice(open, i);
  }
  return code.slice(open);
}

/**
 * A read `--_x: var(--circ-y)` with no fallback: unset, the alias is invalid, so each rule
 * that reads it falls back to its own value (a heading's step of the element's scale).
 * Such a property is documented without a default, its description saying what unset does.
 */
export const aliasLeftUnset = Symbol('alias left unset');

/** Every `--circ-*` name in `code` (comments excluded), each with its `var()` fallbacks. */
export function propertyUses(code) {
  const uses = new Map(); // name → fallbacks of its var() reads (undefined: no fallback)
  const bare = withoutComments(code);
  for (const [name] of bare.matchAll(/--circ-[\w-]+/g)) {
    if (!uses.has(name)) uses.set(name, []);
  }
  for (const match of bare.matchAll(/var\(\s*(--circ-[\w-]+)\s*(,?)/g)) {
    const [whole, name, comma] = match;
    const fallback = comma ? untilClosingParen(bare, match.index + whole.length).trim() : undefined;
    const wholeAlias = /--_[\w-]+\s*:\s*$/.test(bare.slice(0, match.index));
    uses.get(name).push(fallback === undefined && wholeAlias ? aliasLeftUnset : fallback);
  }
  return uses;
}

/** The private aliases declared in `code` and the public property each reads: `--_x` → `--circ-y`. */
export function aliasesIn(code) {
  const aliases = new Map();
  for (const [, alias, name] of withoutComments(code).matchAll(
    /(--_[\w-]+)\s*:\s*var\(\s*(--circ-[\w-]+)/g,
  )) {
    aliases.set(alias, name);
  }
  return aliases;
}

/**
 * `fallback` as the documentation writes it: a default that follows another token reads its
 * alias (`calc(var(--_space) * 1.5)`) and is documented by its public name
 * (`calc(var(--circ-space) * 1.5)`).
 */
export function publicFallback(fallback, aliases) {
  return fallback.replace(/var\(\s*(--_[\w-]+)\s*\)/g, (whole, alias) =>
    aliases.has(alias) ? `var(${aliases.get(alias)})` : whole,
  );
}

/**
 * `code` with the fallback of each `--_x: var(--circ-x, fallback)` declaration blanked:
 * the one place a colour literal may stand.
 */
export function withoutTokenFallbacks(code) {
  let result = code;
  for (const match of code.matchAll(/--_[\w-]+\s*:\s*var\(\s*--circ-[\w-]+\s*,/g)) {
    const start = match.index + match[0].length;
    const fallback = untilClosingParen(code, start);
    result =
      result.slice(0, start) + ' '.repeat(fallback.length) + result.slice(start + fallback.length);
  }
  return result;
}

/** The CSS named colours (CSS Color 4), which would hard-code a colour as surely as hex. */
const namedColours = `aliceblue antiquewhite aqua aquamarine azure beige bisque black
  blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral
  cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen
  darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon
  darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink
  deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro
  ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo
  ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
  lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen
  lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen
  magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
  mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream
  mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
  palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
  powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown
  seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen
  steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
  yellowgreen`
  .trim()
  .split(/\s+/);

const colourPatterns = [
  /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi,
  /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi,
  // A whole word only: `white-space` and `tan(` are not colours.
  new RegExp(`(?<![\\w-])(?:${namedColours.join('|')})(?![\\w(-])`, 'gi'),
];

/** The colour literals in `code` outside comments, as written. */
export function colourLiterals(code) {
  const bare = withoutComments(code);
  return colourPatterns.flatMap((pattern) => [...bare.matchAll(pattern)].map(([found]) => found));
}

/** True when `code` reads a `--circ-*` property other than as the whole value of an alias. */
function readsOutsideAliases(code) {
  const bare = withoutComments(code);
  return [...bare.matchAll(/var\(\s*--circ-/g)].some(
    (match) => !/--_[\w-]+\s*:\s*$/.test(bare.slice(0, match.index)),
  );
}

/** The problems of a set of files (`{ path: code }`), one line each; empty when all is well. */
export function tokenProblems(files) {
  const problems = [];
  const documented = new Map(); // name → [{ file, defaultValue, description }]
  const used = new Map(); // name → [{ file, fallback }]
  const aliases = new Map(); // --_x → --circ-y, from every file
  for (const code of Object.values(files)) {
    for (const [alias, name] of aliasesIn(code)) aliases.set(alias, name);
  }
  for (const [file, code] of Object.entries(files)) {
    for (const { name, ...doc } of documentedProperties(code)) {
      if (!name.startsWith('--circ-')) continue;
      documented.set(name, [...(documented.get(name) ?? []), { file, ...doc }]);
    }
    for (const [name, fallbacks] of propertyUses(code)) {
      const reads = fallbacks.length ? fallbacks : [null]; // null: named, not read by var()
      used.set(name, [...(used.get(name) ?? []), ...reads.map((fallback) => ({ file, fallback }))]);
    }
  }

  for (const [name, uses] of used) {
    if (!documented.has(name)) {
      problems.push(`${name} is used in ${uses[0].file} but not documented with @cssprop`);
    }
  }
  for (const [name, docs] of documented) {
    if (!used.has(name)) {
      problems.push(`${name} is documented in ${docs[0].file} but not used in any styles`);
    }
    for (const doc of docs) {
      if (!doc.description) problems.push(`${name} has no description in ${doc.file}`);
      for (const { file, fallback } of used.get(name) ?? []) {
        if (fallback === null) continue;
        if (fallback === aliasLeftUnset) {
          if (doc.defaultValue !== undefined) {
            problems.push(
              `${name} is documented in ${doc.file} with default ${doc.defaultValue}` +
                ` but ${file} leaves its alias unset without it: document no default`,
            );
          }
          continue;
        }
        // Without a fallback an unset property makes the declaration `unset`, which is
        // `inherit` for the inherited properties a theme sets (the host page's font).
        const effective = fallback === undefined ? 'inherit' : publicFallback(fallback, aliases);
        if (doc.defaultValue !== effective) {
          problems.push(
            `${name} is documented in ${doc.file} with default ${doc.defaultValue ?? '(none)'}` +
              ` but ${file} falls back to ${fallback ?? '(nothing: inherit)'}`,
          );
        }
      }
    }
  }

  for (const [file, code] of Object.entries(files)) {
    if (!file.endsWith('.styles.ts')) continue;
    const isTokens = file === tokensFile;
    for (const literal of colourLiterals(isTokens ? withoutTokenFallbacks(code) : code)) {
      problems.push(
        isTokens
          ? `${file} writes the colour ${literal} outside a --circ-* fallback`
          : `${file} writes the colour ${literal}: use a var(--_*) token from ${tokensFile}`,
      );
    }
    if (!isTokens && readsOutsideAliases(code)) {
      problems.push(`${file} reads a --circ-* property directly: use its --_* alias`);
    }
  }
  return problems;
}

describe('design tokens', () => {
  const files = Object.fromEntries(sourceFiles().map((file) => [file, read(file)]));

  it('finds the tokens file and its documentation', () => {
    assert.ok(files[tokensFile], `${tokensFile} is missing`);
    const names = Object.values(files).flatMap((code) =>
      documentedProperties(code).map(({ name }) => name),
    );
    assert.ok(names.includes('--circ-color-brand'), 'no @cssprop found: is the parser broken?');
  });

  it('documents every --circ-* property, uses every documented one, with the real defaults, and writes colours only as token fallbacks', () => {
    assert.deepEqual(tokenProblems(files), []);
  });
});

// Each check, shown failing on a small broken input: a check that cannot fail is a defect.
describe('the token checks themselves', () => {
  const docs = (...lines) => `/**\n${lines.map((line) => ` * @cssprop ${line}`).join('\n')}\n */`;
  const tokens = (...lines) => `css\`:host {\n${lines.join('\n')}\n}\``;

  it('passes a consistent set', () => {
    assert.deepEqual(
      tokenProblems({
        'base/circ-element.ts': docs(
          '[--circ-color-x=#123456] - X.',
          '[--circ-font-family=inherit] - Font.',
        ),
        [tokensFile]: tokens(
          '--_x: var(--circ-color-x, #123456);',
          'font-family: var(--circ-font-family);',
          'white-space: nowrap; color: var(--_x); border-color: currentColor;',
        ),
        'elements/a/a.styles.ts': 'css`a { color: var(--_x); background: transparent; }`',
      }),
      [],
    );
  });

  it('fails on a used property that is not documented', () => {
    const problems = tokenProblems({
      'base/circ-element.ts': docs('[--circ-color-x=#123456] - X.'),
      [tokensFile]: tokens('--_x: var(--circ-color-x, #123456);', '--_y: var(--circ-y, 1px);'),
    });
    assert.deepEqual(problems, [
      `--circ-y is used in ${tokensFile} but not documented with @cssprop`,
    ]);
  });

  it('fails on a documented property that no style uses', () => {
    const problems = tokenProblems({
      'base/circ-element.ts': docs('[--circ-color-x=#123456] - X.', '[--circ-gone=0] - Gone.'),
      [tokensFile]: tokens('--_x: var(--circ-color-x, #123456);'),
    });
    assert.deepEqual(problems, [
      '--circ-gone is documented in base/circ-element.ts but not used in any styles',
    ]);
  });

  it('does not count a comment as a use', () => {
    const problems = tokenProblems({
      'base/circ-element.ts': docs('[--circ-color-x=#123456] - X.'),
      [tokensFile]: '/* --circ-color-x */',
    });
    assert.equal(problems.length, 1);
  });

  it('fails when the documented default differs from the fallback', () => {
    const problems = tokenProblems({
      'base/circ-element.ts': docs(
        '[--circ-color-x=#123456] - X.',
        '--circ-color-y - Y.',
        '[--circ-font-family=Arial] - Font.',
      ),
      [tokensFile]: tokens(
        '--_x: var(--circ-color-x, #654321);',
        '--_y: var(--circ-color-y, #ffffff);',
        'font-family: var(--circ-font-family);',
      ),
    });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0], /--circ-color-x .*default #123456 .*falls back to #654321/);
    assert.match(problems[1], /--circ-color-y .*default \(none\) .*falls back to #ffffff/);
    assert.match(problems[2], /--circ-font-family .*default Arial .*inherit/);
  });

  it('compares a default that follows another token, read through its alias, by its public name', () => {
    const files = (documented) => ({
      'base/circ-element.ts': docs(
        '[--circ-space=1rem] - Unit.',
        `[--circ-gap=${documented}] - Gap.`,
      ),
      [tokensFile]: tokens(
        '--_space: var(--circ-space, 1rem);',
        'margin: var(--circ-gap, calc(var(--_space) * 1.5));',
      ),
    });
    assert.deepEqual(tokenProblems(files('calc(var(--circ-space) * 1.5)')), []);
    const problems = tokenProblems(files('calc(var(--circ-space) * 2)'));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0],
      /--circ-gap .*default calc\(var\(--circ-space\) \* 2\) .*falls back to/,
    );
  });

  it('asks no default of a property whose alias is left unset without a fallback', () => {
    const files = (line) => ({
      'base/circ-element.ts': docs(line),
      [tokensFile]: tokens('--_h2: var(--circ-h2);', 'font-size: var(--_h2, 1em);'),
    });
    assert.deepEqual(tokenProblems(files('--circ-h2 - Size; unset, the scale.')), []);
    assert.deepEqual(tokenProblems(files('[--circ-h2=1em] - Size.')), [
      `--circ-h2 is documented in base/circ-element.ts with default 1em but ${tokensFile} leaves its alias unset without it: document no default`,
    ]);
  });

  it('fails on a missing description', () => {
    const problems = tokenProblems({
      'base/circ-element.ts': docs('[--circ-color-x=#123456]'),
      [tokensFile]: tokens('--_x: var(--circ-color-x, #123456);'),
    });
    assert.deepEqual(problems, ['--circ-color-x has no description in base/circ-element.ts']);
  });

  for (const literal of [
    '#212b32',
    '#FFF',
    'rgb(0 0 0)',
    'rgba(0,0,0,.5)',
    'hsl(0 0% 0%)',
    'black',
    'White',
    'red',
  ]) {
    it(`fails on the colour literal ${literal} in an element's styles`, () => {
      const problems = tokenProblems({
        'elements/a/a.styles.ts': `css\`a { color: ${literal}; }\``,
      });
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], /elements\/a\/a\.styles\.ts writes the colour/);
    });
  }

  it('fails on a colour literal in the tokens file outside a --circ-* fallback', () => {
    const problems = tokenProblems({
      'base/circ-element.ts': docs('[--circ-color-x=#123456] - X.'),
      [tokensFile]: tokens(
        '--_x: var(--circ-color-x, #123456);',
        'color: #000;',
        'box-shadow: 0 4px black;',
        '--_z: #abcdef;',
      ),
    });
    assert.deepEqual(problems, [
      `${tokensFile} writes the colour #000 outside a --circ-* fallback`,
      `${tokensFile} writes the colour #abcdef outside a --circ-* fallback`,
      `${tokensFile} writes the colour black outside a --circ-* fallback`,
    ]);
  });

  it('lets an element alias a token only it reads, but not with a colour, nor read one elsewhere', () => {
    const files = (elementCss) => ({
      'base/circ-element.ts': docs('[--circ-arrow=0px] - Arrow.', '[--circ-color-x=#123456] - X.'),
      [tokensFile]: tokens('--_x: var(--circ-color-x, #123456);'),
      'elements/a/a.styles.ts': `css\`:host { ${elementCss} }\``,
    });
    assert.deepEqual(tokenProblems(files('--_arrow: var(--circ-arrow, 0px);')), []);
    assert.deepEqual(
      tokenProblems(files('--_arrow: var(--circ-arrow, 0px); --_y: var(--circ-color-x, #123456);')),
      [
        'elements/a/a.styles.ts writes the colour #123456: use a var(--_*) token from base/tokens.styles.ts',
      ],
    );
    assert.deepEqual(tokenProblems(files('--_arrow: calc(var(--circ-arrow, 0px) * 2);')), [
      'elements/a/a.styles.ts reads a --circ-* property directly: use its --_* alias',
    ]);
  });

  it('fails when an element reads a --circ-* property instead of its alias', () => {
    const problems = tokenProblems({
      'base/circ-element.ts': docs('[--circ-color-x=#123456] - X.'),
      [tokensFile]: tokens('--_x: var(--circ-color-x, #123456);'),
      'elements/a/a.styles.ts': 'css`a { color: var(--circ-color-x); }`',
    });
    assert.ok(
      problems.includes(
        'elements/a/a.styles.ts reads a --circ-* property directly: use its --_* alias',
      ),
      problems.join('\n'),
    );
  });
});
