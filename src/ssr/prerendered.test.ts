// Pre-rendered HTML with JavaScript off: what a reader (or a search engine, or a portal
// that blocks scripts) gets before any script of ours runs. The page goes into a sandboxed
// frame that may not run scripts (its script tag for the bundle never runs); in Chromium,
// the accessibility tree is read from the same HTML in this page, where none of our
// elements is defined either.
import { expect } from '@open-wc/testing';
import {
  accessibilityTree,
  canReadAccessibilityTree,
  nodesWithRole,
} from '../test-utils/a11y-tree.js';
import { insertPrerendered, prerender } from '../test-utils/prerender.js';

const fragment = `
  <circ-explainer topic="when-to-seek-help"></circ-explainer>
  <circ-comparison></circ-comparison>
  <circ-symptom-checklist></circ-symptom-checklist>
  <circ-care-card urgency="emergency"></circ-care-card>
  <circ-walking-plan start="2026-12-07" weeks="1"></circ-walking-plan>
  <circ-sources only="nhs-pad nice-cg147"></circ-sources>
`;

/** The pre-rendered page in a frame that runs no script, once it has loaded. */
async function scriptlessFrame(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin'); // readable from here; no allow-scripts
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head>
    <script type="module" src="/dist/cdn/circulation-elements.js"></script>
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.style.inlineSize = '60rem';
  frame.style.blockSize = '40rem';
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

function shadow(doc: Document, tag: string): ShadowRoot {
  const root = doc.querySelector(tag)?.shadowRoot;
  expect(root, `${tag} has no shadow root`).to.exist;
  return root!;
}

/** Elements matching `selector` in `root` that are rendered (have a box). */
function shown(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter(
    (element) => (element as HTMLElement).getClientRects().length > 0,
  );
}

describe('pre-rendered HTML with JavaScript off', () => {
  let doc: Document;

  before(async () => {
    doc = await scriptlessFrame(await prerender(fragment));
  });

  it('runs no script: none of our elements is defined in the frame', () => {
    expect(doc.defaultView!.customElements.get('circ-explainer')).to.equal(undefined);
  });

  it("shows every element's heading", () => {
    const headings = ['circ-explainer', 'circ-symptom-checklist', 'circ-care-card'].map((tag) =>
      shown(shadow(doc, tag), 'h2, h3')[0]?.textContent?.trim(),
    );
    expect(headings[0]).to.equal('When to get help');
    expect(headings[1]).to.equal('Check your leg symptoms');
    expect(headings[2]).to.include('Call 999 or go to A&E now');
  });

  it('shows the comparison as a table with its column and row headers', () => {
    const root = shadow(doc, 'circ-comparison');
    expect(shown(root, 'table caption')).to.have.length(1);
    expect(shown(root, 'th[scope="col"]').length).to.be.at.least(2);
    expect(shown(root, 'th[scope="row"]').length).to.be.at.least(8);
  });

  it('shows the questions with their labels, and the source list with its links', () => {
    const checklist = shadow(doc, 'circ-symptom-checklist');
    expect(shown(checklist, 'fieldset legend').map((legend) => legend.textContent)).to.include(
      'Do any of these apply to you?',
    );
    expect(shown(checklist, 'label input').length).to.be.at.least(7);
    const links = shown(shadow(doc, 'circ-sources'), 'a[href^="https://"]');
    expect(links.length).to.be.at.least(1);
  });

  it("shows the care card's advice and the explainer's signposting text", () => {
    expect(shadow(doc, 'circ-care-card').textContent).to.match(/999/);
    expect(shadow(doc, 'circ-explainer').textContent).to.match(/111/);
  });

  it("shows the walking plan's team agreement, when to stop and get help, and the dated plan", () => {
    const root = shadow(doc, 'circ-walking-plan');
    expect(shown(root, 'h2')[0]?.textContent?.trim()).to.equal('Your walking programme');
    expect(root.textContent).to.include('agreed with your GP or vascular team');
    expect(shown(root, '[part~="help"]')[0]?.textContent).to.match(/999/);
    const plan = shown(root, '[part~="plan"] table')[0]!;
    expect(plan, 'the plan is a table').to.exist;
    expect(shown(plan, 'tbody tr')).to.have.length(3);
    expect(shown(plan, 'tbody time').map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2026-12-07',
      '2026-12-09',
      '2026-12-11',
    ]);
  });

  it("offers the walking plan's timer and print buttons disabled: without script they would do nothing", () => {
    const root = shadow(doc, 'circ-walking-plan');
    const buttons = shown(root, 'button') as HTMLButtonElement[];
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
      'Start walking',
      'Print the plan',
    ]);
    // Shown where they will be, so nothing moves when the script turns them on.
    expect(buttons.map((button) => button.disabled)).to.deep.equal([true, true]);
  });

  it("offers the checklist's clear and print buttons disabled: without script they would do nothing", () => {
    const root = shadow(doc, 'circ-symptom-checklist');
    const buttons = shown(root, 'button') as HTMLButtonElement[];
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
      'Clear all answers',
      'Print your answers',
    ]);
    expect(buttons.map((button) => button.disabled)).to.deep.equal([true, true]);
  });

  it('shows where to get help under the checklist before any answer: without script no result comes', () => {
    const help = shown(shadow(doc, 'circ-symptom-checklist'), '[part~="result"] [part~="help"]');
    expect(help).to.have.length(1);
    const text = help[0]!.textContent!;
    expect(text).to.match(/999/);
    expect(text).to.match(/111/);
    expect(text).to.match(/Northern Ireland/);
  });

  it('keeps out of sight what only the script does: more questions, a result, the timer', () => {
    // Each would promise the reader what cannot happen without our script.
    const hidden = (tag: string, text: string) => {
      const paragraph = [...shadow(doc, tag).querySelectorAll('p')].find((p) =>
        p.textContent!.startsWith(text),
      );
      expect(paragraph, `${tag}: "${text}"`).to.exist;
      return getComputedStyle(paragraph!).visibility;
    };
    expect([
      hidden('circ-symptom-checklist', 'If you answer yes, more questions will appear below.'),
      hidden('circ-symptom-checklist', 'Your result will show here as you answer.'),
      hidden('circ-walking-plan', 'Press Start walking when you set off.'),
      // What stays true without script stays in sight.
      hidden('circ-symptom-checklist', 'Tick all that apply.'),
      hidden('circ-walking-plan', 'This timer does not save or send your times.'),
    ]).to.deep.equal(['hidden', 'hidden', 'hidden', 'visible', 'visible']);
  });

  it('exposes headings, table headers, links and questions in the accessibility tree', async function () {
    // Only Chromium's accessibility tree can be read by tests (see a11y-tree.ts); the
    // other engines are covered by the checks above.
    if (!canReadAccessibilityTree) this.skip();
    const container = document.createElement('div');
    container.id = 'prerendered';
    document.body.append(container);
    insertPrerendered(container, await prerender(fragment));
    const tree = await accessibilityTree('#prerendered');
    const names = (role: string) => nodesWithRole(tree, role).map((node) => node.name ?? '');
    expect(names('heading')).to.include.members([
      'When to get help',
      'Check your leg symptoms',
      'Your walking programme',
    ]);
    expect(names('columnheader').length).to.be.at.least(2);
    expect(names('rowheader').length).to.be.at.least(8);
    expect(nodesWithRole(tree, 'link').length).to.be.at.least(3);
    expect(names('group')).to.include('Do any of these apply to you?');
    expect(nodesWithRole(tree, 'checkbox').length).to.be.at.least(4);
    // Out of sight until the script runs, and out of the tree too (not read out).
    const text = JSON.stringify(tree);
    expect(
      ['Tick all that apply.', 'Your result will show here', 'Press Start walking'].map((words) =>
        text.includes(words),
      ),
    ).to.deep.equal([true, false, false]);
    container.remove();
  });
});
