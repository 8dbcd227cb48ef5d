import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../price-banner.js';
import {
  accessibilityTree,
  canReadAccessibilityTree,
  nodesWithRole,
} from '../../test-utils/a11y-tree.js';
import { accessibleText, headingsIn } from '../../test-utils/composed-tree.js';
import { captureWarnings } from '../../test-utils/warnings.js';
import type { CircPriceBanner } from './price-banner.element.js';

// What a reader gets, in the source locale (en-GB).
const label = 'Offer';
const heading = 'Varicose vein treatment at a fixed price';
const offer =
  'Full treatment at a fixed, transparent price, whatever the treatment method. No hidden fees.';
const ctaLabel = 'Learn more about our prices';
const closeLabel = 'Close the price offer';
const pricePrefix = 'Fixed price, including any VAT and all fees:';
const includesWarning =
  'circ-price-banner: a price is shown but the includes slot is empty; say what the price covers.';

/** What the price covers, as advertising rules want a banner with a price to say. */
const covers = html`<p slot="includes">Consultation, treatment and aftercare.</p>`;
const coversText = 'Consultation, treatment and aftercare.';

/** Slots an "includes" paragraph in after the first render, as a partner's script might. */
async function addIncludes(el: CircPriceBanner): Promise<HTMLParagraphElement> {
  const paragraph = document.createElement('p');
  paragraph.slot = 'includes';
  paragraph.textContent = 'The price includes aftercare.';
  const changed = oneEvent(el.shadowRoot!, 'slotchange');
  el.append(paragraph);
  await changed;
  await el.updateComplete;
  return paragraph;
}

const partOf = (el: CircPriceBanner, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const linksIn = (el: CircPriceBanner) => Array.from(el.shadowRoot!.querySelectorAll('a'));
const buttonsIn = (el: CircPriceBanner) => Array.from(el.shadowRoot!.querySelectorAll('button'));
const priceText = (el: CircPriceBanner) => {
  const price = partOf(el, 'price');
  return price ? accessibleText(price) : undefined;
};

/** A banner inside a wrapper (for focus tests), once it has rendered. */
async function bannerIn(wrapper: HTMLElement): Promise<CircPriceBanner> {
  const el = wrapper.querySelector('circ-price-banner')!;
  await el.updateComplete;
  return el;
}

/** `location.hash` once a navigation has changed it (some engines navigate a tick later), or after 2 s. */
async function hashAfterNavigation(navigation: Promise<unknown>): Promise<string> {
  await Promise.race([navigation, aTimeout(2000)]);
  return location.hash;
}

/**
 * A short name for what is focused or targeted. Compare these, never the nodes: when an
 * assertion on two DOM nodes fails, wtr hangs serialising them instead of reporting.
 */
function nameOf(node: EventTarget | null | undefined): string {
  if (!(node instanceof Element)) return String(node);
  const id = node.id ? `#${node.id}` : '';
  return `<${node.localName}${id}> "${accessibleText(node)}"`;
}

/** The element that has focus, looking through open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<circ-price-banner>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

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

  describe('call to action', () => {
    it('links to href with the built-in label', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner href="https://clinic.example/prices"></circ-price-banner>`,
      );
      const [link, ...others] = linksIn(el);
      expect(others.length).to.equal(0);
      expect(link!.getAttribute('href')).to.equal('https://clinic.example/prices');
      expect(accessibleText(link!)).to.equal(ctaLabel);
      expect(link!.getAttribute('part')).to.equal('cta');
      await expect(el).to.be.accessible();
    });

    it('uses cta-label, and the built-in label (with one warning) when it is blank', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner href="/prices" cta-label="See all our prices"
          >${covers}</circ-price-banner
        >`,
      );
      expect(accessibleText(linksIn(el)[0]!)).to.equal('See all our prices');
      el.ctaLabel = '  ';
      await el.updateComplete;
      el.price = 10;
      await el.updateComplete;
      expect(accessibleText(linksIn(el)[0]!)).to.equal(ctaLabel);
      expect(warnings.messages).to.deep.equal([
        'circ-price-banner: cta-label is empty; using the built-in label.',
      ]);
    });

    it('renders no link, and no warning, without href', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner price="1950" cta-label="Prices">${covers}</circ-price-banner>`,
      );
      expect(linksIn(el).length).to.equal(0);
      expect(accessibleText(el)).not.to.contain('Prices');
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    for (const href of ['mailto:prices@clinic.example', 'tel:+441234567890', '../prices?x=1']) {
      it(`accepts href="${href}"`, async () => {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner href=${href}></circ-price-banner>`,
        );
        expect(linksIn(el)[0]!.getAttribute('href')).to.equal(href);
      });
    }

    for (const href of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,x', '']) {
      it(`leaves the link out with one warning for href=${JSON.stringify(href)}`, async () => {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner href=${href} price="1950">${covers}</circ-price-banner>`,
        );
        el.dismissible = true;
        await el.updateComplete;
        expect(linksIn(el).length).to.equal(0);
        expect(accessibleText(el)).to.equal(
          `${label} ${heading} ${closeLabel} ${offer} ${pricePrefix} £1,950 ${coversText}`,
        );
        expect(warnings.messages).to.deep.equal([
          `circ-price-banner: href "${href}" is not an http(s), mailto, tel or relative URL; the call to action is left out.`,
        ]);
        await expect(el).to.be.accessible();
      });
    }

    describe('circ-cta-click', () => {
      let startUrl: string;
      beforeEach(() => {
        startUrl = location.href;
      });
      afterEach(() => history.replaceState(history.state, '', startUrl));

      it('fires with { href } on click, bubbling out of the shadow root, and the navigation happens', async () => {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner href="#circ-price-banner-cta-click"></circ-price-banner>`,
        );
        const clicks: MouseEvent[] = [];
        const recordClick = (event: MouseEvent) => clicks.push(event);
        window.addEventListener('click', recordClick);
        const fired = oneEvent(document, 'circ-cta-click');
        const navigated = oneEvent(window, 'hashchange');
        try {
          linksIn(el)[0]!.click();
        } finally {
          window.removeEventListener('click', recordClick);
        }
        const event = await fired;

        expect(event.detail).to.deep.equal({ href: '#circ-price-banner-cta-click' });
        expect(event.bubbles && event.composed).to.equal(true);
        expect(nameOf(event.target)).to.equal(nameOf(el));
        expect(clicks).to.have.length(1);
        expect(clicks[0]!.defaultPrevented).to.equal(false);
        expect(await hashAfterNavigation(navigated)).to.equal('#circ-price-banner-cta-click');
      });

      it('fires when the link is activated from the keyboard, and the navigation happens', async () => {
        const wrapper = await fixture<HTMLElement>(html`
          <div>
            <button>Before</button>
            <circ-price-banner href="#circ-price-banner-cta-keyboard"></circ-price-banner>
          </div>
        `);
        const el = await bannerIn(wrapper);
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(nameOf(el.shadowRoot!.activeElement)).to.equal(nameOf(linksIn(el)[0]));

        const fired = oneEvent(el, 'circ-cta-click');
        const navigated = oneEvent(window, 'hashchange');
        await sendKeys({ press: 'Enter' });
        expect((await fired).detail.href).to.equal('#circ-price-banner-cta-keyboard');
        expect(await hashAfterNavigation(navigated)).to.equal('#circ-price-banner-cta-keyboard');
      });
    });
  });

  describe('dismissible', () => {
    it('has no close button unless dismissible', async () => {
      const el = await fixture<CircPriceBanner>(
        html`<circ-price-banner href="/prices"></circ-price-banner>`,
      );
      expect(buttonsIn(el).length).to.equal(0);
    });

    it('has a named close button beside the heading, and stays accessible', async () => {
      const el = await fixture<CircPriceBanner>(html`
        <circ-price-banner dismissible price="1950" href="/prices">
          <p slot="includes">The price includes aftercare.</p>
        </circ-price-banner>
      `);
      const [button, ...others] = buttonsIn(el);
      expect(others.length).to.equal(0);
      expect(button!.type).to.equal('button');
      expect(accessibleText(button!)).to.equal(closeLabel);
      expect(button!.getAttribute('part')).to.equal('close');
      expect(headingsIn(el)).to.deep.equal([{ level: 2, name: heading }]);
      await expect(el).to.be.accessible();
    });

    for (const key of ['Enter', ' ']) {
      it(`closes with ${key === ' ' ? 'Space' : key}, fires circ-dismiss and moves focus to what follows`, async () => {
        const wrapper = await fixture<HTMLElement>(html`
          <div>
            <button id="before">Before</button>
            <circ-price-banner dismissible href="/prices"></circ-price-banner>
            <a id="after" href="#after">After</a>
          </div>
        `);
        const el = await bannerIn(wrapper);
        const close = buttonsIn(el)[0]!;
        wrapper.querySelector<HTMLElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(nameOf(el.shadowRoot!.activeElement)).to.equal(nameOf(close));
        // The focus indicator is visible, not only a colour change of the icon.
        expect(close.matches(':focus-visible')).to.equal(true);
        expect(getComputedStyle(close).boxShadow).not.to.equal('none');

        let hiddenWhenFired: boolean | undefined;
        const fired = new Promise<Event>((resolve) =>
          document.addEventListener(
            'circ-dismiss',
            (event) => {
              hiddenWhenFired = el.hidden;
              resolve(event);
            },
            { once: true },
          ),
        );
        await sendKeys({ press: key });
        const event = await fired;

        expect(nameOf(event.target)).to.equal(nameOf(el));
        expect(event.bubbles && event.composed).to.equal(true);
        expect(hiddenWhenFired).to.equal(true);
        expect(el.getClientRects().length).to.equal(0);
        expect(accessibleText(wrapper)).to.equal('Before After');
        expect(nameOf(document.activeElement)).to.equal(nameOf(wrapper.querySelector('#after')));
      });
    }

    it('moves focus into a following element’s shadow root', async () => {
      const tag = `price-banner-test-next-${Date.now()}`;
      customElements.define(
        tag,
        class extends HTMLElement {
          constructor() {
            super();
            const button = document.createElement('button');
            button.id = 'inside-next';
            button.textContent = 'Inside next';
            this.attachShadow({ mode: 'open' }).append(button);
          }
        },
      );
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <circ-price-banner dismissible></circ-price-banner>
        </div>
      `);
      const next = document.createElement(tag);
      wrapper.append(next);
      const el = await bannerIn(wrapper);
      buttonsIn(el)[0]!.focus();
      buttonsIn(el)[0]!.click();
      expect(nameOf(deepActiveElement())).to.equal('<button#inside-next> "Inside next"');
    });

    it('skips what cannot take focus: disabled, hidden, inert, tabindex -1', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <circ-price-banner dismissible></circ-price-banner>
          <button disabled>Disabled</button>
          <a href="#hidden" hidden>Hidden</a>
          <div inert><a href="#inert">Inert</a></div>
          <a href="#not-tabbable" tabindex="-1">Not in Tab order</a>
          <details>
            <summary>More</summary>
            <p><a href="#closed">In a closed details</a></p>
          </details>
          <a id="target" href="#target">Target</a>
        </div>
      `);
      const el = await bannerIn(wrapper);
      const close = buttonsIn(el)[0]!;
      close.focus();
      close.click();
      // The closed details' own summary can take focus, so it comes first.
      expect(nameOf(document.activeElement)).to.equal(nameOf(wrapper.querySelector('summary')));
      wrapper.querySelector('details')!.remove();
      el.hidden = false;
      await el.updateComplete;
      close.focus();
      close.click();
      expect(nameOf(document.activeElement)).to.equal(nameOf(wrapper.querySelector('#target')));
    });

    it('moves focus back to the nearest element before it when nothing follows', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <a id="first" href="#first">First</a>
          <input id="before" aria-label="Before" />
          <circ-price-banner dismissible></circ-price-banner>
        </div>
      `);
      const el = await bannerIn(wrapper);
      buttonsIn(el)[0]!.focus();
      buttonsIn(el)[0]!.click();
      expect(nameOf(document.activeElement)).to.equal(nameOf(wrapper.querySelector('#before')));
    });

    it('takes focus off <body> when a click left it there (as Safari does)', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <circ-price-banner dismissible></circ-price-banner>
          <a id="after" href="#after">After</a>
        </div>
      `);
      const el = await bannerIn(wrapper);
      (document.activeElement as HTMLElement | null)?.blur();
      buttonsIn(el)[0]!.click();
      expect(nameOf(document.activeElement)).to.equal(nameOf(wrapper.querySelector('#after')));
    });

    it('leaves focus alone when it is elsewhere on the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <input id="search" aria-label="Search" />
          <circ-price-banner dismissible></circ-price-banner>
          <a href="#after">After</a>
        </div>
      `);
      const el = await bannerIn(wrapper);
      const search = wrapper.querySelector('input')!;
      search.focus();
      buttonsIn(el)[0]!.click();
      expect(el.hidden).to.equal(true);
      expect(nameOf(document.activeElement)).to.equal(nameOf(search));
    });

    it('is not remembered: no storage or cookies, and a new banner shows again', async () => {
      const touched: string[] = [];
      const storage = Storage.prototype as unknown as Record<string, unknown>;
      const idb = IDBFactory.prototype as unknown as Record<string, unknown>;
      const spied: [Record<string, unknown>, string][] = [
        ...['getItem', 'setItem', 'removeItem', 'clear', 'key'].map(
          (name) => [storage, name] as [Record<string, unknown>, string],
        ),
        [idb, 'open'],
      ];
      const originals = spied.map(([target, name]) => target[name]);
      for (const [target, name] of spied) {
        const original = target[name] as (...args: unknown[]) => unknown;
        target[name] = function (this: unknown, ...args: unknown[]) {
          touched.push(name);
          return original.apply(this, args);
        };
      }
      const cookies = document.cookie;
      const stored = [window.localStorage.length, window.sessionStorage.length];
      try {
        const el = await fixture<CircPriceBanner>(
          html`<circ-price-banner dismissible price="1950"></circ-price-banner>`,
        );
        buttonsIn(el)[0]!.click();
        expect(el.hidden).to.equal(true);
        const again = await fixture<CircPriceBanner>(
          html`<circ-price-banner dismissible price="1950"></circ-price-banner>`,
        );
        expect(again.hidden).to.equal(false);
        expect(again.getClientRects().length).to.be.greaterThan(0);

        // The partner can show a dismissed banner again.
        el.hidden = false;
        await el.updateComplete;
        expect(accessibleText(el)).to.contain(`${pricePrefix} £1,950`);
      } finally {
        spied.forEach(([target, name], index) => {
          target[name] = originals[index];
        });
      }
      expect(touched).to.deep.equal([]);
      expect(document.cookie).to.equal(cookies);
      expect([window.localStorage.length, window.sessionStorage.length]).to.deep.equal(stored);
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

  it('fits a 320px container without overflowing', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <circ-price-banner dismissible price="1250000.50" currency="EUR" href="/prices">
          <ul slot="includes">
            <li>Consultation, scan, treatment and aftercare</li>
          </ul>
        </circ-price-banner>
      </div>
    `);
    wrapper.style.inlineSize = '320px';
    const el = await bannerIn(wrapper);
    const bounds = wrapper.getBoundingClientRect();
    const nodes = [el, ...el.shadowRoot!.querySelectorAll('*'), ...el.querySelectorAll('*')];
    for (const node of nodes) {
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.left, node.localName).to.be.at.least(bounds.left - 0.5);
      expect(box.right, node.localName).to.be.at.most(bounds.right + 0.5);
    }
    const base = partOf(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('reads in Chromium’s accessibility tree as one heading, one named button and one link, with no landmark', async function () {
    // Firefox and WebKit expose no accessibility tree to tests; there the flattened-tree
    // checks and axe above stand in.
    if (!canReadAccessibilityTree) this.skip();
    await fixture<CircPriceBanner>(html`
      <circ-price-banner dismissible price="1950" href="/prices" heading-level="3">
        <p slot="includes">The price includes aftercare.</p>
      </circ-price-banner>
    `);
    const tree = await accessibilityTree('circ-price-banner');
    const [headingNode, ...otherHeadings] = nodesWithRole(tree, 'heading');
    expect(otherHeadings).to.have.length(0);
    expect(headingNode).to.include({ name: heading, level: 3 });
    expect(nodesWithRole(tree, 'button').map((node) => node.name)).to.deep.equal([closeLabel]);
    expect(nodesWithRole(tree, 'link').map((node) => node.name)).to.deep.equal([ctaLabel]);
    expect(nodesWithRole(tree, 'complementary', 'region', 'banner', 'navigation')).to.have.length(
      0,
    );
    // The close icon is decoration: no image or graphic is announced.
    expect(nodesWithRole(tree, 'image', 'img', 'graphics-symbol')).to.have.length(0);
  });
});
