import { expect, fixture, html } from '@open-wc/testing';
import '../../price-banner.js';
import { accessibleText, headingsIn } from '../../test-utils/composed-tree.js';
import {
  covers,
  coversText,
  heading,
  label,
  offer,
  pricePrefix,
  priceText,
} from '../../test-utils/price-banner-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircPriceBanner } from './price-banner.element.js';

describe('<circ-price-banner>', () => {
  const warnings = useWarnings();

  describe('price', () => {
    it('labels a whole price as a fixed price including any VAT and all fees, without decimals', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="1950">${covers}</circ-price-banner>`,
      );
      expect(priceText(el)).to.equal(`${pricePrefix} £1,950`);
      expect(accessibleText(el)).to.equal(
        `${label} ${heading} ${offer} ${pricePrefix} £1,950 ${coversText}`,
      );
      expect(el.price).to.equal(1950);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    for (const [given, shown] of [
      ['1950.5', '£1,950.50'],
      ['1950.05', '£1,950.05'],
      ['0.99', '£0.99'],
      ['1950.00', '£1,950'],
      [' 2400 ', '£2,400'],
      ['1250000', '£1,250,000'],
    ]) {
      it(`shows price="${given}" as ${shown}`, async () => {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner price=${given}>${covers}</circ-price-banner>`,
        );
        expect(priceText(el)).to.equal(`${pricePrefix} ${shown}`);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('follows the property, and accepts a numeric string from a framework', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner>${covers}</circ-price-banner>`,
      );
      el.price = 2400;
      await el.updateComplete;
      expect(priceText(el)).to.equal(`${pricePrefix} £2,400`);
      // Vue, for one, sets `price="1950"` from a template as the string property "1950".
      (el as unknown as { price: string }).price = '1950';
      await el.updateComplete;
      expect(priceText(el)).to.equal(`${pricePrefix} £1,950`);
      el.price = undefined;
      await el.updateComplete;
      expect(priceText(el)).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const [currency, shown] of [
      ['EUR', '€1,950'],
      ['eur', '€1,950'],
      ['USD', 'US$1,950'],
      ['GBP', '£1,950'],
    ]) {
      it(`formats in currency="${currency}" as ${shown}`, async () => {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner price="1950" currency=${currency}>${covers}</circ-price-banner>`,
        );
        expect(priceText(el)).to.equal(`${pricePrefix} ${shown}`);
        expect(warnings.messages).to.deep.equal([]);
      });
    }
  });

  describe('bad price: no figure, the rest still shows, one warning', () => {
    const badAttributes: [string, string][] = [
      ['', 'is not a number'],
      ['   ', 'is not a number'],
      ['abc', 'is not a number'],
      ['1,950', 'is not a number'],
      ['£1950', 'is not a number'],
      ['NaN', 'is not a number'],
      ['Infinity', 'is not a number'],
      ['1e400', 'is not a finite number'],
      ['-5', 'is negative'],
      ['-1950.50', 'is negative'],
      ['0', 'is zero'],
    ];
    for (const [given, problem] of badAttributes) {
      it(`price="${given}"`, async () => {
        const el = await fixture<CircPriceBanner>(html`
          <circ-price-banner price=${given} href="/prices"></circ-price-banner>
        `);
        el.ctaLabel = 'See our prices'; // a second render must not warn again
        await el.updateComplete;

        expect(priceText(el)).to.equal(undefined);
        const text = accessibleText(el);
        expect(text).to.equal(`${label} ${heading} ${offer} See our prices`);
        expect(text).not.to.match(/NaN|Infinity|£|\d/);
        expect(warnings.messages).to.deep.equal([
          `circ-price-banner: price "${given}" ${problem}; the price is hidden.`,
        ]);
      });
    }

    const badProperties: [unknown, string][] = [
      [Number.NaN, 'price "NaN" is not a number'],
      [Infinity, 'price "Infinity" is not a finite number'],
      [-1, 'price "-1" is negative'],
      [0, 'price "0" is zero'],
      ['12abc', 'price "12abc" is not a number'],
    ];
    for (const [value, message] of badProperties) {
      it(`price property ${String(value)}`, async () => {
        const el = await fixture<CircPriceBanner>(html`<circ-price-banner></circ-price-banner>`);
        (el as unknown as { price: unknown }).price = value;
        await el.updateComplete;
        el.dismissible = true;
        await el.updateComplete;
        expect(priceText(el)).to.equal(undefined);
        expect(headingsIn(el)).to.deep.equal([{ level: 2, name: heading }]);
        expect(warnings.messages).to.deep.equal([
          `circ-price-banner: ${message}; the price is hidden.`,
        ]);
      });
    }

    it('warns once per problem and shows the figure again once the price is valid', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="abc">${covers}</circ-price-banner>`,
      );
      el.setAttribute('price', '-3');
      await el.updateComplete;
      el.setAttribute('price', 'abc');
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        'circ-price-banner: price "abc" is not a number; the price is hidden.',
        'circ-price-banner: price "-3" is negative; the price is hidden.',
      ]);
      el.setAttribute('price', '1950');
      await el.updateComplete;
      expect(priceText(el)).to.equal(`${pricePrefix} £1,950`);
      expect(warnings.messages).to.have.length(2);
    });

    it('warns for a second bad price attribute, although both read as NaN', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="abc"></circ-price-banner>`,
      );
      el.setAttribute('price', 'xyz');
      await el.updateComplete;
      expect(priceText(el)).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([
        'circ-price-banner: price "abc" is not a number; the price is hidden.',
        'circ-price-banner: price "xyz" is not a number; the price is hidden.',
      ]);
    });

    it('quotes the property value when it was set after the attribute', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="1950">${covers}</circ-price-banner>`,
      );
      el.price = -20;
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        'circ-price-banner: price "-20" is negative; the price is hidden.',
      ]);
    });

    it('is accessible with an invalid price', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="abc" href="/prices" dismissible></circ-price-banner>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('currency', () => {
    for (const given of ['XYZ', 'pounds', '', 'G B', '£']) {
      it(`falls back to GBP with one warning for currency="${given}"`, async () => {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner price="1950" currency=${given}>${covers}</circ-price-banner>`,
        );
        el.price = 2000;
        await el.updateComplete;
        expect(priceText(el)).to.equal(`${pricePrefix} £2,000`);
        expect(warnings.messages).to.deep.equal([
          `circ-price-banner: currency "${given}" is not a known ISO 4217 currency code; using GBP.`,
        ]);
      });
    }

    it('uses GBP, silently, when the attribute is removed', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="1950" currency="EUR">${covers}</circ-price-banner>`,
      );
      el.removeAttribute('currency');
      await el.updateComplete;
      expect(priceText(el)).to.equal(`${pricePrefix} £1,950`);
      expect(warnings.messages).to.deep.equal([]);
    });
  });
});
