// Colour schemes (issue 15, contract: "Colour scheme"): the elements follow the host
// page's `color-scheme`. Light unless the page declares `dark`, or `light dark` while the
// reader prefers dark; a page that says nothing stays light whatever the reader prefers.
// In forced-colours mode the system colours win and focus stays visible.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../index.js';
import type { CircCareCard } from '../elements/care-card/care-card.element.js';
import type { CircExplainer } from '../elements/explainer/explainer.element.js';

// Media features are emulated over the Chrome DevTools Protocol, which only the Chromium
// launcher offers (Firefox runs over WebDriver BiDi, WebKit over WebDriver).
const isChromium = /Chrome\//.test(navigator.userAgent);

function emulate(features: Record<string, string>): Promise<unknown> {
  return executeServerCommand('media-features', features);
}

/** `rgb(…)` of `#rrggbb`, as computed styles report it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const light = { surface: rgb('#ffffff'), text: rgb('#212b32'), brand: rgb('#005eb8') };
const dark = { surface: rgb('#1d2429'), text: rgb('#eef2f4'), brand: rgb('#7fbdf5') };

/** The card's background and text colour, and a link's colour, as the reader sees them. */
async function colours(): Promise<{ surface: string; text: string; brand: string }> {
  const el = await fixture<CircExplainer>(
    html`<circ-explainer topic="treatment"></circ-explainer>`,
  );
  const card = el.shadowRoot!.querySelector('.card')!;
  const link = el.shadowRoot!.querySelector('a')!;
  return {
    surface: getComputedStyle(card).backgroundColor,
    text: getComputedStyle(card).color,
    brand: getComputedStyle(link).color,
  };
}

describe('colour schemes', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    if (isChromium) await emulate({ 'prefers-color-scheme': '', 'forced-colors': '' });
  });

  it('is light on a page that says nothing about color-scheme', async () => {
    expect(await colours()).to.deep.equal(light);
  });

  it('is dark on a page that declares color-scheme: dark, with the same contrast', async () => {
    document.documentElement.style.colorScheme = 'dark';
    expect(await colours()).to.deep.equal(dark);
  });

  it('stays light on a light page when the reader prefers dark', async function () {
    if (!isChromium) this.skip(); // prefers-color-scheme can only be emulated in Chromium
    await emulate({ 'prefers-color-scheme': 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(await colours()).to.deep.equal(light);
  });

  it('follows the reader on a page that offers light dark', async function () {
    if (!isChromium) this.skip(); // prefers-color-scheme can only be emulated in Chromium
    document.documentElement.style.colorScheme = 'light dark';
    await emulate({ 'prefers-color-scheme': 'dark' });
    expect(await colours()).to.deep.equal(dark);
    await emulate({ 'prefers-color-scheme': 'light' });
    expect(await colours()).to.deep.equal(light);
  });

  it('keeps the care card band readable in the dark: surface text on a light accent', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const card = await fixture<CircCareCard>(
      html`<circ-care-card urgency="urgent"></circ-care-card>`,
    );
    const heading = card.shadowRoot!.querySelector('.heading')!;
    expect(getComputedStyle(heading).color).to.equal(dark.surface);
    expect(getComputedStyle(heading).backgroundColor).to.equal(rgb('#ff8a80'));
  });

  it('lets a partner colour win in both schemes', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await fixture<CircExplainer>(
      html`<circ-explainer
        topic="treatment"
        style="--circ-color-surface: #000000; --circ-color-text: #ffffff"
      ></circ-explainer>`,
    );
    const card = el.shadowRoot!.querySelector('.card')!;
    expect(getComputedStyle(card).backgroundColor).to.equal(rgb('#000000'));
    expect(getComputedStyle(card).color).to.equal(rgb('#ffffff'));
  });

  it("in forced colours, the explainer's summary keeps its triangle, so open and closed differ", async function () {
    if (!isChromium) this.skip(); // forced-colors can only be emulated in Chromium
    await emulate({ 'forced-colors': 'active' });
    const el = await fixture<CircExplainer>(
      html`<circ-explainer topic="treatment"></circ-explainer>`,
    );
    const summary = el.shadowRoot!.querySelector('summary')!;
    /** Which of the marker's top, bottom and left edges are painted. */
    const painted = () => {
      const marker = getComputedStyle(summary, '::before');
      return (['Top', 'Bottom', 'Left'] as const).map(
        (side) =>
          marker.getPropertyValue(`border-${side.toLowerCase()}-width`) !== '0px' &&
          marker.getPropertyValue(`border-${side.toLowerCase()}-color`) !== 'rgba(0, 0, 0, 0)',
      );
    };
    // Closed, it points to the inline end: only its start edge is painted.
    expect(painted(), 'closed').to.deep.equal([false, false, true]);
    summary.click();
    // Open, it points down: only its top edge is painted.
    expect(painted(), 'open').to.deep.equal([true, false, false]);
    // In the reader's own text colour, not ours.
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const edge = getComputedStyle(summary, '::before').borderTopColor;
    expect(edge).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('in forced colours, uses the system colours and keeps focus visible', async function () {
    if (!isChromium) this.skip(); // forced-colors can only be emulated in Chromium
    await emulate({ 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<CircExplainer>(
      html`<circ-explainer topic="treatment"></circ-explainer>`,
    );
    const summary = el.shadowRoot!.querySelector('summary')!;
    summary.focus();
    const focused = getComputedStyle(summary);
    expect(focused.outlineStyle).to.equal('solid');
    expect(focused.outlineColor).not.to.equal('rgba(0, 0, 0, 0)');
    // The card takes the system's own background and text colours, like the page.
    const probe = document.createElement('div');
    probe.style.background = 'Canvas';
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const card = getComputedStyle(el.shadowRoot!.querySelector('.card')!);
    expect([card.backgroundColor, card.color]).to.deep.equal([
      getComputedStyle(probe).backgroundColor,
      getComputedStyle(probe).color,
    ]);
    probe.remove();
  });
});
