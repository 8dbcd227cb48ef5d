// A Vite plugin that minifies the contents of Lit's css`…` and html`…` templates in our
// own modules at build time (issue 12). JavaScript minifiers leave template literals
// alone, and every byte of indentation in a template ships to every page (and every
// whitespace-only text node in an html`` template is a DOM node in every instance).
//
// - css`…`: Lightning CSS minifies the text. An expression `${x}` must stand where a rule
//   or a declaration may (a shared css`` or declaration list, as `${cardBox}`); at the top
//   level the text is split there and each piece minified alone, inside a block it
//   becomes a placeholder at-rule, so Lightning CSS keeps the declarations before and
//   after it apart and never merges across it. A template with an expression anywhere
//   else (inside a value or a selector) is left as it is, with a warning.
// - html`…` (and svg``, and lit/static-html's html``): whitespace only, conservatively.
//   A run of whitespace in text becomes one character (a newline if it held one, else a
//   space) and never goes altogether, so the DOM keeps every text node it had and the
//   text reads the same, space for space, once runs are collapsed: a word never runs into
//   the next, next to inline or block elements alike (tests and tools that read
//   textContent see what they saw in the source). Inside a tag, runs between attributes
//   become one space (none before `>`). Attribute values and the content of <pre>,
//   <textarea>, <script>, <style> and <title> are never touched. Comments without an
//   expression in them are dropped.
//
// Runs after TypeScript (a normal-order transform hook), on `src/**/*.ts`, in library
// builds only (Storybook and the test runner serve the source as written). Tags are
// recognised by their import from lit, lit-html, lit-element or lit/static-html.js, under
// any local name. Each result is checked (same number of parts, placeholders in order);
// anything unexpected leaves that template unminified and warns, never breaks it.
import MagicString from 'magic-string';
import { transform as transformCss } from 'lightningcss';
import { parseAst } from 'vite';

/** Elements whose content is copied as written. */
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style', 'title', 'xmp', 'plaintext']);

/** HTML whitespace (not JavaScript's \s, which also matches U+00A0 and other spaces). */
const WS = /[ \t\n\r\f]/;

/** Stands for an expression while a template is processed; refused if already present. */
const EXPR = '\uE000';

/** The Lit modules whose `html`, `svg` and `css` exports are template tags. */
const litModule = /^(lit|lit-html|lit-element)(\/.*)?$/;
const tagKinds = { html: 'html', svg: 'html', css: 'css' };

/**
 * Minifies the HTML of one template, given its raw string parts (the text between the
 * expressions, escapes as written). Returns the new raw parts, or a string saying why the
 * template is left alone.
 */
export function minifyHtmlParts(raws) {
  if (raws.some((raw) => raw.includes(EXPR))) return 'it contains U+E000';
  // A backslash before whitespace (a line continuation, `\ `) would change meaning if the
  // whitespace changed; such templates are rare enough to leave alone.
  if (raws.some((raw) => /\\[ \t\n\r\f]/.test(raw))) return 'a backslash precedes whitespace';
  const source = raws.join(EXPR);
  let out = '';
  let i = 0;
  let afterWhitespace = false; // the last thing written is a collapsed run (comments aside)
  while (i < source.length) {
    const char = source[i];
    if (WS.test(char)) {
      let end = i;
      while (end < source.length && WS.test(source[end])) end++;
      const collapsed = /[\n\r]/.test(source.slice(i, end)) ? '\n' : ' ';
      // Runs on both sides of a dropped comment join into one.
      if (!afterWhitespace) out += collapsed;
      else if (collapsed === '\n') out = `${out.slice(0, -1)}\n`;
      afterWhitespace = true;
      i = end;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      if (close < 0) return 'an unclosed comment';
      // Lit counts an expression inside a comment: keep such a comment as written.
      if (source.slice(i, close).includes(EXPR)) {
        out += source.slice(i, close + 3);
        afterWhitespace = false;
      }
      i = close + 3;
      continue;
    }
    const tagStart = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*|\uE000)/.exec(source.slice(i, i + 64));
    if (char === '<' && tagStart) {
      const [opening, slash, name] = tagStart;
      const tag = readTag(source, i + opening.length);
      if (typeof tag === 'string') return tag;
      out += opening + tag.text;
      afterWhitespace = false;
      i = tag.end;
      const verbatim = name.toLowerCase();
      if (!slash && VERBATIM.has(verbatim)) {
        const close = source.toLowerCase().indexOf(`</${verbatim}`, i);
        if (close < 0) return `an unclosed <${verbatim}>`;
        out += source.slice(i, close);
        i = close;
      }
      continue;
    }
    out += char;
    afterWhitespace = false;
    i++;
  }
  const parts = out.split(EXPR);
  if (parts.length !== raws.length) return 'the expressions moved';
  return parts;
}

/**
 * Reads the rest of a tag from `start` (after `<name`) to its `>`, collapsing whitespace
 * between attributes to one space and dropping it before `>` (not before `/>`: after an
 * unquoted value the slash would join the value). Quoted values are copied as written.
 */
function readTag(source, start) {
  let text = '';
  let i = start;
  while (i < source.length) {
    const char = source[i];
    if (char === '"' || char === "'") {
      const close = source.indexOf(char, i + 1);
      if (close < 0) return 'an unclosed attribute value';
      text += source.slice(i, close + 1);
      i = close + 1;
    } else if (WS.test(char)) {
      let end = i;
      while (end < source.length && WS.test(source[end])) end++;
      if (source[end] !== '>') text += ' ';
      i = end;
    } else if (char === '>') {
      return { text: `${text}>`, end: i + 1 };
    } else {
      text += char;
      i++;
    }
  }
  return 'an unclosed tag';
}

/**
 * Where each expression of a css`` template stands: its brace depth and the last
 * significant character before it (outside comments and strings).
 */
function cssExpressionContexts(parts) {
  const contexts = [];
  let depth = 0;
  let last = '';
  for (const [index, part] of parts.entries()) {
    let i = 0;
    while (i < part.length) {
      const char = part[i];
      if (part.startsWith('/*', i)) {
        const close = part.indexOf('*/', i + 2);
        if (close < 0) return 'a comment runs across an expression';
        i = close + 2;
      } else if (char === '"' || char === "'") {
        let end = i + 1;
        while (end < part.length && part[end] !== char) end += part[end] === '\\' ? 2 : 1;
        if (end >= part.length) return 'a string runs across an expression';
        last = char;
        i = end + 1;
      } else {
        if (char === '{') depth++;
        if (char === '}') depth--;
        if (!WS.test(char)) last = char;
        i += char === '\\' ? 2 : 1;
      }
    }
    if (index < parts.length - 1) contexts.push({ depth, last });
  }
  return contexts;
}

const atRulePlaceholder = (index) => `@circ-expression-${index};`;
const placeholderPattern = /@circ-expression-(\d+);?/g;

/**
 * Minifies one css`` template, given its cooked string parts (the text Lit joins).
 * Returns the new parts (cooked), or a string saying why the template is left alone.
 */
export function minifyCssParts(parts, filename = 'template.css') {
  if (parts.some((part) => part.includes('@circ-expression-'))) {
    return 'it contains the placeholder text';
  }
  const contexts = cssExpressionContexts(parts);
  if (typeof contexts === 'string') return contexts;
  if (contexts.some(({ last }) => !['', '{', '}', ';'].includes(last))) {
    return 'an expression stands inside a value or a selector';
  }
  // Top-level expressions split the text into pieces; nested ones become placeholders.
  const pieces = [[]];
  for (const [index, part] of parts.entries()) {
    pieces.at(-1).push(part);
    const context = contexts[index];
    if (!context) break;
    if (context.depth === 0) pieces.push([]);
    else pieces.at(-1).push(atRulePlaceholder(index));
  }
  const minified = [];
  for (const piece of pieces) {
    const text = piece.join('');
    const result = minifyCssPiece(text, filename);
    if (result.error) return result.error;
    minified.push(result.css);
  }
  // Back to one part per expression: pieces join at top-level expressions, and inside
  // a piece the placeholders mark the others.
  const out = [];
  let expected = 0;
  for (const [pieceIndex, piece] of minified.entries()) {
    let rest = piece;
    for (const match of piece.matchAll(placeholderPattern)) {
      if (Number(match[1]) !== expected) return 'the expressions moved';
      const at = rest.indexOf(match[0]);
      out.push(rest.slice(0, at));
      rest = rest.slice(at + match[0].length);
      expected++;
    }
    out.push(rest);
    if (pieceIndex < minified.length - 1) expected++;
  }
  if (out.length !== parts.length) return 'the expressions moved';
  return out;
}

/**
 * One piece of a css`` template: a stylesheet, or (no `{` in it) a declaration list such
 * as `cardBox`, which Lightning CSS minifies inside a wrapper rule. A declaration list
 * keeps its last `;` when it had one, as the template it is spliced into expects.
 * Returns `{ css }`, or `{ error }` saying why not.
 */
function minifyCssPiece(text, filename) {
  if (text.trim() === '') return { css: '' };
  const declarations = !text.replace(/\/\*[\s\S]*?\*\//g, '').includes('{');
  const wrapper = '.circ-declarations';
  const code = declarations ? `${wrapper}{${text}}` : text;
  let css;
  try {
    const result = transformCss({ filename, code: Buffer.from(code), minify: true });
    css = result.code.toString();
  } catch (error) {
    return { error: `Lightning CSS: ${error.message}` };
  }
  if (!declarations) return { css };
  if (css === '') return { css: '' };
  if (!css.startsWith(`${wrapper}{`) || !css.endsWith('}')) {
    return { error: 'the declaration list did not stay one block' };
  }
  let inner = css.slice(wrapper.length + 1, -1);
  const endsWithSemicolon = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .trim()
    .endsWith(';');
  if (endsWithSemicolon && !inner.endsWith(';')) inner += ';';
  return { css: inner };
}

/** Escapes cooked text back into the raw form of a template literal. */
function toRaw(cooked) {
  return cooked.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** Every node below `node` (ESTree objects with a `type`), depth first. */
function* nodes(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child);
    return;
  }
  if (typeof node.type === 'string') yield node;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (value && typeof value === 'object') yield* nodes(value);
  }
}

/**
 * Minifies the Lit templates in one module's JavaScript. Returns `{ code, map, warnings }`,
 * or `null` when nothing changed.
 */
export function minifyTemplatesInModule(code, id) {
  if (!/\b(html|css|svg)\b/.test(code)) return null;
  const ast = parseAst(code);
  const tags = new Map(); // local name → 'html' | 'css'
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration' || !litModule.test(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      const imported = specifier.imported?.name;
      if (specifier.type === 'ImportSpecifier' && tagKinds[imported]) {
        tags.set(specifier.local.name, tagKinds[imported]);
      }
    }
  }
  if (tags.size === 0) return null;
  const magic = new MagicString(code);
  const warnings = [];
  let changed = false;
  for (const node of nodes(ast)) {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') continue;
    const kind = tags.get(node.tag.name);
    if (!kind) continue;
    const quasis = node.quasi.quasis;
    for (const quasi of quasis) {
      if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) {
        throw new Error(`minify-templates: template offsets do not match the source in ${id}`);
      }
    }
    let replacement;
    if (kind === 'css') {
      if (quasis.some((quasi) => typeof quasi.value.cooked !== 'string')) continue;
      const result = minifyCssParts(
        quasis.map((quasi) => quasi.value.cooked),
        id,
      );
      replacement = typeof result === 'string' ? result : result.map(toRaw);
    } else {
      replacement = minifyHtmlParts(quasis.map((quasi) => quasi.value.raw));
    }
    if (typeof replacement === 'string') {
      const line = code.slice(0, node.start).split('\n').length;
      warnings.push(`${kind}\`\` template at line ${line} left as written: ${replacement}`);
      continue;
    }
    for (const [index, quasi] of quasis.entries()) {
      const next = replacement[index];
      if (next === quasi.value.raw) continue;
      changed = true;
      if (quasi.start === quasi.end) magic.appendLeft(quasi.start, next);
      else if (next === '') magic.remove(quasi.start, quasi.end);
      else magic.overwrite(quasi.start, quasi.end, next);
    }
  }
  if (!changed) return warnings.length ? { code, map: null, warnings } : null;
  return {
    code: magic.toString(),
    map: magic.generateMap({ source: id, hires: 'boundary', includeContent: false }),
    warnings,
  };
}

/**
 * The Vite plugin: minifies the Lit templates of every module under `srcDir` whose file
 * name ends in `.ts`, in library builds (`build.lib` set) only.
 */
export function minifyTemplates({ srcDir }) {
  const inSrc = (id) => id.startsWith(srcDir) && !/\.(test|spec|stories|d)\.ts$/.test(id);
  return {
    name: 'circ:minify-templates',
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    transform: {
      filter: { id: /\.ts$/ },
      handler(code, id) {
        if (!inSrc(id)) return null;
        const result = minifyTemplatesInModule(code, id);
        if (!result) return null;
        for (const warning of result.warnings) this.warn(warning);
        return result.map ? { code: result.code, map: result.map } : null;
      },
    },
  };
}
