// A reader who answers a pre-rendered checklist before our script arrives (a slow phone,
// a script blocked for a while): the inputs work without script, so the ticks are theirs.
// Hydration must keep them and give their result, as if they had answered just then,
// not clear them. Through npm, with `circulation-elements/hydrate.js` first, as in
// hydration.test.ts.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { emptyAnswers } from '../checklist/classify.js';
import { importBuilt, prerenderThenLoad } from '../test-utils/prerender.js';

const followUps = '{"walkingPain": true, "startsAtRest": false, "sites": ["calf"], "redFlags": []}';
const page = `
  <circ-symptom-checklist id="red-flag"></circ-symptom-checklist>
  <circ-symptom-checklist id="changed" answers='${followUps}'></circ-symptom-checklist>
  <circ-symptom-checklist id="untouched" answers='${followUps}'></circ-symptom-checklist>
  <form><fieldset disabled><circ-symptom-checklist id="in-disabled-form"></circ-symptom-checklist></fieldset></form>
`;
const tag = 'circ-symptom-checklist';

type Checklist = HTMLElement & {
  updateComplete: Promise<unknown>;
  answers: Record<string, unknown>;
  result: { redFlags: string[] };
};

describe('hydration of a checklist the reader answered before our script arrived', () => {
  const container = document.createElement('div');
  const events: Array<[string, unknown]> = [];
  let warnings: string[] = [];
  const checklist = (id: string) => container.querySelector<Checklist>(`#${id}`)!;
  const input = (id: string, name: string, value: string) =>
    checklist(id).shadowRoot!.querySelector<HTMLInputElement>(
      `input[name="${name}"][value="${value}"]`,
    );
  let restPain: HTMLInputElement;

  before(async () => {
    container.addEventListener('circ-result-change', (event) =>
      events.push([(event.target as Element).id, (event as CustomEvent).detail]),
    );
    ({ warnings } = await prerenderThenLoad(container, page, [tag], async () => {
      // The reader, before any script of ours has run.
      restPain = input('red-flag', 'redFlags', 'rest-pain')!;
      restPain.click();
      input('red-flag', 'walkingPain', 'unable')!.click();
      input('changed', 'walkingPain', 'no')!.click();
      // A stray click in a form that is disabled (which the server could not know).
      input('in-disabled-form', 'redFlags', 'rest-pain')!.click();
      await importBuilt('/dist/hydrate.js');
      await importBuilt('/dist/symptom-checklist.js');
    }));
    // `updateComplete` includes taking the answers given before the script (no waiting here).
    for (const id of ['red-flag', 'changed', 'untouched', 'in-disabled-form']) {
      await checklist(id).updateComplete;
    }
  });

  after(() => container.remove());

  it('hydrates without a warning', () => {
    expect(warnings.join('\n')).to.equal('');
  });

  it('keeps a red flag ticked before hydration, and escalates it', () => {
    expect(restPain.checked).to.equal(true);
    expect(input('red-flag', 'redFlags', 'rest-pain'), 'the same box, not a new one').to.equal(
      restPain,
    );
    expect(input('red-flag', 'walkingPain', 'unable')!.checked).to.equal(true);
    expect(checklist('red-flag').answers).to.include({ walkingPain: 'unable' });
    expect(checklist('red-flag').answers['redFlags']).to.deep.equal(['rest-pain']);
    expect(checklist('red-flag').result.redFlags).to.deep.equal(['rest-pain']);
    const card = checklist('red-flag').shadowRoot!.querySelector('circ-care-card');
    expect(card, 'a care card for the red flag').to.exist;
    expect(card!.getAttribute('urgency')).to.equal('urgent');
  });

  it('takes a later "no" over the server\'s yes, clearing the follow-up answers', () => {
    expect(input('changed', 'walkingPain', 'no')!.checked).to.equal(true);
    expect(checklist('changed').answers).to.deep.equal({ ...emptyAnswers(), walkingPain: false });
    expect(input('changed', 'startsAtRest', 'no'), 'no follow-up questions').to.equal(null);
  });

  it("fires circ-result-change for the reader's answers only, once each", () => {
    expect(events.map(([id]) => id)).to.deep.equal(['red-flag', 'changed']);
    expect((events[0]![1] as { redFlags: string[] }).redFlags).to.deep.equal(['rest-pain']);
  });

  it('leaves a checklist the reader did not touch as the server rendered it', () => {
    expect(checklist('untouched').answers).to.include({ walkingPain: true, startsAtRest: false });
    expect(input('untouched', 'sites', 'calf')!.checked).to.equal(true);
  });

  it('in a disabled form: ignores a click before the script, turns print on, keeps "Clear all answers" off until enabled', async () => {
    const buttons = () => [
      ...checklist('in-disabled-form').shadowRoot!.querySelectorAll<HTMLButtonElement>(
        '.actions button',
      ),
    ];
    expect(buttons().map((button) => [button.textContent!.trim(), button.disabled])).to.deep.equal([
      ['Clear all answers', true],
      ['Print your answers', false],
    ]);
    // The stray click before the script is not taken as an answer: the box shows the server's.
    expect(checklist('in-disabled-form').answers['redFlags']).to.deep.equal([]);
    expect(input('in-disabled-form', 'redFlags', 'rest-pain')!.checked).to.equal(false);
    container.querySelector('fieldset')!.disabled = false;
    await checklist('in-disabled-form').updateComplete;
    expect(buttons().map((button) => button.disabled)).to.deep.equal([false, false]);
  });
});
