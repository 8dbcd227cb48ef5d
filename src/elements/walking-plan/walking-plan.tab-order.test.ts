// The keyboard path through the whole element with its citation markers on (the default):
// the statements' markers and the help's links come first, then the timer's buttons in
// their visual order, then the print button; and Shift+Tab walks back the same way. (The
// keyboard-only session with citations="none" is walking-plan.keys.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../walking-plan.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import { buttonNamed, text, timerButtons } from '../../test-utils/walking-plan-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircWalkingPlan } from './walking-plan.element.js';

/** The focused element, through every open shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What the focused element is: `button "Start walking"`, or `a` for a link. */
function stop(): string {
  const active = deepActive();
  if (!active) return 'nothing';
  return active.localName === 'button'
    ? `button "${active.textContent!.trim()}"`
    : active.localName;
}

async function tab(shift = false): Promise<string> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
  return stop();
}

describe('<circ-walking-plan> tab order', () => {
  const clock = useFakeClock();
  useWarnings();

  it('reaches the timer after the statements and help, and each button in turn', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
    const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    before.focus();
    const start = `button "${text.start()}"`;
    const path: string[] = [];
    for (let presses = 0; presses < 80 && path.at(-1) !== start; presses++) {
      path.push(await tab());
    }
    expect(path.at(-1), 'Tab reaches "Start walking"').to.equal(start);
    // Only links before it: the citation markers and the help's links, no other control.
    const linksBefore = path.slice(0, -1);
    expect(linksBefore.length).to.be.greaterThan(0);
    expect([...new Set(linksBefore)]).to.deep.equal(['a']);
    // While ready, the one timer button is followed by the print button.
    expect(await tab()).to.equal(`button "${text.print()}"`);
    expect(await tab(true)).to.equal(start);

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(timerButtons(el)).to.deep.equal([text.stop(), text.end()]);
    expect(stop()).to.equal(`button "${text.stop()}"`);
    expect(await tab()).to.equal(`button "${text.end()}"`);
    expect(await tab()).to.equal(`button "${text.print()}"`);
    expect(await tab(true)).to.equal(`button "${text.end()}"`);
    expect(await tab(true)).to.equal(`button "${text.stop()}"`);
    expect(await tab(true), 'back into the help').to.equal('a');
    expect(await tab()).to.equal(`button "${text.stop()}"`);

    clock.advance(90_000);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stop()).to.equal(`button "${text.walkAgain()}"`);
    expect(await tab()).to.equal(`button "${text.end()}"`);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    await el.updateComplete; // focus moves once the "End session" button has gone
    expect(stop()).to.equal(start);
    expect(deepActive()).to.equal(buttonNamed(el, text.start()));
    expect(await tab()).to.equal(`button "${text.print()}"`);
  });
});
