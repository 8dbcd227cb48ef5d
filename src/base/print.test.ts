// Print (issue 15): a link cannot be followed on paper, so it prints its address after it;
// citation markers do not (the source list prints every address).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../index.js';
import type { CircExplainer } from '../elements/explainer/explainer.element.js';
import type { CircPriceBanner } from '../elements/price-banner/price-banner.element.js';

// emulateMedia reaches the browser over the Chrome DevTools Protocol, which only the
// Chromium launcher offers (Firefox runs over WebDriver BiDi, WebKit over WebDriver).
const isChromium = /Chrome\//.test(navigator.userAgent);

const printedAfter = (link: Element) => getComputedStyle(link, '::after').content;

(isChromium ? describe : describe.skip)('print (Chromium only: emulateMedia)', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it("prints a link's address after it", async () => {
    const el = await fixture<CircPriceBanner>(html`
      <circ-price-banner price="1950" href="https://clinic.example/prices"
        ><p slot="includes">Scan and treatment.</p></circ-price-banner
      >
    `);
    const link = el.shadowRoot!.querySelector('a[href="https://clinic.example/prices"]')!;
    expect(printedAfter(link)).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(printedAfter(link)).to.equal('" (https://clinic.example/prices)"');
  });

  it('prints the light colours from a dark page: paper is white', async () => {
    document.documentElement.style.colorScheme = 'dark';
    try {
      const el = await fixture<CircExplainer>(
        html`<circ-explainer topic="treatment"></circ-explainer>`,
      );
      const marker = el.shadowRoot!.querySelector('a.cite')!;
      expect(getComputedStyle(marker).color, 'on screen').to.equal('rgb(127, 189, 245)');
      await emulateMedia({ media: 'print' });
      // The light brand blue, 6.4:1 on paper (the dark one is 2:1).
      expect(getComputedStyle(marker).color, 'on paper').to.equal('rgb(0, 94, 184)');
    } finally {
      document.documentElement.style.removeProperty('color-scheme');
    }
  });

  it('prints no address after a citation marker', async () => {
    const el = await fixture<CircExplainer>(
      html`<circ-explainer topic="treatment"></circ-explainer>`,
    );
    await emulateMedia({ media: 'print' });
    const marker = el.shadowRoot!.querySelector('a.cite')!;
    expect(printedAfter(marker)).to.equal('none');
  });
});
