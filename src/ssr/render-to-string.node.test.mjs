// node --test: circulation-elements/ssr, as a partner's server calls it (the built
// dist/ssr/index.js; `npm run build` first). Part of `npm run test:ssr`.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { parse, parseFragment } from 'parse5';
import { renderToString } from '../../dist/ssr/index.js';

/** Every element named `tag` in the output, parsed as a browser would. */
function elementsNamed(root, tag, found = []) {
  for (const child of root.childNodes ?? []) {
    if (child.tagName === tag) found.push(child);
    elementsNamed(child, tag, found);
    if (child.content) elementsNamed(child.content, tag, found);
  }
  return found;
}

/** The declarative shadow root of the first `tag` in `html`, or undefined. */
function shadowRootOf(html, tag) {
  const [host] = elementsNamed(parseFragment(html), tag);
  assert.ok(host, `no <${tag}> in the output`);
  const template = host.childNodes.find(
    (child) => child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'),
  );
  return template?.content;
}

/** The text of a node, as a reader sees it (comments and styles left out, spaces collapsed). */
function textOf(node) {
  const parts = [];
  const walk = (current) => {
    if (current.nodeName === '#text') parts.push(current.value);
    if (current.tagName === 'style') return;
    for (const child of current.childNodes ?? []) walk(child);
    if (current.content) walk(current.content);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function attribute(element, name) {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Captures console.warn while a test runs. */
let warnings;
let originalWarn;
beforeEach(() => {
  warnings = [];
  originalWarn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
});
afterEach(() => {
  console.warn = originalWarn;
});

describe('renderToString: every element as Declarative Shadow DOM', () => {
  it('renders an explainer: its heading, summary and details, in an open shadow root', async () => {
    const html = await renderToString('<circ-explainer topic="treatment"></circ-explainer>');
    const root = shadowRootOf(html, 'circ-explainer');
    assert.ok(root, 'no shadow root');
    const [heading] = elementsNamed(root, 'h2');
    assert.equal(textOf(heading), 'Treatment');
    assert.equal(elementsNamed(root, 'details').length, 1);
    assert.match(textOf(root), /stopping smoking is part of the treatment/);
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
  });

  it('renders a comparison as a real table with column and row headers', async () => {
    const html = await renderToString('<circ-comparison with-critical></circ-comparison>');
    const root = shadowRootOf(html, 'circ-comparison');
    const [table] = elementsNamed(root, 'table');
    assert.ok(table);
    assert.equal(elementsNamed(table, 'caption').length, 1);
    const columns = elementsNamed(table, 'th').filter((th) => attribute(th, 'scope') === 'col');
    assert.deepEqual(
      columns.map(textOf).filter(Boolean),
      ['Ischaemia', 'Intermittent claudication', 'Critical limb ischaemia'].filter((name) =>
        columns.map(textOf).includes(name),
      ),
    );
    assert.ok(columns.length >= 3, `only ${columns.length} column headers`);
    const rows = elementsNamed(table, 'th').filter((th) => attribute(th, 'scope') === 'row');
    assert.ok(rows.length >= 8, `only ${rows.length} row headers`);
  });

  it('renders a checklist: its questions as fieldsets with legends and native inputs', async () => {
    const html = await renderToString('<circ-symptom-checklist></circ-symptom-checklist>');
    const root = shadowRootOf(html, 'circ-symptom-checklist');
    assert.equal(textOf(elementsNamed(root, 'h2')[0]), 'Check your leg symptoms');
    const legends = elementsNamed(root, 'legend').map(textOf);
    assert.deepEqual(legends, [
      'Do any of these apply to you?',
      'Do you get pain or discomfort in one or both legs when you walk?',
    ]);
    const inputs = elementsNamed(root, 'input');
    assert.ok(inputs.length >= 6, `only ${inputs.length} inputs`);
    assert.ok(inputs.every((input) => !input.attrs.some((a) => a.name === 'checked')));
  });

  it('renders a checklist with answers from its attribute: ticked boxes and the nested care card', async () => {
    const html = await renderToString(
      `<circ-symptom-checklist answers='{"redFlags": ["rest-pain"]}'></circ-symptom-checklist>`,
    );
    const root = shadowRootOf(html, 'circ-symptom-checklist');
    const ticked = elementsNamed(root, 'input').filter((input) =>
      input.attrs.some((a) => a.name === 'checked'),
    );
    assert.deepEqual(
      ticked.map((input) => attribute(input, 'value')),
      ['rest-pain'],
    );
    const [card] = elementsNamed(root, 'circ-care-card');
    assert.ok(card, 'no care card in the result');
    assert.equal(attribute(card, 'urgency'), 'urgent');
    const cardRoot = card.childNodes.find((child) => child.tagName === 'template')?.content;
    assert.ok(cardRoot, 'the nested care card has no shadow root');
    assert.match(textOf(cardRoot), /urgent GP appointment/);
  });

  it('renders a care card with its urgency in words, not colour alone', async () => {
    const html = await renderToString('<circ-care-card urgency="emergency"></circ-care-card>');
    const text = textOf(shadowRootOf(html, 'circ-care-card'));
    assert.match(text, /Call 999 or go to A&E now/);
  });

  it('renders a source list and a price banner', async () => {
    const html = await renderToString(
      '<circ-sources only="nice-cg147 nhs-pad"></circ-sources>' +
        '<circ-price-banner price="1950" currency="GBP" provider="Example Vein Clinic">' +
        '<ul slot="includes"><li>Scan</li></ul></circ-price-banner>',
    );
    const list = shadowRootOf(html, 'circ-sources');
    assert.equal(elementsNamed(list, 'li').length, 2);
    assert.match(textOf(list), /CG147/);
    const banner = textOf(shadowRootOf(html, 'circ-price-banner'));
    assert.match(banner, /1,950/);
    assert.match(banner, /Example Vein Clinic/);
  });

  it('renders a walking plan: its help, a ready timer and a dated plan, in the language asked for', async () => {
    const fragment = '<circ-walking-plan start="2026-12-07" weeks="2"></circ-walking-plan>';
    const root = shadowRootOf(await renderToString(fragment), 'circ-walking-plan');
    const text = textOf(root);
    assert.match(text, /agreed with your GP or vascular team/);
    assert.match(text, /Call 999/);
    assert.match(text, /Start walking/);
    assert.equal(elementsNamed(root, 'tr').length, 1 + 2 * 3 + 0, 'header row and 2 × 3 rows');
    assert.match(text, /Mon 7 Dec/);
    assert.doesNotMatch(text, /NaN|Invalid Date/);
    const welsh = textOf(
      shadowRootOf(await renderToString(fragment, { locale: 'cy' }), 'circ-walking-plan'),
    );
    assert.doesNotMatch(welsh, /Start walking/);
    assert.match(
      welsh,
      new RegExp(
        new Intl.DateTimeFormat('cy', {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          timeZone: 'UTC',
        }).format(Date.UTC(2026, 11, 7)),
      ),
    );
  });
});

describe('renderToString: the page around our elements', () => {
  it('leaves every byte outside our elements as written, and the light DOM too', async () => {
    const page =
      '<!doctype html>\n<html lang="en-GB"><head><title>Clinic &amp; more</title></head>\n' +
      "<body class=x>\n  <p title='single'>Before <b>bold</b></p>\n" +
      '  <circ-explainer   topic="ischaemia"><a slot="footer" href="/book">Book  now</a></circ-explainer>\n' +
      '  <my-widget data-x="1"></my-widget><circ-unknown-thing a="b">kept</circ-unknown-thing>\n' +
      '</body></html>\n';
    const html = await renderToString(page);
    const withoutShadowRoot = html.replace(
      /<template shadowroot="open" shadowrootmode="open">[\s\S]*<\/template>(?=<a slot="footer")/,
      '',
    );
    assert.equal(withoutShadowRoot, page);
  });

  it('returns a fragment without our elements unchanged', async () => {
    const fragment = '<p>Nothing of ours <my-el></my-el></p>';
    assert.equal(await renderToString(fragment), fragment);
  });

  it("renders an element of ours inside another one's light DOM with its own shadow root", async () => {
    const html = await renderToString(
      '<circ-explainer topic="treatment"><div slot="footer"><circ-care-card urgency="urgent"></circ-care-card></div></circ-explainer>',
    );
    const [card] = elementsNamed(parseFragment(html), 'circ-care-card');
    const template = card.childNodes.find((child) => child.tagName === 'template');
    assert.ok(template, 'the nested care card has no shadow root');
    assert.match(textOf(template.content), /urgent GP appointment/);
  });

  it('renders a page twice to the same result (an old shadow root is replaced)', async () => {
    const once = await renderToString('<circ-care-card urgency="urgent"></circ-care-card>');
    assert.equal(await renderToString(once), once);
  });
});

describe('renderToString: styles', () => {
  it("puts each shadow root's styles in it as a <style> by default", async () => {
    const html = await renderToString('<circ-symptom-checklist></circ-symptom-checklist>');
    assert.equal(elementsNamed(shadowRootOf(html, 'circ-symptom-checklist'), 'style').length, 1);
  });

  it('leaves every <style> out with inlineStyles: false (for a CSP without inline styles)', async () => {
    const html = await renderToString(
      '<circ-explainer topic="treatment"><circ-care-card slot="footer" urgency="urgent"></circ-care-card></circ-explainer>',
      { inlineStyles: false },
    );
    assert.doesNotMatch(html, /<style/);
    assert.match(textOf(shadowRootOf(html, 'circ-explainer')), /stopping smoking/);
    assert.match(textOf(shadowRootOf(html, 'circ-care-card')), /urgent GP appointment/);
  });

  it('leaves out styles holding a "<" too (the narrow layouts\' container queries)', async () => {
    const html = await renderToString(
      '<circ-comparison></circ-comparison><circ-walking-plan weeks="1"></circ-walking-plan>',
      { inlineStyles: false },
    );
    assert.doesNotMatch(html, /<style/);
    assert.match(textOf(shadowRootOf(html, 'circ-walking-plan')), /Walking plan/);
  });
});

describe('renderToString: slots', () => {
  it('shows partner content instead of the built-in body when the default slot is filled', async () => {
    const html = await renderToString(
      '<circ-explainer topic="treatment"><p>Our own words.</p></circ-explainer>',
    );
    const root = shadowRootOf(html, 'circ-explainer');
    assert.doesNotMatch(textOf(root), /stopping smoking/);
    assert.equal(
      elementsNamed(root, 'slot').some((slot) => !attribute(slot, 'name')),
      true,
    );
    assert.match(html, /<p>Our own words\.<\/p><\/circ-explainer>/);
  });

  it('keeps the built-in body when the default slot holds only whitespace', async () => {
    const html = await renderToString('<circ-explainer topic="treatment">\n  </circ-explainer>');
    assert.match(textOf(shadowRootOf(html, 'circ-explainer')), /stopping smoking/);
  });

  it('never leaves its own slot bookkeeping in the output', async () => {
    const html = await renderToString(
      '<circ-care-card urgency="urgent"><span slot="heading">Call us</span></circ-care-card>',
    );
    assert.doesNotMatch(html, /data-circ-slots/);
  });
});

describe('renderToString: locales', () => {
  const emergency = {
    'en-GB': 'Call 999 or go to A&E now',
    cy: "Ffoniwch 999 neu ewch i'r Adran Achosion Brys (A&E) nawr",
    pl: 'Natychmiast zadzwoń pod numer 999 lub udaj się na szpitalny oddział ratunkowy (A&E)',
    ur: 'ابھی 999 پر کال کریں یا A&E (ہسپتال کا ایمرجنسی شعبہ) جائیں',
  };
  for (const [locale, heading] of Object.entries(emergency)) {
    it(`renders in ${locale}`, async () => {
      const html = await renderToString('<circ-care-card urgency="emergency"></circ-care-card>', {
        locale,
      });
      assert.ok(textOf(shadowRootOf(html, 'circ-care-card')).includes(heading));
    });
  }

  it('takes a regional tag of a supported language (cy-GB)', async () => {
    const html = await renderToString('<circ-symptom-checklist></circ-symptom-checklist>', {
      locale: 'cy-GB',
    });
    assert.match(textOf(shadowRootOf(html, 'circ-symptom-checklist')), /Gwiriwch symptomau/);
  });

  it('refuses a locale it cannot speak, with a RangeError naming it', async () => {
    await assert.rejects(
      renderToString('<circ-care-card urgency="urgent"></circ-care-card>', { locale: 'fr' }),
      (error) => error instanceof RangeError && /"fr"/.test(error.message),
    );
  });

  it('renders concurrent calls each in its own locale', async () => {
    const fragment = '<circ-symptom-checklist></circ-symptom-checklist>';
    const [welsh, english, polish] = await Promise.all([
      renderToString(fragment, { locale: 'cy' }),
      renderToString(fragment),
      renderToString(fragment, { locale: 'pl' }),
    ]);
    assert.match(welsh, /Gwiriwch symptomau/);
    assert.match(english, /Check your leg symptoms/);
    assert.match(polish, /Sprawdź objawy w nogach/);
  });
});

describe('renderToString: citations', () => {
  const markers = (html, tag) =>
    elementsNamed(shadowRootOf(html, tag), 'a').filter((a) => attribute(a, 'class') === 'cite');

  it('numbers markers from a <circ-sources> later in the same fragment, linking to its entries', async () => {
    const html = await renderToString(
      '<circ-explainer topic="treatment"></circ-explainer><circ-sources only="nice-cg147"></circ-sources>',
    );
    const listed = markers(html, 'circ-explainer').filter((a) =>
      (attribute(a, 'data-source-ids') ?? '').split(' ').includes('nice-cg147'),
    );
    assert.ok(listed.length > 0);
    for (const marker of listed) {
      // One marker per statement, named briefly; only the list's numbers (issue 17).
      assert.equal(attribute(marker, 'href'), '#circ-source-nice-cg147');
      assert.equal(textOf(marker), '[1]');
      assert.equal(attribute(marker, 'aria-label'), 'Source 1');
    }
  });

  it('without a list, links each marker to its source, numbered among the built-in sources', async () => {
    const html = await renderToString('<circ-explainer topic="treatment"></circ-explainer>');
    const all = markers(html, 'circ-explainer');
    assert.ok(all.length > 0);
    assert.ok(all.every((a) => /^https:\/\//.test(attribute(a, 'href'))));
  });

  it('forgets the list once the render is done', async () => {
    await renderToString('<circ-sources only="nice-cg147"></circ-sources>');
    const html = await renderToString('<circ-explainer topic="treatment"></circ-explainer>');
    assert.ok(markers(html, 'circ-explainer').every((a) => !attribute(a, 'href').startsWith('#')));
  });
});

describe('renderToString: bad input', () => {
  it('renders a bad attribute as the browser does, with one warning naming element and value', async () => {
    const html = await renderToString('<circ-explainer topic="nope"><p>Ours</p></circ-explainer>');
    const root = shadowRootOf(html, 'circ-explainer');
    assert.equal(elementsNamed(root, 'details').length, 0);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^circ-explainer: topic "nope"/);
  });

  it('warns about a bad heading-level once and renders the default level', async () => {
    const html = await renderToString(
      '<circ-care-card urgency="urgent" heading-level="nine"></circ-care-card>',
    );
    // A care card's default level is 3 (it usually sits under a page's h2).
    assert.equal(elementsNamed(shadowRootOf(html, 'circ-care-card'), 'h3').length, 1);
    assert.equal(warnings.filter((w) => w.includes('heading-level "nine"')).length, 1);
  });

  it('never throws on markup a browser would forgive', async () => {
    const html = await renderToString('<circ-care-card urgency=urgent><p>unclosed');
    assert.ok(shadowRootOf(html, 'circ-care-card'));
    assert.ok(html.endsWith('<p>unclosed'));
  });

  it('parses a whole page as a document', async () => {
    const html = await renderToString(
      '<!DOCTYPE html><html lang="cy"><body><circ-care-card urgency="urgent"></circ-care-card></body></html>',
    );
    const [card] = elementsNamed(parse(html), 'circ-care-card');
    assert.ok(card.childNodes.some((child) => child.tagName === 'template'));
  });
});
