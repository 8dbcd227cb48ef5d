// The session helper: walks and rests timed from the clock, announced politely, ended as
// a table and an event. The clock is fake (test-utils/fake-clock.ts); timers stay real.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../walking-plan.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import {
  buttonNamed,
  press,
  rowsOf,
  sessionTable,
  spoken,
  text,
  timerButtons,
  timerFace,
} from '../../test-utils/walking-plan-test-helpers.js';
import type { CircWalkingPlan, SessionEndDetail } from './walking-plan.element.js';

const minute = 60_000;

describe('<circ-walking-plan> session helper', () => {
  const clock = useFakeClock();
  let el: CircWalkingPlan;

  beforeEach(async () => {
    el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
  });

  /** Lets `ms` pass, then brings the page back, as the browser does after a sleep. */
  async function pass(ms: number): Promise<void> {
    clock.advance(ms);
    clock.wake();
    await el.updateComplete;
  }

  it('starts ready, with only "Start walking"', () => {
    expect(timerButtons(el)).to.deep.equal([text.start()]);
    expect(timerFace(el)).to.deep.equal({ status: text.ready(), clock: '0:00' });
    expect(spoken(el)).to.equal('');
    expect(sessionTable(el)).to.equal(null);
  });

  it('times a walk, a rest and the next walk, each from its own start', async () => {
    await press(el, text.start());
    expect(timerButtons(el)).to.deep.equal([text.stop(), text.end()]);
    await pass(3 * minute + 5_000);
    expect(timerFace(el)).to.deep.equal({ status: text.walking('1'), clock: '3:05' });
    await press(el, text.stop());
    expect(timerButtons(el)).to.deep.equal([text.walkAgain(), text.end()]);
    expect(timerFace(el)).to.deep.equal({ status: text.resting('1'), clock: '0:00' });
    await pass(95_000);
    expect(timerFace(el).clock).to.equal('1:35');
    await press(el, text.walkAgain());
    expect(timerFace(el)).to.deep.equal({ status: text.walking('2'), clock: '0:00' });
  });

  it('updates the clock by itself each second while the page is awake', async () => {
    await press(el, text.start());
    clock.advance(7_000);
    // No wake(): only the element's own timer (real time, due within a second) can read
    // the clock. Waited for, with room for a slow machine, rather than a fixed 1.1 s.
    await waitUntil(() => timerFace(el).clock === '0:07', 'the clock did not tick by itself', {
      timeout: 5_000,
    });
    expect(timerFace(el).status).to.equal(text.walking('1'));
  });

  it('shows the whole time after the page slept, and counts a clock set back as no time', async () => {
    await press(el, text.start());
    await pass(25 * minute);
    expect(timerFace(el).clock).to.equal('25:00');
    await press(el, text.stop());
    clock.advance(-10 * minute); // the device's clock corrected backwards
    clock.wake();
    await el.updateComplete;
    expect(timerFace(el).clock).to.equal('0:00');
    let detail: SessionEndDetail | undefined;
    el.addEventListener('circ-session-end', (event) => (detail = event.detail));
    await press(el, text.end());
    expect(detail).to.deep.equal({ walks: [{ walkSeconds: 1500, restSeconds: 0 }] });
  });

  it('says each change of phase at once, and the time at most once a minute', async () => {
    await press(el, text.start());
    expect(spoken(el)).to.equal(text.walkStarted('1'));
    await pass(30_000);
    expect(spoken(el)).to.equal(text.walkStarted('1'));
    await pass(30_000);
    expect(spoken(el)).to.equal(text.walkingFor('1 minute'));
    await pass(20_000);
    expect(spoken(el)).to.equal(text.walkingFor('1 minute'));
    // Ten minutes asleep: one announcement of the time now, not ten.
    await pass(10 * minute);
    expect(spoken(el)).to.equal(text.walkingFor('11 minutes'));
    await press(el, text.stop());
    expect(spoken(el)).to.equal(text.restStarted('11 minutes, 20 seconds'));
    await pass(2 * minute);
    expect(spoken(el)).to.equal(text.restingFor('2 minutes'));
    await press(el, text.end());
    expect(spoken(el)).to.equal(text.sessionEnded());
  });

  it('ends with the walks and rests as a table, the same times as circ-session-end', async () => {
    const heard: CustomEvent<SessionEndDetail>[] = [];
    // The event map types circ-* events on elements; on the document it is a plain Event.
    const listen = (event: Event) => heard.push(event as CustomEvent<SessionEndDetail>);
    document.addEventListener('circ-session-end', listen);
    try {
      await press(el, text.start());
      await pass(185_000);
      await press(el, text.stop());
      await pass(90_000);
      await press(el, text.walkAgain());
      await pass(245_000);
      await press(el, text.stop());
      await pass(60_000);
      await press(el, text.end());
    } finally {
      document.removeEventListener('circ-session-end', listen);
    }
    expect(heard).to.have.length(1);
    const [event] = heard;
    expect(event!.bubbles && event!.composed, 'heard on the document').to.equal(true);
    expect(event!.detail).to.deep.equal({
      walks: [
        { walkSeconds: 185, restSeconds: 90 },
        { walkSeconds: 245, restSeconds: 60 },
      ],
    });
    const table = sessionTable(el)!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(text.sessionCaption());
    expect(
      [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim()),
    ).to.deep.equal([text.walkColumn(), text.walkTimeColumn(), text.restTimeColumn()]);
    expect(rowsOf(table)).to.deep.equal([
      ['1', '3 minutes, 5 seconds', '1 minute, 30 seconds'],
      ['2', '4 minutes, 5 seconds', '1 minute'],
    ]);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(2);
    const total = [...table.querySelectorAll('tfoot tr > *')].map((cell) =>
      cell.textContent!.trim(),
    );
    expect(total).to.deep.equal([text.total(), '7 minutes, 10 seconds', '2 minutes, 30 seconds']);
    expect(table.querySelector('time')!.getAttribute('datetime')).to.equal('PT3M5S');
    // Back to the start, with only "Start walking".
    expect(timerButtons(el)).to.deep.equal([text.start()]);
  });

  it('records a walk ended mid-walk with no rest after it', async () => {
    let detail: SessionEndDetail | undefined;
    el.addEventListener('circ-session-end', (event) => (detail = event.detail));
    await press(el, text.start());
    await pass(42_000);
    await press(el, text.end());
    expect(detail).to.deep.equal({ walks: [{ walkSeconds: 42, restSeconds: 0 }] });
  });

  it("hands the page a copy: changing the event's detail does not change the table", async () => {
    let detail: SessionEndDetail | undefined;
    el.addEventListener('circ-session-end', (event) => (detail = event.detail));
    await press(el, text.start());
    await pass(60_000);
    await press(el, text.end());
    detail!.walks[0]!.walkSeconds = 9999;
    el.requestUpdate();
    await el.updateComplete;
    expect(rowsOf(sessionTable(el))[0]![1]).to.equal('1 minute');
  });

  it('keeps the last table through the next session until that one ends', async () => {
    await press(el, text.start());
    await pass(60_000);
    await press(el, text.end());
    await press(el, text.start());
    await pass(30_000);
    expect(rowsOf(sessionTable(el))).to.deep.equal([['1', '1 minute', '0 seconds']]);
    await press(el, text.end());
    expect(rowsOf(sessionTable(el))).to.deep.equal([['1', '30 seconds', '0 seconds']]);
  });

  it('fires nothing for what code does: setting attributes or re-rendering', async () => {
    let fired = 0;
    el.addEventListener('circ-session-end', () => fired++);
    el.weeks = 4;
    el.start = '2026-12-07';
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(buttonNamed(el, text.end())).to.equal(undefined);
  });

  it('stops its timer when removed, and runs on from the clock when put back', async () => {
    await press(el, text.start());
    const parent = el.parentElement!;
    el.remove();
    clock.advance(5 * minute);
    parent.append(el);
    await el.updateComplete;
    expect(timerFace(el).clock).to.equal('5:00');
  });
});
