import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../price-banner.js';
import { accessibleText } from '../../test-utils/composed-tree.js';
import {
  bannerIn,
  closeLabel,
  covers,
  coversText,
  ctaLabel,
  heading,
  label,
  linksIn,
  nameOf,
  offer,
  pricePrefix,
} from '../../test-utils/price-banner-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircPriceBanner } from './price-banner.element.js';

/** `location.hash` once a navigation has changed it (some engines navigate a tick later), or after 2 s. */
async function hashAfterNavigation(navigation: Promise<unknown>): Promise<string> {
  await Promise.race([navigation, aTimeout(2000)]);
  return location.hash;
}

describe('<circ-price-banner>', () => {
  const warnings = useWarnings();

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
});
