// The timer's edges, beyond the session tests: a page still hidden when the browser says
// so, a wake with no session, announcements spaced a minute apart even when a new minute
// comes sooner, a clock set back and forward again, a long session, and no event for
// anything but the reader's press on "End session".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../walking-plan.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import { resetPageLanguage, setPageLanguage } from '../../test-utils/page-language.js';
import {
  press,
  rowsOf,
  sessionTable,
  spoken,
  text,
  timerButtons,
  timerFace,
} from '../../test-utils/walking-plan-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircWalkingPlan, SessionEndDetail } from './walking-plan.element.js';

const minute = 60_000;

describe('<circ-walking-plan> timer', () => {
  const clock = useFakeClock();
  const warnings = useWarnings();
  let el: CircWalkingPlan;
  let ended: SessionEndDetail[];

  beforeEach(async () => {
    el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    ended = [];
    el.addEventListener('circ-session-end', (event) => ended.push(event.detail));
  });

  afterEach(() => expect(warnings.messages).to.deep.equal([]));

  async function pass(ms: number): Promise<void> {
    clock.advance(ms);
    clock.wake();
    await el.updateComplete;
  }

  it('does not read the clock for a visibilitychange to hidden, and does on coming back', async () => {
    await press(el, text.start());
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      // The tab goes into the background: the element's next tick is up to a second away.
      clock.advance(4 * minute);
      clock.wake();
      await el.updateComplete;
      expect(timerFace(el).clock).to.equal('0:00');
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    expect(Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')).to.deep.equal(
      visibility,
    );
    clock.wake();
    await el.updateComplete;
    expect(timerFace(el).clock).to.equal('4:00');
    expect(spoken(el)).to.equal(text.walkingFor('4 minutes'));
  });

  it('changes nothing on a wake with no session under way', async () => {
    await pass(30 * minute);
    expect(timerFace(el)).to.deep.equal({ status: text.ready(), clock: '0:00' });
    expect(spoken(el)).to.equal('');
    expect(timerButtons(el)).to.deep.equal([text.start()]);
  });

  it('keeps a minute between announcements even when the next whole minute comes sooner', async () => {
    await press(el, text.start());
    await pass(10 * minute + 40_000); // asleep: one announcement of the time now
    expect(spoken(el)).to.equal(text.walkingFor('10 minutes'));
    await pass(30_000); // 11:10: a new minute, but only 30 seconds since the last
    expect(spoken(el)).to.equal(text.walkingFor('10 minutes'));
    await pass(30_000); // 11:40: a minute on
    expect(spoken(el)).to.equal(text.walkingFor('11 minutes'));
    await pass(59_000); // 12:39: a new minute, not a minute on
    expect(spoken(el)).to.equal(text.walkingFor('11 minutes'));
    await pass(1_000);
    expect(spoken(el)).to.equal(text.walkingFor('12 minutes'));
  });

  it('counts the minutes of a rest from the rest, and says nothing in its first minute', async () => {
    await press(el, text.start());
    await pass(50_000);
    await press(el, text.stop());
    const restStarted = text.restStarted('50 seconds');
    expect(spoken(el)).to.equal(restStarted);
    await pass(30_000); // 1:20 since the walk began, 0:30 into the rest
    expect(spoken(el)).to.equal(restStarted);
    await pass(30_000);
    expect(spoken(el)).to.equal(text.restingFor('1 minute'));
    await press(el, text.walkAgain());
    expect(spoken(el)).to.equal(text.walkStarted('2'));
  });

  it('shows no negative time when the clock is set back, and runs on when it goes forward', async () => {
    await press(el, text.start());
    await pass(2 * minute);
    await pass(-5 * minute); // set back by five minutes: three before the walk began
    expect(timerFace(el).clock).to.equal('0:00');
    expect(el.shadowRoot!.querySelector('.clock')!.getAttribute('datetime')).to.equal('PT0M0S');
    expect(spoken(el)).to.equal(text.walkingFor('2 minutes'));
    await pass(5 * minute + 30_000);
    expect(timerFace(el).clock).to.equal('2:30');
    await press(el, text.stop());
    clock.advance(-minute);
    await press(el, text.end()); // ended a minute "before" the rest began
    expect(ended).to.deep.equal([{ walks: [{ walkSeconds: 150, restSeconds: 0 }] }]);
    for (const part of ['timer', 'session']) {
      const shown = el.shadowRoot!.querySelector(`[part~="${part}"]`)!.textContent!;
      expect(shown, part).to.not.match(/-\s*\d|NaN/);
    }
  });

  it('gives the clock a machine-readable duration as it runs', async () => {
    await press(el, text.start());
    await pass(75 * minute + 9_000);
    const time = el.shadowRoot!.querySelector('[part~="timer"] time')!;
    expect(time.textContent!.trim()).to.equal('75:09');
    expect(time.getAttribute('datetime')).to.equal('PT75M9S');
  });

  it('tables a long session: ten walks, their rests and the totals', async () => {
    await press(el, text.start());
    for (let walk = 1; walk <= 10; walk++) {
      await pass(walk * 10_000);
      await press(el, text.stop());
      await pass(20_000);
      await press(el, walk === 10 ? text.end() : text.walkAgain());
    }
    const walks = Array.from({ length: 10 }, (_, index) => ({
      walkSeconds: (index + 1) * 10,
      restSeconds: 20,
    }));
    expect(ended).to.deep.equal([{ walks }]);
    const table = sessionTable(el)!;
    expect(rowsOf(table)).to.have.length(10);
    expect(rowsOf(table)[9]).to.deep.equal(['10', '1 minute, 40 seconds', '20 seconds']);
    expect(
      [...table.querySelectorAll('tfoot td')].map((td) => td.textContent!.trim()),
    ).to.deep.equal(['9 minutes, 10 seconds', '3 minutes, 20 seconds']);
  });

  it('fires circ-session-end only for the press on "End session"', async () => {
    await press(el, text.start());
    await pass(minute);
    await press(el, text.stop());
    await press(el, text.walkAgain());
    // What code, the browser or the page does: none of it ends the session.
    el.weeks = 2;
    el.start = '2026-12-07';
    el.headingLevel = 3;
    await el.updateComplete;
    await pass(10 * minute);
    await setPageLanguage('cy');
    await resetPageLanguage();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(ended).to.deep.equal([]);
    expect(timerButtons(el)).to.deep.equal([text.stop(), text.end()]);
    await press(el, text.end());
    expect(ended).to.have.length(1);
    // The next session starts empty: its walks are its own.
    await press(el, text.start());
    await pass(5_000);
    await press(el, text.end());
    expect(ended[1]).to.deep.equal({ walks: [{ walkSeconds: 5, restSeconds: 0 }] });
  });

  it('stops ticking when removed, and reads the whole time again when put back', async () => {
    // A second plan, left on the page, is the control: once its own timer has shown the
    // new time, the removed one's would have too, however slow the machine.
    const control = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    await press(el, text.start());
    await press(control, text.start());
    const parent = el.parentElement!;
    el.remove();
    clock.advance(3 * minute);
    await waitUntil(() => timerFace(control).clock === '3:00', 'the control did not tick', {
      timeout: 5_000,
    });
    await el.updateComplete;
    expect(timerFace(el).clock).to.equal('0:00');
    parent.append(el);
    await el.updateComplete;
    expect(timerFace(el).clock).to.equal('3:00');
  });
});
