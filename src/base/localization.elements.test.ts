import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../index.js';
import { accessibleText } from '../test-utils/composed-tree.js';
import { resetPageLanguage, setPageLanguage } from '../test-utils/page-language.js';

/** Every element, in states that show all of its built-in text. */
const elements: [string, () => TemplateResult][] = [
  ['circ-explainer', () => html`<circ-explainer topic="when-to-seek-help" open></circ-explainer>`],
  ['circ-comparison', () => html`<circ-comparison with-critical></circ-comparison>`],
  [
    'circ-symptom-checklist',
    () =>
      html`<circ-symptom-checklist
        audience="clinician"
        .answers=${{
          walkingPain: true,
          startsAtRest: false,
          uphillOrHurrying: true,
          ordinaryPace: true,
          easesWithin10Min: true,
          sites: ['calf'],
          redFlags: ['rest-pain'],
        }}
      ></circ-symptom-checklist>`,
  ],
  ['circ-care-card', () => html`<circ-care-card urgency="emergency"></circ-care-card>`],
  ['circ-sources', () => html`<circ-sources only="nice-cg147"></circ-sources>`],
  [
    'circ-price-banner',
    () => html`<circ-price-banner price="1950" href="/prices" dismissible></circ-price-banner>`,
  ],
  ['circ-walking-plan', () => html`<circ-walking-plan start="2026-12-07"></circ-walking-plan>`],
];

/**
 * What a reader sees of the element's own text: citation markers and source references
 * are left out, because bibliographic titles stay in their original language.
 */
function ownText(el: Element): string {
  const clone = document.createElement('div');
  clone.append(...Array.from(el.shadowRoot!.children, (child) => child.cloneNode(true) as Element));
  // Dates (`<time>`) are written by the browser's Intl, whose data may lack a locale:
  // Debian's Chromium has no Welsh dates, so the elements write them in British English.
  clone.querySelectorAll('.citations, ol > li, style, time').forEach((node) => node.remove());
  document.body.append(clone);
  const text = accessibleText(clone);
  clone.remove();
  return text;
}

/**
 * English sentences and phrases of `minWords` words or more. Single medical terms may stay
 * in brackets after their translation, so the check looks at phrases, not words.
 */
function englishPhrases(text: string, minWords: number): string[] {
  return text
    .split(/[.:?!]\s+|\n/)
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.split(/\s+/).length >= minWords && /[a-z]/i.test(phrase));
}

/**
 * Whether `phrase` is the walking plan's first date as the elements write it in British
 * English because this browser's Intl has no data for `locale` (Debian's Chromium has no
 * Welsh dates): the date is Intl's to translate, not ours.
 */
function isBritishFallbackDate(phrase: string, locale: string): boolean {
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0) return false;
  const start = new Date('2026-12-07T00:00:00Z');
  return (
    phrase ===
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(start)
  );
}

describe('every element in every locale', () => {
  afterEach(() => resetPageLanguage());

  for (const [tag, template] of elements) {
    for (const [locale, dir] of [
      ['cy', 'ltr'],
      ['pl', 'ltr'],
      ['ur', 'rtl'],
    ] as const) {
      it(`${tag} speaks ${locale} with no English left, and is accessible`, async () => {
        const el = await fixture(template());
        // <circ-sources> has only short labels of its own ("Last reviewed").
        const english = englishPhrases(ownText(el), tag === 'circ-sources' ? 2 : 4);
        expect(english.length, 'the English version has text to compare').to.be.greaterThan(0);

        await setPageLanguage(locale, dir);
        const translated = ownText(el);
        const leftOver = english.filter(
          (phrase) => translated.includes(phrase) && !isBritishFallbackDate(phrase, locale),
        );
        expect(leftOver.join(' | '), `English left in ${locale}`).to.equal('');
        // No XML escapes from the translation files may reach the reader ("A&amp;E").
        expect(translated).not.to.match(/&(?:amp|lt|gt|quot|apos);/);
        // Right to left (and long Welsh or Polish words) must not push anything sideways.
        expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(el.clientWidth);
        // The content's language is the page's, so screen readers pick the right voice.
        expect(el.closest('[lang]')!.getAttribute('lang')).to.equal(locale);
        await expect(el).to.be.accessible();
      });
    }
  }
});
