import { expect, fixture, html } from '@open-wc/testing';
import '../../price-banner.js';
import { accessibleText, headingsIn } from '../../test-utils/composed-tree.js';
import {
  addIncludes,
  buttonsIn,
  covers,
  ctaLabel,
  heading,
  label,
  linksIn,
  offer,
  partOf,
  pricePrefix,
  priceText,
} from '../../test-utils/price-banner-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircPriceBanner } from './price-banner.element.js';

describe('<circ-price-banner>', () => {
  const warnings = useWarnings();

  describe('built-in offer', () => {
    it('shows the offer under a level-2 heading, with no figure, link or button', async () => {
      const el = await fixture<CircPriceBanner>(html`<circ-price-banner></circ-price-banner>`);
      expect(headingsIn(el)).to.deep.equal([{ level: 2, name: heading }]);
      expect(accessibleText(el)).to.equal(`${label} ${heading} ${offer}`);
      expect(priceText(el)).to.equal(undefined);
      expect(linksIn(el).length).to.equal(0);
      expect(buttonsIn(el).length).to.equal(0);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('lets partners replace the heading and the offer text through slots', async () => {
      const el = await fixture<CircPriceBanner>(html`
        <circ-price-banner heading-level="3" price="950">
          <span slot="heading">Varicose vein treatment</span>
          <p>One clear price for your whole treatment.</p>
        </circ-price-banner>
      `);
      expect(headingsIn(el)).to.deep.equal([{ level: 3, name: 'Varicose vein treatment' }]);
      expect(accessibleText(el)).to.equal(
        `${label} Varicose vein treatment One clear price for your whole treatment. ${pricePrefix} £950`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('includes slot', () => {
    it('says what the price covers, after the price and before the call to action', async () => {
      const el = await fixture<CircPriceBanner>(html`
        <circ-price-banner price="1950" href="/prices">
          <ul slot="includes">
            <li>Your consultation and scan</li>
            <li>Treatment of one leg</li>
          </ul>
        </circ-price-banner>
      `);
      expect(accessibleText(el)).to.equal(
        `${label} ${heading} ${offer} ${pricePrefix} £1,950 Your consultation and scan Treatment of one leg ${ctaLabel}`,
      );
      await expect(el).to.be.accessible();
    });

    it('takes no space when empty, and appears when content arrives later', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="1950"></circ-price-banner>`,
      );
      const includes = partOf(el, 'includes')!;
      expect(includes.getBoundingClientRect().height).to.equal(0);

      await addIncludes(el);
      expect(includes.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(accessibleText(el)).to.contain(`${pricePrefix} £1,950 The price includes aftercare.`);
    });
  });

  describe('heading-level', () => {
    for (const level of [3, 4, 5, 6]) {
      it(`renders an h${level} for heading-level="${level}"`, async () => {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner heading-level=${level} dismissible></circ-price-banner>`,
        );
        expect(headingsIn(el)).to.deep.equal([{ level, name: heading }]);
        expect(warnings.messages).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('falls back to h2 with one warning for an invalid level', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner heading-level="7">${covers}</circ-price-banner>`,
      );
      el.price = 5;
      await el.updateComplete;
      expect(headingsIn(el)).to.deep.equal([{ level: 2, name: heading }]);
      expect(warnings.messages).to.deep.equal([
        'circ-price-banner: heading-level "7" is not a whole number from 2 to 6; using 2.',
      ]);
    });
  });
});
