import { expect } from '@open-wc/testing';
import { escapeHtml } from './escape-html.js';

describe('escapeHtml()', () => {
  it('turns every character that could start markup or end an attribute into an entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves other text as it is, accents and right-to-left scripts included', () => {
    expect(escapeHtml('Gwybodaeth – ایمرجنسی ۔ ą')).to.equal('Gwybodaeth – ایمرجنسی ۔ ą');
  });

  it('reads back as the same text when parsed as HTML', () => {
    const text = `1 < 2 && "quotes" 'too' <script>`;
    const element = document.createElement('div');
    element.setAttribute('title', text);
    const parsed = new DOMParser().parseFromString(
      `<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`,
      'text/html',
    ).body.firstElementChild!;
    expect(parsed.textContent).to.equal(text);
    expect(parsed.getAttribute('title')).to.equal(element.getAttribute('title'));
  });
});
