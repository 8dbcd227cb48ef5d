// The walking plan's safety controls, named in docs/clinical-safety/hazard-log.md (H18,
// H19, H17): what the reader meets first, the help that is always there (on screen in
// every state of the timer, and on paper), and times that stay true.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../walking-plan.js';
import { emergencyHelp, northernIrelandHelp, urgentHelp } from '../../content/get-help.js';
import {
  stopIfDifferent,
  tellYourTeam,
  walkingPlanText,
} from '../../content/walking-plan/walking-plan-text.js';
import { accessibleText } from '../../test-utils/composed-tree.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import type { CircWalkingPlan } from './walking-plan.element.js';

// emulateMedia reaches the browser over the Chrome DevTools Protocol, which only the
// Chromium launcher offers (Firefox runs over WebDriver BiDi, WebKit over WebDriver).
const isChromium = /Chrome\//.test(navigator.userAgent);

const helpLines = [stopIfDifferent, tellYourTeam, emergencyHelp, urgentHelp, northernIrelandHelp];

/** The visible text of the help part (the element's own text, slots flattened). */
function helpText(el: CircWalkingPlan): string {
  const help = el.shadowRoot!.querySelector('[part~="help"]')!;
  return help.checkVisibility() ? accessibleText(help) : '';
}

function press(el: CircWalkingPlan, name: () => string): Promise<boolean> {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => candidate.textContent!.trim() === name(),
  );
  expect(button, `a "${name()}" button`).to.exist;
  button!.click();
  return el.updateComplete;
}

describe('<circ-walking-plan> safety', () => {
  const clock = useFakeClock();

  it('says first, before any fact, that the programme is the one agreed with the GP or vascular team', async () => {
    const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    const about = el.shadowRoot!.querySelector('.about')!;
    const first = about.querySelector('p')!;
    expect(first.textContent!.trim()).to.equal(walkingPlanText.agreed());
    expect(first.querySelector('a'), 'a line of its own, with no citation marker').to.equal(null);
  });

  it('shows when to stop and get help before the timer, in every state of the timer', async () => {
    const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    const help = el.shadowRoot!.querySelector('[part~="help"]')!;
    const timer = el.shadowRoot!.querySelector('[part~="timer"]')!;
    expect(help.compareDocumentPosition(timer) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const expectHelp = (state: string) => {
      const text = helpText(el);
      for (const line of helpLines)
        expect(text, `${state}: ${line.text()}`).to.contain(line.text());
    };
    expectHelp('ready');
    await press(el, walkingPlanText.start);
    clock.advance(125_000);
    expectHelp('walking');
    await press(el, walkingPlanText.stop);
    expectHelp('resting');
    await press(el, walkingPlanText.end);
    expectHelp('ended');
  });

  it('prints when to stop and get help with the plan (Chromium only: emulateMedia)', async function () {
    if (!isChromium) this.skip(); // see isChromium above: only Chromium can emulate print
    const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    try {
      await emulateMedia({ media: 'print' });
      const text = helpText(el);
      for (const line of helpLines) expect(text).to.contain(line.text());
      const plan = el.shadowRoot!.querySelector('[part~="plan"]')!;
      expect(plan.checkVisibility()).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('records the time that passed while the page slept, not the ticks it missed', async () => {
    const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    let walks: unknown;
    el.addEventListener('circ-session-end', (event) => (walks = event.detail.walks));
    await press(el, walkingPlanText.start);
    // 14 minutes 30 seconds with the screen locked: no timer ran meanwhile.
    clock.advance(14 * 60_000 + 30_000);
    clock.wake();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.clock')!.textContent!.trim()).to.equal('14:30');
    await press(el, walkingPlanText.stop);
    clock.advance(4 * 60_000);
    await press(el, walkingPlanText.end);
    expect(walks).to.deep.equal([{ walkSeconds: 870, restSeconds: 240 }]);
  });

  it('neither stores nor sends the walking times, and says so', async () => {
    const calls: string[] = [];
    const originals = {
      fetch: window.fetch,
      sendBeacon: navigator.sendBeacon,
      setItem: Storage.prototype.setItem,
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    window.fetch = (...args) => {
      calls.push(`fetch ${String(args[0])}`);
      return originals.fetch.apply(window, args);
    };
    navigator.sendBeacon = (url) => {
      calls.push(`beacon ${String(url)}`);
      return true;
    };
    Storage.prototype.setItem = function (key: string, value: string) {
      calls.push(`storage ${key}`);
      return originals.setItem.call(this, key, value);
    };
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => cookie.get!.call(document),
      set: (value: string) => calls.push(`cookie ${value}`),
    });
    try {
      const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
      expect(accessibleText(el.shadowRoot!)).to.contain(walkingPlanText.privacy());
      await press(el, walkingPlanText.start);
      clock.advance(200_000);
      await press(el, walkingPlanText.stop);
      clock.advance(60_000);
      await press(el, walkingPlanText.walkAgain);
      await press(el, walkingPlanText.end);
      expect(calls).to.deep.equal([]);
    } finally {
      window.fetch = originals.fetch;
      navigator.sendBeacon = originals.sendBeacon;
      Storage.prototype.setItem = originals.setItem;
      delete (document as { cookie?: string }).cookie;
    }
  });
});
