import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../price-banner.js';
import { accessibleText, headingsIn } from '../../test-utils/composed-tree.js';
import {
  bannerIn,
  buttonsIn,
  closeLabel,
  heading,
  nameOf,
  pricePrefix,
} from '../../test-utils/price-banner-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircPriceBanner } from './price-banner.element.js';

/** The element that has focus, looking through open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<circ-price-banner>', () => {
  useWarnings(); // keeps expected warnings out of the test log

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
});
