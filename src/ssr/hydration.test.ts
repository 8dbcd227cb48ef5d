// Hydration through npm, as a partner's bundle does it: `circulation-elements/hydrate.js`
// first, then the elements, on a page pre-rendered by `circulation-elements/ssr`.
//
// The published files on both sides (dist/, `npm run build` first): Lit hydrates a template
// only if the browser renders it from the same template strings as the server did, and
// the build minifies our templates, so source served to the browser would never match a
// server render of the build. The hydration support must load before Lit does: it is
// this file's first import (what dist/hydrate.js imports), and the elements are imported
// only once the pre-rendered page is in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import {
  importBuilt,
  prerenderThenLoad,
  shadowNodes,
  type PrerenderedSnapshot,
} from '../test-utils/prerender.js';

const page = `
  <circ-explainer topic="treatment"><a slot="footer" href="/book">Book an appointment</a></circ-explainer>
  <circ-comparison></circ-comparison>
  <circ-symptom-checklist></circ-symptom-checklist>
  <circ-care-card urgency="urgent"></circ-care-card>
  <circ-price-banner price="1950" provider="Example Vein Clinic" href="/prices"
    ><p slot="includes">Scan, treatment and aftercare.</p></circ-price-banner
  >
  <circ-walking-plan start="2026-12-07" weeks="2"></circ-walking-plan>
  <circ-sources only="nice-cg147 cochrane-supervised-exercise nhs-pad"></circ-sources>
`;
const tags = [
  'circ-explainer',
  'circ-comparison',
  'circ-symptom-checklist',
  'circ-care-card',
  'circ-price-banner',
  'circ-walking-plan',
  'circ-sources',
];

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

describe('hydration (npm: circulation-elements/hydrate.js first)', () => {
  let warnings: string[] = [];
  const container = document.createElement('div');
  let prerendered: Map<string, PrerenderedSnapshot>;

  before(async () => {
    ({ snapshots: prerendered, warnings } = await prerenderThenLoad(
      container,
      page,
      tags,
      async () => {
        await importBuilt('/dist/hydrate.js');
        await importBuilt('/dist/index.js');
      },
    ));
  });

  after(() => container.remove());

  it('was pre-rendered: every element had its shadow root before any script defined it', () => {
    for (const tag of tags) expect(prerendered.get(tag)!.nodes.length, tag).to.be.greaterThan(3);
  });

  it('keeps every pre-rendered node: the elements hydrate, they do not render again', () => {
    for (const tag of tags) {
      const host = container.querySelector(tag)!;
      const now = shadowNodes(host);
      const kept = prerendered.get(tag)!.nodes;
      expect(now.length, tag).to.equal(kept.length);
      expect(
        now.every((node, index) => node === kept[index]),
        `${tag} replaced nodes`,
      ).to.equal(true);
      expect(host.shadowRoot!.textContent, tag).to.equal(prerendered.get(tag)!.text);
    }
  });

  it('shifts nothing: every element keeps its size and place', () => {
    for (const tag of tags) {
      const rect = container.querySelector(tag)!.getBoundingClientRect();
      const was = prerendered.get(tag)!.rect;
      expect([rect.x, rect.y, rect.width, rect.height], tag).to.deep.equal([
        was.x,
        was.y,
        was.width,
        was.height,
      ]);
    }
  });

  it('warns about nothing (no mismatch, no fallback)', () => {
    expect(warnings).to.deep.equal([]);
  });

  it('shows, once hydrated, what only the script does: more questions, a result, the timer', () => {
    const visibility = (tag: string, text: string) => {
      const root = container.querySelector(tag)!.shadowRoot!;
      const paragraph = [...root.querySelectorAll('p')].find((p) =>
        p.textContent!.startsWith(text),
      );
      return paragraph && getComputedStyle(paragraph).visibility;
    };
    expect([
      visibility('circ-symptom-checklist', 'If you answer yes, more questions will appear below.'),
      visibility('circ-symptom-checklist', 'Your result will show here as you answer.'),
      visibility('circ-walking-plan', 'Press Start walking when you set off.'),
    ]).to.deep.equal(['visible', 'visible', 'visible']);
  });

  it('answers after hydration: a yes brings the follow-up questions and a result event', async () => {
    const checklist = container.querySelector('circ-symptom-checklist') as Updatable;
    let results = 0;
    checklist.addEventListener('circ-result-change', () => results++);
    const yes = checklist.shadowRoot!.querySelector<HTMLInputElement>(
      'input[name="walkingPain"][value="yes"]',
    )!;
    yes.click();
    await checklist.updateComplete;
    expect(yes.checked).to.equal(true);
    expect(checklist.shadowRoot!.querySelectorAll('fieldset').length).to.be.greaterThan(2);
    expect(results).to.equal(1);

    // Pre-rendered disabled (they need script); hydration turns them on.
    const [clear, print] =
      checklist.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button');
    expect([clear!.disabled, print!.disabled]).to.deep.equal([false, false]);
    clear!.click();
    await checklist.updateComplete;
    expect(yes.checked).to.equal(false);
    expect(results).to.equal(2);
  });

  it('times after hydration: "Start walking" starts a walk and "End session" fires circ-session-end', async () => {
    const plan = container.querySelector('circ-walking-plan') as Updatable;
    const primary = plan.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    // Pre-rendered disabled (they need script); hydration turns them on.
    const print = plan.shadowRoot!.querySelector<HTMLButtonElement>('.print-action button')!;
    expect([primary.disabled, print.disabled]).to.deep.equal([false, false]);
    const ready = primary.textContent!.trim();
    primary.click();
    await plan.updateComplete;
    expect(primary.textContent!.trim()).to.not.equal(ready);
    let ended: CustomEvent | undefined;
    plan.addEventListener('circ-session-end', (event) => (ended = event));
    plan.shadowRoot!.querySelector<HTMLButtonElement>('button.end')!.click();
    await plan.updateComplete;
    expect(ended?.detail.walks).to.have.length(1);
    expect(plan.shadowRoot!.querySelector('[part~="session"] table')).to.exist;
  });

  it("numbers the citations from the page's source list, as the server did", () => {
    const marker = container
      .querySelector('circ-explainer')!
      .shadowRoot!.querySelector('a.cite[data-source-ids~="nice-cg147"]')!;
    expect(marker.getAttribute('href')).to.equal('#circ-source-nice-cg147');
    expect(marker.textContent).to.match(/^\[1(, \d+)*\]$/);
  });
});
