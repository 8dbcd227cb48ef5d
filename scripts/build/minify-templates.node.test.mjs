// node --test: the template minifier of vite.config.ts (scripts/build/minify-templates.mjs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssParts, minifyHtmlParts, minifyTemplatesInModule } from './minify-templates.mjs';

const html = (...parts) => minifyHtmlParts(parts);
const css = (...parts) => minifyCssParts(parts);

describe('html`` templates: whitespace', () => {
  it('keeps one character between words and inline elements', () => {
    assert.deepEqual(html('<span>a</span>\n    <a href="#">b</a>  c'), [
      '<span>a</span>\n<a href="#">b</a> c',
    ]);
    assert.deepEqual(html('Some\n      words  here'), ['Some\nwords here']);
    assert.deepEqual(html('<label>', '</label> '), ['<label>', '</label> ']);
  });

  it('never drops whitespace from text, next to block-level elements neither', () => {
    // textContent, whitespace runs collapsed, reads as it did: no word runs into the next.
    assert.deepEqual(html('\n  <div>\n    <h3>A</h3>\n    <p>\n      B\n    </p>\n  </div>\n'), [
      '\n<div>\n<h3>A</h3>\n<p>\nB\n</p>\n</div>\n',
    ]);
    assert.deepEqual(html('<ul>\n  <li>', '</li>\n  <li>', '</li>\n</ul>'), [
      '<ul>\n<li>',
      '</li>\n<li>',
      '</li>\n</ul>',
    ]);
    assert.deepEqual(html('\n  ', '\n  ', '\n  <slot></slot>\n'), [
      '\n',
      '\n',
      '\n<slot></slot>\n',
    ]);
    assert.deepEqual(html('<', ' part="x">', '</', '>'), ['<', ' part="x">', '</', '>']);
  });

  it('leaves <pre>, <textarea> and attribute values as written', () => {
    assert.deepEqual(html('<div>\n  <pre>  a\n   b  </pre>\n</div>'), [
      '<div>\n<pre>  a\n   b  </pre>\n</div>',
    ]);
    assert.deepEqual(html('<textarea>\n  x  </textarea>'), ['<textarea>\n  x  </textarea>']);
    assert.deepEqual(html('<p title="two  spaces\n here" class=\'a  b\'>x</p>'), [
      '<p title="two  spaces\n here" class=\'a  b\'>x</p>',
    ]);
  });

  it('collapses whitespace between attributes, keeping the space before />', () => {
    assert.deepEqual(html('<input\n    type="radio"\n    name=', '\n    .checked=', '\n  />'), [
      '<input type="radio" name=',
      ' .checked=',
      ' />',
    ]);
    assert.deepEqual(html('<span\n  >', '</span\n  >'), ['<span>', '</span>']);
  });

  it('drops comments, unless an expression is inside', () => {
    assert.deepEqual(html('<p>a <!-- note --> b</p>'), ['<p>a b</p>']);
    assert.deepEqual(html('<p>a <!-- note -->\n  b<!-- c -->c</p>'), ['<p>a\nbc</p>']);
    assert.deepEqual(html('<p><!-- ', ' --></p>'), ['<p><!-- ', ' --></p>']);
  });

  it('refuses what it cannot do safely', () => {
    assert.equal(typeof html('a\\\n  b'), 'string');
    assert.equal(typeof html('<p title="x>'), 'string');
    assert.equal(typeof html('<pre>never closed'), 'string');
  });
});

describe('css`` templates: Lightning CSS around expressions', () => {
  it('minifies a stylesheet and drops comments', () => {
    assert.deepEqual(
      css('\n  /* why */\n  .a {\n    color: #ffffff;\n    margin: 0 0 0 0;\n  }\n'),
      ['.a{color:#fff;margin:0}'],
    );
  });

  it('keeps light-dark(), container queries, :host and ::slotted as they are', () => {
    const [out] = css(
      ':host { color: light-dark(#000, #fff); } ::slotted(p) { margin: 0 } @container (inline-size < 36rem) { th { display: block } }',
    );
    assert.equal(
      out,
      ':host{color:light-dark(#000,#fff)}::slotted(p){margin:0}@container (inline-size<36rem){th{display:block}}',
    );
  });

  it('minifies a declaration list, keeping its last semicolon', () => {
    assert.deepEqual(css('\n  background: var(--_surface);\n  padding: 1px 1px 1px 1px;\n'), [
      'background:var(--_surface);padding:1px;',
    ]);
    assert.deepEqual(css('color: red'), ['color:red']);
  });

  it('never merges declarations across an expression inside a block', () => {
    // `${box}` may set padding: the padding before it and the one after it stay apart.
    const out = css('.card {\n  padding: 0;\n  ', '\n  padding-top: 1px;\n  margin: 0;\n}');
    assert.deepEqual(out, ['.card{padding:0;', 'margin:0;padding-top:1px}']);
  });

  it('minifies each piece between top-level expressions on its own', () => {
    const out = css('\n  ', '\n  .a { color: red }\n  ', '\n  .a { color: blue }\n');
    assert.deepEqual(out, ['', '.a{color:red}', '.a{color:#00f}']);
  });

  it('refuses an expression inside a value or a selector', () => {
    assert.equal(typeof css('.a { width: ', 'px }'), 'string');
    assert.equal(typeof css('.a ', ' { color: red }'), 'string');
    assert.equal(typeof css('.a { content: "', '" }'), 'string');
  });
});

describe('modules: only Lit template tags', () => {
  it('minifies html, css and lit/static-html tags under any local name', () => {
    const code = [
      "import { css, html as litHtml } from 'lit';",
      "import { html as staticHtml } from 'lit/static-html.js';",
      'const a = litHtml`\n  <p>\n    x\n  </p>\n`;',
      'const b = staticHtml`<${tag}\n  part="heading">${content}</${tag}>`;',
      'const c = css`\n  .a {\n    color: red;\n  }\n`;',
      'const d = html`\n  <p> untouched </p>\n`;',
    ].join('\n');
    const result = minifyTemplatesInModule(code, '/src/x.ts');
    assert.ok(result);
    assert.match(result.code, /const a = litHtml`\n<p>\nx\n<\/p>\n`;/);
    assert.match(
      result.code,
      /const b = staticHtml`<\$\{tag\} part="heading">\$\{content\}<\/\$\{tag\}>`;/,
    );
    assert.match(result.code, /const c = css`\.a\{color:red\}`;/);
    assert.match(result.code, /const d = html`\n {2}<p> untouched <\/p>\n`;/);
    assert.deepEqual(result.warnings, []);
    assert.ok(result.map);
  });

  it('escapes what the minified CSS holds back into template-literal form', () => {
    const code =
      "import { css } from 'lit';\nconst c = css`.a::before { content: '\\\\2014 \\`' }`;";
    const result = minifyTemplatesInModule(code, '/src/x.ts');
    const cooked = new Function('css', `${result.code.replace(/^import.*\n/, '')}; return c;`)(
      (strings) => strings[0],
    );
    assert.match(cooked, /^\.a:before\{content:"(\\2014 |—)`"\}$/);
  });

  it('warns and leaves a template as written when it cannot minify it', () => {
    const code = "import { css } from 'lit';\nconst c = css`.a { width: ${w}px; }`;";
    const result = minifyTemplatesInModule(code, '/src/x.ts');
    assert.equal(result.code, code);
    assert.match(result.warnings[0], /css`` template at line 2 left as written/);
  });
});
