// The timer with the keyboard alone: every button is reached with Tab and pressed with
// Enter or Space; focus never drops to the page while the buttons change.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../walking-plan.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import { buttonNamed, text, timerButtons } from '../../test-utils/walking-plan-test-helpers.js';
import type { CircWalkingPlan } from './walking-plan.element.js';

describe('<circ-walking-plan> keyboard', () => {
  const clock = useFakeClock();

  it('runs a whole session with the keyboard alone, focus staying on the timer', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
    const el = await fixture<CircWalkingPlan>(
      html`<circ-walking-plan citations="none"></circ-walking-plan>`,
    );
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const key = async (press: string) => {
      await sendKeys({ press });
      await el.updateComplete;
    };
    let ended = 0;
    el.addEventListener('circ-session-end', () => ended++);
    before.focus();

    await key('Tab');
    expect(focused()).to.equal(buttonNamed(el, text.start()));
    expect(getComputedStyle(focused()!).backgroundColor, 'focus shows').to.not.equal(
      getComputedStyle(buttonNamed(el, text.print())!).backgroundColor,
    );
    await key('Enter');
    expect(timerButtons(el)).to.deep.equal([text.stop(), text.end()]);
    expect(focused(), 'the same button, relabelled').to.equal(buttonNamed(el, text.stop()));
    clock.advance(120_000);
    await key(' ');
    expect(focused()).to.equal(buttonNamed(el, text.walkAgain()));
    await key('Tab');
    expect(focused()).to.equal(buttonNamed(el, text.end()));
    await key('Enter');
    expect(ended).to.equal(1);
    // "End session" is gone: focus is on the one button left, not lost to the page.
    expect(focused()).to.equal(buttonNamed(el, text.start()));
    await key('Tab');
    expect(focused()).to.equal(buttonNamed(el, text.print()));
  });

  it('draws the timer buttons large: at least 44 px tall', async () => {
    const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    buttonNamed(el, text.start())!.click();
    await el.updateComplete;
    for (const name of [text.stop(), text.end()]) {
      const box = buttonNamed(el, name)!.getBoundingClientRect();
      expect(box.height, name).to.be.at.least(44);
      expect(box.width, name).to.be.at.least(44);
    }
  });
});
