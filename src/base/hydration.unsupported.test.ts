// A pre-rendered page whose scripts forgot `circulation-elements/hydrate.js`: one warning
// that says what to import, and every element renders afresh over its pre-rendered
// content (not beside it), so the page still works.
import { expect } from '@open-wc/testing';
import { insertPrerendered, prerender, whenRendered } from '../test-utils/prerender.js';
import { captureWarnings } from '../test-utils/warnings.js';

const tags = ['circ-care-card', 'circ-comparison', 'circ-walking-plan', 'circ-symptom-checklist'];

describe('a pre-rendered page without the hydration support', () => {
  const container = document.createElement('div');
  let warnings: string[] = [];

  before(async () => {
    const capture = captureWarnings();
    document.body.append(container);
    insertPrerendered(
      container,
      await prerender(
        '<circ-care-card urgency="urgent"></circ-care-card><circ-care-card urgency="emergency"></circ-care-card><circ-comparison></circ-comparison><circ-walking-plan weeks="1"></circ-walking-plan><circ-symptom-checklist></circ-symptom-checklist>',
      ),
    );
    // The reader ticks a red flag before any script of ours has run.
    checklistInput('sudden-onset').click();
    await import('../index.js');
    await whenRendered(container, tags);
    // (`updateComplete`, which whenRendered awaits, includes the answers given before.)
    capture.restore();
    warnings = capture.messages;
  });

  after(() => container.remove());

  const checklistInput = (value: string) =>
    container
      .querySelector('circ-symptom-checklist')!
      .shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

  it('warns once, naming what to import', () => {
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include("import 'circulation-elements/hydrate.js'");
  });

  it('renders each element once over its pre-rendered content', () => {
    for (const card of container.querySelectorAll('circ-care-card')) {
      expect(card.shadowRoot!.querySelectorAll('h3')).to.have.length(1);
    }
    const comparison = container.querySelector('circ-comparison')!.shadowRoot!;
    expect(comparison.querySelectorAll('table')).to.have.length(1);
    const plan = container.querySelector('circ-walking-plan')!.shadowRoot!;
    expect(plan.querySelectorAll('[part~="timer"]')).to.have.length(1);
    expect(plan.querySelectorAll('[part~="plan"] tbody tr')).to.have.length(3);
  });

  it('times a walk on the element rendered afresh', async () => {
    const plan = container.querySelector('circ-walking-plan') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    const primary = () => plan.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    primary().click();
    await plan.updateComplete;
    expect(primary().dataset.phase).to.equal('walking');
    plan.shadowRoot!.querySelector<HTMLButtonElement>('button.end')!.click();
    await plan.updateComplete;
    expect(plan.shadowRoot!.querySelectorAll('[part~="session"] table')).to.have.length(1);
  });

  it('keeps a red flag ticked before the script, on the checklist rendered afresh, and escalates it', () => {
    const checklist = container.querySelector('circ-symptom-checklist') as HTMLElement & {
      answers: { redFlags: string[] };
    };
    expect(checklist.answers.redFlags).to.deep.equal(['sudden-onset']);
    expect(checklistInput('sudden-onset').checked).to.equal(true);
    const card = checklist.shadowRoot!.querySelector('[part~="result"] circ-care-card');
    expect(card?.getAttribute('urgency')).to.equal('emergency');
  });
});
