import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../price-banner.js';
import {
  accessibilityTree,
  canReadAccessibilityTree,
  nodesWithRole,
} from '../../test-utils/a11y-tree.js';
import { accessibleText, headingsIn } from '../../test-utils/composed-tree.js';
import {
  addIncludes,
  covers,
  heading,
  label,
  offer,
  partOf,
  pricePrefix,
  priceText,
} from '../../test-utils/price-banner-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircPriceBanner } from './price-banner.element.js';

const includesWarning =
  'circ-price-banner: a price is shown but the includes slot is empty; say what the price covers.';

describe('<circ-price-banner>', () => {
  const warnings = useWarnings();

  describe('an honest offer (UK advertising rules)', () => {
    it('promises no result in its default text', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="1950" href="/prices" dismissible></circ-price-banner>`,
      );
      const [builtInHeading, ...otherHeadings] = headingsIn(el);
      expect(otherHeadings).to.have.length(0);
      // The heading names the service and the fixed price (CAP Code 12.1: no result claim).
      expect(builtInHeading!.name).to.equal(heading);
      expect(builtInHeading!.name).to.match(/\bvaricose vein treatment\b/i);
      expect(builtInHeading!.name).to.match(/\bfixed price\b/i);
      // The offer itself is kept: one fixed, transparent price, whatever the method, no hidden fees.
      expect(accessibleText(partOf(el, 'text')!)).to.equal(offer);
      const shown = accessibleText(el);
      expect(shown).to.contain(offer);
      expect(shown).not.to.match(
        /\b(free|become|cures?|cured|curing|guarantee[ds]?|permanent(ly)?|forever|results?)\b/i,
      );
      expect(shown).not.to.match(/\bvein[- ]free\b/i);
    });

    it('labels the banner as an offer, naming the provider when given', async () => {
      const el = await fixture<CircPriceBanner>(html`<circ-price-banner></circ-price-banner>`);
      const labelPart = partOf(el, 'label')!;
      expect(accessibleText(labelPart)).to.equal(label);
      expect(accessibleText(el)).to.equal(`${label} ${heading} ${offer}`);

      el.provider = 'Example Clinic';
      await el.updateComplete;
      expect(accessibleText(partOf(el, 'label')!)).to.equal('An offer from Example Clinic');
      expect(accessibleText(el)).to.equal(`An offer from Example Clinic ${heading} ${offer}`);

      el.provider = 'Other Clinic';
      await el.updateComplete;
      expect(accessibleText(partOf(el, 'label')!)).to.equal('An offer from Other Clinic');

      el.provider = undefined;
      await el.updateComplete;
      expect(accessibleText(partOf(el, 'label')!)).to.equal(label);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('reads provider="Example Clinic" from the attribute, shown above the heading', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner provider="Example Clinic" dismissible></circ-price-banner>`,
      );
      const labelPart = partOf(el, 'label')!;
      const headingElement = partOf(el, 'heading')!;
      expect(accessibleText(labelPart)).to.equal('An offer from Example Clinic');
      // Visible, not only announced: it takes space and sits above the heading.
      const labelBox = labelPart.getBoundingClientRect();
      expect(labelBox.height).to.be.greaterThan(0);
      expect(labelBox.bottom).to.be.at.most(headingElement.getBoundingClientRect().top + 0.5);
      expect(getComputedStyle(labelPart).visibility).to.equal('visible');
      // Not part of the heading: the heading's name stays the service.
      expect(headingsIn(el)).to.deep.equal([{ level: 2, name: heading }]);

      el.removeAttribute('provider');
      await el.updateComplete;
      expect(accessibleText(partOf(el, 'label')!)).to.equal(label);
      el.setAttribute('provider', 'Example Clinic');
      await el.updateComplete;
      expect(accessibleText(partOf(el, 'label')!)).to.equal('An offer from Example Clinic');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('reads the offer label before the heading in Chromium’s accessibility tree', async function () {
      // Firefox and WebKit expose no accessibility tree to tests; the label's order in the
      // flattened tree is checked in every engine by the tests above.
      if (!canReadAccessibilityTree) this.skip();
      await fixture<CircPriceBanner>(
        html`<circ-price-banner provider="Example Clinic" heading-level="3"></circ-price-banner>`,
      );
      const tree = await accessibilityTree('circ-price-banner');
      const texts = nodesWithRole(tree, 'StaticText').map((node) => node.name ?? '');
      const labelIndex = texts.indexOf('An offer from Example Clinic');
      const headingIndex = texts.indexOf(heading);
      expect(labelIndex, texts.join(' | ')).to.be.at.least(0);
      expect(headingIndex, texts.join(' | ')).to.be.greaterThan(labelIndex);
      expect(nodesWithRole(tree, 'heading').map((node) => node.name)).to.deep.equal([heading]);
    });

    it('shows the provider name as text, never as HTML', async () => {
      const markup = '<b>x</b>';
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner provider=${markup}></circ-price-banner>`,
      );
      expect(el.getAttribute('provider')).to.equal('<b>x</b>');
      const labelPart = partOf(el, 'label')!;
      expect(accessibleText(labelPart)).to.equal('An offer from <b>x</b>');
      expect(labelPart.querySelectorAll('*')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('b')).to.have.length(0);

      el.provider = '<img src=x onerror=alert(1)>';
      await el.updateComplete;
      expect(accessibleText(partOf(el, 'label')!)).to.equal(
        'An offer from <img src=x onerror=alert(1)>',
      );
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    });

    it('trims the provider name', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner provider="  Example Clinic  "></circ-price-banner>`,
      );
      expect(accessibleText(partOf(el, 'label')!)).to.equal('An offer from Example Clinic');
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const given of ['   ', '']) {
      it(`falls back to "Offer" with one warning for provider=${JSON.stringify(given)}`, async () => {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner provider=${given}></circ-price-banner>`,
        );
        el.dismissible = true; // a second render must not warn again
        await el.updateComplete;
        el.provider = ' \t ';
        await el.updateComplete;
        expect(accessibleText(partOf(el, 'label')!)).to.equal(label);
        expect(warnings.messages).to.deep.equal([
          'circ-price-banner: provider is empty; the label reads "Offer" without a name.',
        ]);
      });
    }

    for (const provider of [undefined, 'Example Clinic']) {
      it(`is accessible ${provider ? 'with' : 'without'} a provider`, async () => {
        const el = await fixture<CircPriceBanner>(html`
          <circ-price-banner
            provider=${provider ?? nothing}
            price="1950"
            href="/prices"
            dismissible
          >
            <ul slot="includes">
              <li>Your consultation and scan</li>
            </ul>
          </circ-price-banner>
        `);
        expect(accessibleText(partOf(el, 'label')!)).to.equal(
          provider ? `An offer from ${provider}` : label,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('labels the price as including any VAT and all fees', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="1950">${covers}</circ-price-banner>`,
      );
      expect(priceText(el)).to.equal('Fixed price, including any VAT and all fees: £1,950');
      // Medical care is often VAT-exempt: never assert that VAT is charged.
      expect(accessibleText(el)).not.to.match(/including VAT|plus VAT|\+ ?VAT|VAT charged/i);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('warns once when a price is shown without saying what it includes', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="1950" href="/prices"></circ-price-banner>`,
      );
      expect(priceText(el)).to.equal(`${pricePrefix} £1,950`);
      expect(warnings.messages).to.deep.equal([includesWarning]);
      expect(warnings.messages[0]).to.match(/^circ-price-banner: .*\bincludes slot is empty\b/);

      // Re-renders, a new price and a locale-independent change: still one warning.
      el.dismissible = true;
      await el.updateComplete;
      el.ctaLabel = 'See our prices';
      await el.updateComplete;
      el.price = 2000;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([includesWarning]);

      // Saying what it covers afterwards raises nothing new; nor does taking it away again.
      const paragraph = await addIncludes(el);
      expect(accessibleText(el)).to.contain('The price includes aftercare.');
      const changed = oneEvent(el.shadowRoot!, 'slotchange');
      paragraph.remove();
      await changed;
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([includesWarning]);
    });

    it('does not warn about includes when the includes slot has content', async () => {
      const el = await fixture<CircPriceBanner>(html`
        <circ-price-banner price="1950" href="/prices">
          <ul slot="includes">
            <li>Your consultation and scan</li>
          </ul>
        </circ-price-banner>
      `);
      el.price = 2400;
      await el.updateComplete;
      expect(priceText(el)).to.equal(`${pricePrefix} £2,400`);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('does not warn about includes when no price is shown, until one is', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner href="/prices"></circ-price-banner>`,
      );
      el.dismissible = true;
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([]);
      el.price = 1950;
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([includesWarning]);
    });

    it('gives only the invalid-price warning for an invalid price with an empty includes slot', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="abc" href="/prices"></circ-price-banner>`,
      );
      el.dismissible = true;
      await el.updateComplete;
      expect(priceText(el)).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([
        'circ-price-banner: price "abc" is not a number; the price is hidden.',
      ]);
    });
  });
});
