// The session helper's record of walks and rests, as plain data and pure functions of the
// clock's readings, so the timing rule is written once and tested without waiting.
//
// Time is the difference between two readings of the wall clock (`Date.now()`), never a
// count of timer ticks: a background tab runs its timers late or not at all, and a phone
// whose screen locks mid-walk may suspend the page, where the monotonic `performance.now()`
// stops too on some systems. The wall clock keeps going, so the walk that went on while the
// screen was off is counted. A clock set back (a time-zone or network correction) can make
// a difference negative: it is counted as zero, never as negative time.

/** One walk of a session and the rest after it, in whole seconds. */
export interface WalkRecord {
  /** How long the reader walked, until they pressed "Stop". */
  walkSeconds: number;
  /** How long they rested after it, until "Walk again" or "End session" (0 if none). */
  restSeconds: number;
}

/** What the session is doing now. */
export type SessionPhase = 'ready' | 'walking' | 'resting';

/** The state of one session: its phase, when that began (ms, wall clock) and the walks so far. */
export interface SessionState {
  readonly phase: SessionPhase;
  /** `Date.now()` when the phase began; 0 while `ready`. */
  readonly since: number;
  /** The walks so far; while resting, the last one's `restSeconds` is still 0. */
  readonly walks: readonly WalkRecord[];
}

/** A session not started yet. */
export const readySession: SessionState = { phase: 'ready', since: 0, walks: [] };

/** Milliseconds since the phase began, never negative. */
export function elapsedMs(state: SessionState, now: number): number {
  return state.phase === 'ready' ? 0 : Math.max(0, now - state.since);
}

const seconds = (ms: number) => Math.round(ms / 1000);

/** "Start walking" (from `ready`) or "Walk again" (from `resting`): a new walk begins now. */
export function startWalk(state: SessionState, now: number): SessionState {
  if (state.phase === 'walking') return state;
  return { phase: 'walking', since: now, walks: finishRest(state, now) };
}

/** "Stop: the pain is getting strong": the walk is recorded and a rest begins now. */
export function startRest(state: SessionState, now: number): SessionState {
  if (state.phase !== 'walking') return state;
  const walk = { walkSeconds: seconds(elapsedMs(state, now)), restSeconds: 0 };
  return { phase: 'resting', since: now, walks: [...state.walks, walk] };
}

/**
 * "End session": the walks with the phase under way counted up to now (a walk in
 * progress is recorded with no rest after it).
 */
export function endSession(state: SessionState, now: number): WalkRecord[] {
  if (state.phase === 'walking') return [...startRest(state, now).walks];
  return finishRest(state, now);
}

/** The walks, with the rest under way (if any) given its length up to now. */
function finishRest(state: SessionState, now: number): WalkRecord[] {
  const walks = state.walks.map((walk) => ({ ...walk }));
  const last = walks.at(-1);
  if (state.phase === 'resting' && last) last.restSeconds = seconds(elapsedMs(state, now));
  return walks;
}
