// Hydration of a checklist pre-rendered with answers (issue 12 made its questions static
// markup without bindings, which writes the answers as `checked` attributes): the server
// and the browser must build the same markup, the boxes show the answers before and after
// hydration, and the reader's next answer updates the same nodes. Through npm, with
// `circulation-elements/hydrate.js` first, as in hydration.test.ts.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import {
  importBuilt,
  prerenderThenLoad,
  shadowNodes,
  type PrerenderedSnapshot,
} from '../test-utils/prerender.js';

const answers = '{"walkingPain": true, "startsAtRest": false, "sites": ["calf"], "redFlags": []}';
const page = `<circ-symptom-checklist answers='${answers}'></circ-symptom-checklist>`;
const tag = 'circ-symptom-checklist';

type Checklist = HTMLElement & { updateComplete: Promise<unknown> };

describe('hydration of a checklist pre-rendered with answers', () => {
  let warnings: string[] = [];
  const container = document.createElement('div');
  let prerendered: Map<string, PrerenderedSnapshot>;
  const checklist = () => container.querySelector<Checklist>(tag)!;
  const input = (name: string, value: string) =>
    checklist().shadowRoot!.querySelector<HTMLInputElement>(
      `input[name="${name}"][value="${value}"]`,
    )!;

  before(async () => {
    ({ snapshots: prerendered, warnings } = await prerenderThenLoad(
      container,
      page,
      [tag],
      async () => {
        await importBuilt('/dist/hydrate.js');
        await importBuilt('/dist/symptom-checklist.js');
      },
    ));
  });

  after(() => container.remove());

  it('hydrates without a warning, keeping every pre-rendered node', () => {
    expect(warnings).to.deep.equal([]);
    const kept = prerendered.get(tag)!.nodes;
    const now = shadowNodes(checklist());
    expect(now.length).to.equal(kept.length);
    expect(now.every((node, index) => node === kept[index])).to.equal(true);
  });

  it('shows the given answers checked, and nothing else', () => {
    expect(input('walkingPain', 'yes').checked).to.equal(true);
    expect(input('startsAtRest', 'no').checked).to.equal(true);
    expect(input('sites', 'calf').checked).to.equal(true);
    expect(input('walkingPain', 'no').checked).to.equal(false);
    expect(input('sites', 'thigh').checked).to.equal(false);
    expect(input('uphillOrHurrying', 'yes').checked).to.equal(false);
  });

  it("takes the reader's next answers on the same nodes, clearing one too", async () => {
    const calf = input('sites', 'calf');
    const uphill = input('uphillOrHurrying', 'yes');
    uphill.click();
    calf.click(); // unticks the calf
    await checklist().updateComplete;
    expect(input('uphillOrHurrying', 'yes')).to.equal(uphill);
    expect(uphill.checked).to.equal(true);
    expect(input('sites', 'calf')).to.equal(calf);
    expect(calf.checked).to.equal(false);
    // Code sets answers: the boxes follow, although their checked attributes were the
    // server's.
    (checklist() as unknown as { answers: unknown }).answers = {
      walkingPain: false,
      sites: [],
      redFlags: [],
    };
    await checklist().updateComplete;
    expect(input('walkingPain', 'no').checked).to.equal(true);
    expect(input('walkingPain', 'yes').checked).to.equal(false);
  });
});
