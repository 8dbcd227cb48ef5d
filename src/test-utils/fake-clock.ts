/**
 * A fake wall clock for the walking plan's timers: `Date.now()` returns what the test
 * sets, so a test can let ten minutes pass, or jump as if the tab had slept, without
 * waiting. Timers (`setTimeout`) stay real: the element's next refresh comes within a
 * second of real time, or at once on `visibilitychange` (see `wake()`).
 *
 * Call `restore()` in `afterEach` (or use `useFakeClock()`).
 */
export interface FakeClock {
  /** The time `Date.now()` returns now (ms). */
  readonly now: number;
  /** Moves the clock on by `ms` (no timer runs: the page is asleep meanwhile). */
  advance(ms: number): void;
  /**
   * As the browser does when a tab comes back from the background: fires
   * `visibilitychange` on the document (which is visible in tests).
   */
  wake(): void;
  restore(): void;
}

export function installFakeClock(start = Date.UTC(2026, 11, 2, 9, 0, 0)): FakeClock {
  const realNow = Date.now;
  let now = start;
  Date.now = () => now;
  return {
    get now() {
      return now;
    },
    advance(ms: number) {
      now += ms;
    },
    wake() {
      document.dispatchEvent(new Event('visibilitychange'));
    },
    restore() {
      Date.now = realNow;
    },
  };
}

/** Installs a fake clock around every test of the enclosing `describe`. */
export function useFakeClock(): FakeClock {
  let clock: FakeClock | undefined;
  beforeEach(() => {
    clock = installFakeClock();
  });
  afterEach(() => clock?.restore());
  return {
    get now() {
      return clock!.now;
    },
    advance: (ms) => clock!.advance(ms),
    wake: () => clock!.wake(),
    restore: () => clock?.restore(),
  };
}
