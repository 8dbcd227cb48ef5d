// The session's timing rule as pure functions of the clock's readings: each phase is timed
// from its own start, a clock set back counts as no time, and the presses that do not fit
// the phase change nothing.
import { expect } from '@open-wc/testing';
import {
  elapsedMs,
  endSession,
  readySession,
  startRest,
  startWalk,
  type SessionState,
} from './walking-session.js';

const t0 = Date.UTC(2026, 11, 2, 9, 0, 0);
const at = (seconds: number) => t0 + seconds * 1000;

describe('walking session (pure)', () => {
  it('has no time while ready, whatever the clock says', () => {
    expect(elapsedMs(readySession, at(0))).to.equal(0);
    expect(elapsedMs(readySession, at(600))).to.equal(0);
    expect(endSession(readySession, at(600))).to.deep.equal([]);
  });

  it('times each phase from its own start', () => {
    const walking = startWalk(readySession, at(0));
    expect(walking).to.deep.equal({ phase: 'walking', since: at(0), walks: [] });
    expect(elapsedMs(walking, at(185))).to.equal(185_000);
    const resting = startRest(walking, at(185));
    expect(resting).to.deep.equal({
      phase: 'resting',
      since: at(185),
      walks: [{ walkSeconds: 185, restSeconds: 0 }],
    });
    expect(elapsedMs(resting, at(275))).to.equal(90_000);
    const again = startWalk(resting, at(275));
    expect(again).to.deep.equal({
      phase: 'walking',
      since: at(275),
      walks: [{ walkSeconds: 185, restSeconds: 90 }],
    });
  });

  it('ends while walking with the walk so far and no rest after it', () => {
    let state = startWalk(readySession, at(0));
    state = startRest(state, at(60));
    state = startWalk(state, at(100));
    expect(endSession(state, at(142))).to.deep.equal([
      { walkSeconds: 60, restSeconds: 40 },
      { walkSeconds: 42, restSeconds: 0 },
    ]);
  });

  it('ends while resting with the rest so far', () => {
    const state = startRest(startWalk(readySession, at(0)), at(30));
    expect(endSession(state, at(75))).to.deep.equal([{ walkSeconds: 30, restSeconds: 45 }]);
  });

  it('counts a long sleep in full: a 25-minute jump is 1500 seconds', () => {
    const state = startWalk(readySession, at(0));
    expect(endSession(state, at(25 * 60))).to.deep.equal([{ walkSeconds: 1500, restSeconds: 0 }]);
  });

  it('counts a clock set back as no time, never negative', () => {
    const walking = startWalk(readySession, at(600));
    expect(elapsedMs(walking, at(0))).to.equal(0);
    const resting = startRest(walking, at(300));
    expect(resting.walks).to.deep.equal([{ walkSeconds: 0, restSeconds: 0 }]);
    expect(endSession(resting, at(100))).to.deep.equal([{ walkSeconds: 0, restSeconds: 0 }]);
  });

  it('rounds to the nearest whole second', () => {
    const state = startWalk(readySession, t0);
    expect(endSession(state, t0 + 1_499)).to.deep.equal([{ walkSeconds: 1, restSeconds: 0 }]);
    expect(endSession(state, t0 + 1_500)).to.deep.equal([{ walkSeconds: 2, restSeconds: 0 }]);
  });

  it('ignores a press that does not fit the phase (a double click)', () => {
    const walking = startWalk(readySession, at(0));
    expect(startWalk(walking, at(10))).to.equal(walking);
    const resting = startRest(walking, at(20));
    expect(startRest(resting, at(30))).to.equal(resting);
    expect(startRest(readySession, at(30))).to.equal(readySession);
  });

  it('never changes the state or the records it was given', () => {
    const resting: SessionState = Object.freeze({
      phase: 'resting',
      since: at(100),
      walks: Object.freeze([Object.freeze({ walkSeconds: 100, restSeconds: 0 })]),
    });
    const walks = endSession(resting, at(160));
    expect(walks).to.deep.equal([{ walkSeconds: 100, restSeconds: 60 }]);
    expect(resting.walks[0]!.restSeconds).to.equal(0);
    walks[0]!.walkSeconds = 1;
    expect(resting.walks[0]!.walkSeconds).to.equal(100);
    expect(startWalk(resting, at(160)).walks[0]).to.not.equal(resting.walks[0]);
  });
});
