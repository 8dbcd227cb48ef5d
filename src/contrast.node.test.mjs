// The colour-scheme rule of issue 15 (part of `npm run test:content`): in the light and in
// the dark scheme, every pair of tokens that the elements put text on reaches WCAG 2.2's
// 4.5:1 (1.4.3), computed from the defaults in base/tokens.styles.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const tokens = readFileSync(new URL('./base/tokens.styles.ts', import.meta.url), 'utf8');

/** The default of private alias `--_name` in `scheme`: its `light-dark()` half, or its colour. */
export function tokenColour(code, name, scheme) {
  const declaration = new RegExp(`--_${name}:\\s*var\\(--circ-[\\w-]+,\\s*([^;]+)\\);`).exec(code);
  if (!declaration) throw new Error(`no --_${name} in the tokens`);
  const value = declaration[1].trim();
  const alias = /^var\(--_([\w-]+)\)$/.exec(value); // a default that follows another token
  if (alias) return tokenColour(code, alias[1], scheme);
  const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value);
  if (pair) return scheme === 'light' ? pair[1] : pair[2];
  if (/^#[0-9a-f]{6}$/i.test(value)) return value;
  throw new Error(`--_${name} has a default that is not a colour: ${value}`);
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Text token on background token, where the elements use them together. */
const textPairs = [
  ['text', 'surface', 'body text on the card'],
  ['brand', 'surface', 'links, summaries and headings on the card'],
  ['surface', 'brand', "the non-urgent care card's heading band"],
  ['surface', 'urgent', "the urgent care card's heading band"],
  ['surface', 'emergency', "the emergency care card's heading band"],
  ['surface', 'text', "the emergency care card's body"],
  ['focus-text', 'focus', 'focused text on its highlight'],
  ['hint', 'surface', "a question's hint"],
];

/** Non-text token on background token: a control's boundary needs 3:1 (WCAG 1.4.11). */
const boundaryPairs = [['control-border', 'surface', 'the border of a radio or checkbox']];

describe('colour schemes: text contrast of the default tokens', () => {
  it('computes contrast as WCAG does', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  });

  it('defines a light and a dark value for every colour the schemes change', () => {
    for (const name of ['text', 'surface', 'brand', 'border', 'urgent', 'emergency']) {
      assert.notEqual(tokenColour(tokens, name, 'light'), tokenColour(tokens, name, 'dark'), name);
    }
  });

  for (const scheme of ['light', 'dark']) {
    for (const [text, background, where] of textPairs) {
      it(`${scheme}: ${where} (${text} on ${background}) is at least 4.5:1`, () => {
        const ratio = contrast(
          tokenColour(tokens, text, scheme),
          tokenColour(tokens, background, scheme),
        );
        assert.ok(ratio >= 4.5, `${ratio.toFixed(2)}:1`);
      });
    }
  }

  for (const scheme of ['light', 'dark']) {
    for (const [boundary, background, where] of boundaryPairs) {
      it(`${scheme}: ${where} (${boundary} on ${background}) is at least 3:1`, () => {
        const ratio = contrast(
          tokenColour(tokens, boundary, scheme),
          tokenColour(tokens, background, scheme),
        );
        assert.ok(ratio >= 3, `${ratio.toFixed(2)}:1`);
      });
    }
  }

  it('follows a default that is another token', () => {
    const code =
      '--_a: var(--circ-a, light-dark(#111111, #eeeeee)); --_b: var(--circ-b, var(--_a));';
    assert.equal(tokenColour(code, 'b', 'dark'), '#eeeeee');
  });

  it('fails a pair below 4.5:1', () => {
    const weak = '--_text: var(--circ-color-text, light-dark(#212b32, #5a6670));';
    assert.ok(contrast(tokenColour(weak, 'text', 'dark'), '#1d2429') < 4.5);
  });
});
