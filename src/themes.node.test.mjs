// The theme rule of issue 16 (part of `npm run test:content`): a theme (src/themes/*.css,
// published as dist/themes/) is a stylesheet of documented --circ-* custom properties only,
// set on :where(:root) or :where(html) (no specificity, so the page's own rules win), at the
// top level or inside @media, so it changes nothing on the page but our elements. And its
// colours keep the text contrast of the default tokens in both colour schemes.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { transform } from 'lightningcss';

const themesDir = new URL('./themes/', import.meta.url);
const themes = readdirSync(themesDir).filter((file) => file.endsWith('.css'));
const read = (file) => readFileSync(new URL(file, themesDir), 'utf8');

/** The `--circ-*` names documented with `@cssprop` in the base class. */
const documented = new Set(
  [
    ...readFileSync(new URL('./base/circ-element.ts', import.meta.url), 'utf8').matchAll(
      /@cssprop\s+\[?\s*(--circ-[\w-]+)/g,
    ),
  ].map(([, name]) => name),
);

/** True for the selector list `:where(:root)` or `:where(html)`, as lightningcss parses it. */
function isRootWhere(selectors) {
  if (selectors.length !== 1 || selectors[0].length !== 1) return false;
  const [where] = selectors[0];
  if (where.type !== 'pseudo-class' || where.kind !== 'where') return false;
  if (where.selectors.length !== 1 || where.selectors[0].length !== 1) return false;
  const [inner] = where.selectors[0];
  return (
    (inner.type === 'pseudo-class' && inner.kind === 'root') ||
    (inner.type === 'type' && inner.name === 'html')
  );
}

/** What is wrong with theme stylesheet `css`, one line each; empty when it keeps the rule. */
export function themeProblems(css, names = documented) {
  const problems = [];
  const styleRule = ({ selectors, declarations, rules }, where) => {
    if (!isRootWhere(selectors)) problems.push(`${where}: a selector other than :where(:root)`);
    if (rules?.length) problems.push(`${where}: nested rules`);
    for (const { property } of declarations.importantDeclarations ?? []) {
      problems.push(`${where}: an !important declaration (${property})`);
    }
    for (const declaration of declarations.declarations ?? []) {
      const name = declaration.property === 'custom' ? declaration.value.name : undefined;
      if (!name?.startsWith('--circ-')) {
        problems.push(`${where}: ${name ?? declaration.property} is not a --circ-* property`);
      } else if (!names.has(name)) {
        problems.push(`${where}: ${name} is not documented with @cssprop`);
      }
    }
  };
  // Walk the top level ourselves: only style rules, and @media holding style rules.
  transform({
    filename: 'theme.css',
    code: Buffer.from(css),
    visitor: {
      StyleSheet(sheet) {
        sheet.rules.forEach((rule, index) => {
          const where = `rule ${index + 1}`;
          if (rule.type === 'style') styleRule(rule.value, where);
          else if (rule.type === 'media') {
            for (const inner of rule.value.rules) {
              if (inner.type === 'style') styleRule(inner.value, `${where} (@media)`);
              else problems.push(`${where} (@media): an @${inner.type} rule`);
            }
          } else problems.push(`${where}: an @${rule.type} rule`);
        });
      },
    },
  });
  return problems;
}

/** The light and dark value of each colour `--circ-color-<name>` the theme sets outside @media. */
export function themeColours(css) {
  const base = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{[\s\S]*$/, '');
  const colours = new Map();
  for (const [, name, value] of base.matchAll(/--circ-color-([\w-]+)\s*:\s*([^;]+);/g)) {
    const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value.trim());
    const single = /^#[0-9a-f]{6}$/i.test(value.trim()) ? value.trim() : undefined;
    if (pair) colours.set(name, { light: pair[1], dark: pair[2] });
    else if (single) colours.set(name, { light: single, dark: single });
  }
  return colours;
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Foreground on background, where the elements use them together, and the ratio needed. */
const pairs = [
  ['text', 'surface', 4.5],
  ['brand', 'surface', 4.5],
  ['surface', 'brand', 4.5],
  ['surface', 'urgent', 4.5],
  ['surface', 'emergency', 4.5],
  ['surface', 'text', 4.5],
  ['focus-text', 'focus', 4.5],
  ['hint', 'surface', 4.5],
  ['button-text', 'button', 4.5],
  ['control-border', 'surface', 3], // a control's boundary: non-text contrast, WCAG 1.4.11
];

describe('themes', () => {
  it('finds the NHS theme', () => {
    assert.ok(themes.includes('nhs.css'), 'src/themes/nhs.css is missing');
  });

  for (const file of themes) {
    const css = read(file);

    it(`${file} sets documented --circ-* properties on :where(:root) only`, () => {
      assert.deepEqual(themeProblems(css), []);
      assert.ok(documented.size > 20, 'no @cssprop found: is the parser broken?');
    });

    for (const scheme of ['light', 'dark']) {
      it(`${file}, ${scheme}: every text pair reaches 4.5:1 (a control's border 3:1)`, () => {
        const colours = themeColours(css);
        for (const [foreground, background, needed] of pairs) {
          const [fg, bg] = [colours.get(foreground), colours.get(background)];
          assert.ok(fg && bg, `${file} sets no --circ-color-${fg ? background : foreground}`);
          const ratio = contrast(fg[scheme], bg[scheme]);
          assert.ok(
            ratio >= needed,
            `${foreground} on ${background}: ${ratio.toFixed(2)}:1, below ${needed}:1`,
          );
        }
      });
    }
  }
});

// Each check, shown failing on a small broken input: a check that cannot fail is a defect.
describe('the theme checks themselves', () => {
  const names = new Set(['--circ-space', '--circ-color-text']);

  it('passes a theme that keeps the rule', () => {
    const css = `/* a theme */ :where(:root) { --circ-space: 2rem; }
      @media (min-width: 40em) { :where(html) { --circ-color-text: light-dark(#000000, #ffffff); } }`;
    assert.deepEqual(themeProblems(css, names), []);
  });

  for (const [what, css, problem] of [
    ['a selector with specificity', ':root { --circ-space: 2rem; }', /selector other than/],
    ['any other selector', ':where(:root) p { --circ-space: 2rem; }', /selector other than/],
    ['a property that is not ours', ':where(:root) { color: red; }', /color is not a --circ-\*/],
    ['a custom property not ours', ':where(:root) { --nhs-x: 1; }', /--nhs-x is not a --circ-\*/],
    ['an undocumented token', ':where(:root) { --circ-nope: 1; }', /--circ-nope is not documented/],
    ['!important', ':where(:root) { --circ-space: 2rem !important; }', /!important/],
    ['@font-face', '@font-face { font-family: x; src: url(x.woff2); }', /an @font-face rule/],
    ['@import', '@import url("x.css");', /an @import rule/],
    ['nesting', ':where(:root) { --circ-space: 1px; & p { --circ-space: 2px; } }', /nested/],
  ]) {
    it(`fails on ${what}`, () => {
      const problems = themeProblems(css, names);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], problem);
    });
  }

  it('reads the light and dark halves of the colours outside @media', () => {
    const colours = themeColours(
      ':where(:root) { --circ-color-text: light-dark(#111111, #eeeeee); --circ-color-focus: #ffeb3b; }' +
        '@media print { :where(:root) { --circ-color-text: #000000; } }',
    );
    assert.deepEqual(Object.fromEntries(colours), {
      text: { light: '#111111', dark: '#eeeeee' },
      focus: { light: '#ffeb3b', dark: '#ffeb3b' },
    });
    assert.ok(contrast('#4c6272', '#ffffff') < 7, 'contrast is computed');
  });
});
