// When pre-rendered content does not match what an element renders in the browser (here:
// pre-rendered in Welsh, on a page in English), hydration fails; the element then renders
// afresh, once, with one warning naming it, instead of staying inert or doubling its
// content. The hydration support loads first (this file's first import).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import {
  insertPrerendered,
  prerender,
  shadowNodes,
  whenRendered,
} from '../test-utils/prerender.js';
import { captureWarnings } from '../test-utils/warnings.js';

const tags = ['circ-explainer', 'circ-symptom-checklist'];

describe('hydration that does not match the pre-rendered content', () => {
  const container = document.createElement('div');
  let warnings: string[] = [];
  let prerenderedHeading: Element;

  before(async () => {
    const capture = captureWarnings();
    document.body.append(container);
    const html = await prerender(
      '<circ-explainer topic="treatment"></circ-explainer><circ-symptom-checklist></circ-symptom-checklist>',
      'cy',
    );
    insertPrerendered(container, html);
    prerenderedHeading = shadowNodes(container.querySelector('circ-explainer')!).find(
      (node) => (node as Element).localName === 'h2',
    ) as Element;
    await import('../index.js');
    await whenRendered(container, tags);
    capture.restore();
    warnings = capture.messages;
  });

  after(() => container.remove());

  it('warns once per element, naming it', () => {
    for (const tag of tags) {
      const own = warnings.filter((warning) => warning.startsWith(`${tag}: the pre-rendered`));
      expect(own, tag).to.have.length(1);
    }
  });

  it("renders afresh in the page's language, once: one heading, no doubled content", () => {
    const root = container.querySelector('circ-explainer')!.shadowRoot!;
    expect(prerenderedHeading.isConnected).to.equal(false);
    const headings = root.querySelectorAll('h2');
    expect(headings).to.have.length(1);
    expect(headings[0]!.textContent).to.equal('Treatment');
    expect(root.querySelectorAll('details')).to.have.length(1);
  });

  it('works after the fallback: the checklist answers', async () => {
    const checklist = container.querySelector('circ-symptom-checklist')!;
    const yes = checklist.shadowRoot!.querySelector<HTMLInputElement>(
      'input[name="walkingPain"][value="yes"]',
    )!;
    yes.click();
    await (checklist as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(checklist.shadowRoot!.querySelectorAll('fieldset').length).to.be.greaterThan(2);
  });
});
