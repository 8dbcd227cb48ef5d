import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { explainerTopics } from '../content/explainer/topics.js';
import { headingsIn } from '../test-utils/composed-tree.js';
import { resetPageLanguage, setPageLanguage } from '../test-utils/page-language.js';
import { resolveLocale } from './locale-codes.js';
import { getLocale, localeReady, setLocale } from './localization.js';

const titleOf = (el: Element) => headingsIn(el)[0]?.name;
const englishTitle = () => {
  // The source text, whatever the active locale: read with the source locale active.
  return 'Ischaemia';
};

describe('localization', () => {
  afterEach(() => resetPageLanguage());

  describe('resolveLocale', () => {
    const cases: [string | null, string][] = [
      ['en-GB', 'en-GB'],
      ['en', 'en-GB'],
      ['en-US', 'en-GB'],
      ['cy', 'cy'],
      ['cy-GB', 'cy'],
      ['CY_gb', 'cy'],
      ['pl-PL', 'pl'],
      ['ur-PK', 'ur'],
      ['fr', 'en-GB'],
      ['', 'en-GB'],
      [null, 'en-GB'],
      ['not a tag!', 'en-GB'],
    ];
    for (const [tag, locale] of cases) {
      it(`maps ${JSON.stringify(tag)} to ${locale}`, () => {
        expect(resolveLocale(tag)).to.equal(locale);
      });
    }
  });

  describe('following <html lang>', () => {
    it('switches the text when the page language changes, and back', async () => {
      const el = await fixture(html`<circ-explainer></circ-explainer>`);
      expect(titleOf(el)).to.equal(englishTitle());

      await setPageLanguage('cy');
      expect(getLocale()).to.equal('cy');
      const welsh = titleOf(el);
      expect(welsh).to.be.a('string').and.not.equal(englishTitle());

      await setPageLanguage('pl');
      expect(titleOf(el)).not.to.equal(welsh);
      expect(titleOf(el)).not.to.equal(englishTitle());

      await setPageLanguage('en-GB');
      expect(titleOf(el)).to.equal(englishTitle());
    });

    it('follows region subtags: cy-GB speaks Welsh, en-US British English', async () => {
      const el = await fixture(html`<circ-explainer></circ-explainer>`);
      await setPageLanguage('cy');
      const welsh = titleOf(el);
      await setPageLanguage('en-US');
      expect(getLocale()).to.equal('en-GB');
      expect(titleOf(el)).to.equal(englishTitle());
      await setPageLanguage('cy-GB');
      expect(getLocale()).to.equal('cy');
      expect(titleOf(el)).to.equal(welsh);
    });

    it('falls back to British English for a language it does not speak', async () => {
      const el = await fixture(html`<circ-explainer></circ-explainer>`);
      await setPageLanguage('fr');
      expect(getLocale()).to.equal('en-GB');
      expect(titleOf(el)).to.equal(englishTitle());
      // English text on a French page says it is English, for screen readers.
      expect(el.getAttribute('lang')).to.equal('en-GB');
    });

    it('inherits the page language when it matches, adding no attributes', async () => {
      await setPageLanguage('pl');
      const el = await fixture(html`<circ-explainer></circ-explainer>`);
      expect(el.hasAttribute('lang')).to.equal(false);
      expect(el.hasAttribute('dir')).to.equal(false);
    });
  });

  it("lets the checklist's care card inherit the language through the checklist's shadow root", async () => {
    await setPageLanguage('en-GB');
    const el = await fixture<HTMLElementTagNameMap['circ-symptom-checklist']>(
      html`<circ-symptom-checklist
        answers='{"redFlags": ["rest-pain"], "walkingPain": null}'
      ></circ-symptom-checklist>`,
    );
    const card = el.shadowRoot!.querySelector('circ-care-card')!;
    await card.updateComplete;
    // The page's language fits: neither the checklist nor the card inside it needs its own.
    expect(card, 'the result shows a care card').to.exist;
    expect(card.getAttribute('lang'), 'no lang on the card').to.equal(null);
    expect(card.getAttribute('dir'), 'no dir on the card').to.equal(null);

    await setLocale('ur');
    await el.updateComplete;
    // The result is rendered again in Urdu, with a new card.
    const urduCard = el.shadowRoot!.querySelector('circ-care-card')!;
    await urduCard.updateComplete;
    // Only the checklist is marked; the card inside inherits from it.
    expect(el.getAttribute('lang')).to.equal('ur');
    expect(urduCard.getAttribute('lang'), 'no lang on the card in Urdu').to.equal(null);
    expect(urduCard.getAttribute('dir'), 'no dir on the card in Urdu').to.equal(null);
    await setLocale('en-GB');
  });

  describe('setLocale and getLocale', () => {
    it('switch every element, and mark content that differs from the page language', async () => {
      await setPageLanguage('en-GB');
      const el = await fixture<HTMLElementTagNameMap['circ-explainer']>(
        html`<circ-explainer></circ-explainer>`,
      );
      await setLocale('ur');
      await el.updateComplete;
      expect(getLocale()).to.equal('ur');
      expect(titleOf(el)).not.to.equal(englishTitle());
      expect(el.getAttribute('lang')).to.equal('ur');
      expect(el.getAttribute('dir')).to.equal('rtl');

      await setLocale('en-GB');
      await el.updateComplete;
      expect(el.hasAttribute('lang')).to.equal(false);
      expect(el.hasAttribute('dir')).to.equal(false);
    });

    it('never throws for an unknown locale: British English', async () => {
      await setLocale('xx-invalid');
      expect(getLocale()).to.equal('en-GB');
    });

    it('lets the latest request win when switches overlap', async () => {
      const first = setLocale('cy');
      const second = setLocale('pl');
      await Promise.all([first, second, localeReady()]);
      expect(getLocale()).to.equal('pl');
    });
  });

  describe('numbers and dates', () => {
    it('formats dates in the active locale', async () => {
      const el = await fixture(html`<circ-sources only="nice-cg147"></circ-sources>`);
      const englishDate = el.shadowRoot!.querySelector('time')!.textContent;
      await setPageLanguage('pl');
      const polishDate = el.shadowRoot!.querySelector('time')!.textContent;
      expect(englishDate).to.equal('1 December 2026');
      expect(polishDate).to.equal(
        new Intl.DateTimeFormat('pl', { dateStyle: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2026, 11, 1),
        ),
      );
    });

    it('formats prices in the active locale', async () => {
      const el = await fixture(html`<circ-price-banner price="1950.5"></circ-price-banner>`);
      await setPageLanguage('pl');
      const price = el.shadowRoot!.querySelector('[part~="price"]')!.textContent!;
      const expected = new Intl.NumberFormat('pl', { style: 'currency', currency: 'GBP' }).format(
        1950.5,
      );
      expect(price.replace(/\s/g, ' ')).to.contain(expected.replace(/\s/g, ' '));
    });
  });

  describe('right to left', () => {
    it('mirrors the explainer: the detail bar and the toggle marker sit on the right', async () => {
      await setPageLanguage('ur', 'rtl');
      const el = await fixture(html`<circ-explainer open></circ-explainer>`);
      const body = el.shadowRoot!.querySelector<HTMLElement>('.details-body')!;
      expect(getComputedStyle(body).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(body).borderLeftWidth).to.equal('0px');
      const host = el.getBoundingClientRect();
      expect(body.getBoundingClientRect().right).to.be.closeTo(host.right - 17, 2);
      await expect(el).to.be.accessible();
    });

    it('mirrors the comparison table: row headers on the right, no overflow', async () => {
      await setPageLanguage('ur', 'rtl');
      const wrapper = await fixture(html`
        <div>
          <style>
            .wide {
              inline-size: 720px;
            }
          </style>
          <div class="wide"><circ-comparison></circ-comparison></div>
        </div>
      `);
      const el = wrapper.querySelector('circ-comparison')!;
      await el.updateComplete;
      const rowHeader = el.shadowRoot!.querySelector('th[scope="row"]')!.getBoundingClientRect();
      const cell = el.shadowRoot!.querySelector('tbody td')!.getBoundingClientRect();
      expect(rowHeader.left).to.be.greaterThan(cell.left);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });
  });

  it('keeps the source text available for the content gates', () => {
    expect(explainerTopics.ischaemia.title()).to.be.a('string');
  });
});
