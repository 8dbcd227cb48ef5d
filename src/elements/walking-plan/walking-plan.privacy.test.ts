// Nothing stored or sent, through every door a page has: the safety test
// (walking-plan.safety.test.ts) watches fetch, sendBeacon, Storage and cookies for one
// session; this one watches every storage (local and session storage's writes, removals
// and clears, IndexedDB, the Cache API), every way to send (fetch, XMLHttpRequest, sendBeacon,
// WebSocket, EventSource, BroadcastChannel, postMessage) and the address bar (history,
// hash), through a whole session with a sleep, a language change and a second session.
// The times go only where the contract says: the shadow root and the circ-session-end event.
import { expect, fixture, html } from '@open-wc/testing';
import '../../walking-plan.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import { resetPageLanguage, setPageLanguage } from '../../test-utils/page-language.js';
import { press, text } from '../../test-utils/walking-plan-test-helpers.js';
import type { CircWalkingPlan } from './walking-plan.element.js';

type Restore = () => void;

/** Replaces `object[key]` with a recorder of its calls (calling through when `through`). */
function watch<T extends object>(
  calls: string[],
  label: string,
  object: T,
  key: keyof T & string,
  through = false,
): Restore {
  const own = Object.getOwnPropertyDescriptor(object, key);
  const original = object[key] as unknown as (...args: unknown[]) => unknown;
  Object.defineProperty(object, key, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      calls.push(`${label} ${args.map((arg) => String(arg)).join(' ')}`.trim());
      return through ? original.apply(this, args) : undefined;
    },
  });
  return () => {
    if (own) Object.defineProperty(object, key, own);
    else delete object[key];
  };
}

/** Replaces a constructor on `window` with one that records and then fails. */
function watchConstructor(calls: string[], name: string): Restore {
  const win = window as unknown as Record<string, unknown>;
  const own = Object.getOwnPropertyDescriptor(window, name);
  win[name] = function (...args: unknown[]) {
    calls.push(`new ${name} ${args.map(String).join(' ')}`);
    throw new Error(`${name} is not allowed in this test`);
  };
  return () => {
    if (own) Object.defineProperty(window, name, own);
  };
}

describe('<circ-walking-plan> privacy', () => {
  const clock = useFakeClock();
  let calls: string[];
  let restores: Restore[];

  beforeEach(() => {
    calls = [];
    restores = [
      // On the prototype: defining a property on a Storage object itself stores an item.
      watch(calls, 'Storage.setItem', Storage.prototype, 'setItem', true),
      watch(calls, 'Storage.removeItem', Storage.prototype, 'removeItem', true),
      watch(calls, 'Storage.clear', Storage.prototype, 'clear', true),
      watch(calls, 'indexedDB.open', indexedDB, 'open'),
      watch(calls, 'fetch', window, 'fetch'),
      watch(calls, 'XMLHttpRequest.open', XMLHttpRequest.prototype, 'open'),
      watch(calls, 'sendBeacon', navigator, 'sendBeacon'),
      watch(calls, 'postMessage', window, 'postMessage'),
      watch(calls, 'pushState', history, 'pushState'),
      watch(calls, 'replaceState', history, 'replaceState'),
      ...['WebSocket', 'EventSource', 'BroadcastChannel', 'Worker', 'SharedWorker']
        .filter((name) => name in window)
        .map((name) => watchConstructor(calls, name)),
    ];
    // The Cache API exists only in secure contexts (the test page may be plain http).
    if ('caches' in window) restores.push(watch(calls, 'caches.open', caches, 'open'));
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => cookie.get!.call(document),
      set: (value: string) => calls.push(`cookie ${value}`),
    });
    restores.push(() => delete (document as { cookie?: string }).cookie);
  });

  afterEach(() => restores.reverse().forEach((restore) => restore()));

  it('sees each door it watches (so that an empty record means something)', () => {
    window.localStorage.setItem('circ-probe', '1');
    window.sessionStorage.setItem('circ-probe', '1');
    window.localStorage.removeItem('circ-probe');
    window.sessionStorage.removeItem('circ-probe');
    void indexedDB.open('circ-probe');
    void window.fetch('/circ-probe');
    new XMLHttpRequest().open('GET', '/circ-probe');
    navigator.sendBeacon('/circ-probe');
    window.postMessage('circ-probe', '*');
    history.replaceState(null, '', location.href);
    expect(() => new WebSocket('ws://localhost/circ-probe')).to.throw();
    document.cookie = 'circ-probe=1';
    expect(calls.map((call) => call.split(' ')[0])).to.deep.equal([
      'Storage.setItem',
      'Storage.setItem',
      'Storage.removeItem',
      'Storage.removeItem',
      'indexedDB.open',
      'fetch',
      'XMLHttpRequest.open',
      'sendBeacon',
      'postMessage',
      'replaceState',
      'new',
      'cookie',
    ]);
  });

  it('stores and sends nothing through a whole session, a sleep, a language change and another session', async () => {
    const address = location.href;
    const storedBefore = [window.localStorage.length, window.sessionStorage.length];
    const el = await fixture<CircWalkingPlan>(
      html`<circ-walking-plan start="2026-12-07"></circ-walking-plan>`,
    );
    let heard = 0;
    document.addEventListener('circ-session-end', () => heard++, { once: true });
    await press(el, text.start());
    clock.advance(14 * 60_000); // the screen locked mid-walk
    clock.wake();
    await el.updateComplete;
    await press(el, text.stop());
    clock.advance(90_000);
    await setPageLanguage('cy');
    await resetPageLanguage();
    await press(el, text.walkAgain());
    clock.advance(60_000);
    await press(el, text.end());
    await press(el, text.start());
    clock.advance(30_000);
    await press(el, text.end());

    expect(calls).to.deep.equal([]);
    expect([window.localStorage.length, window.sessionStorage.length]).to.deep.equal(storedBefore);
    expect(location.href).to.equal(address);
    expect(heard, 'the page hears the event, its only way out').to.equal(1);
  });

  it('keeps the times out of the page around it: no attribute, light DOM or title changes', async () => {
    const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    const title = document.title;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    try {
      await press(el, text.start());
      clock.advance(185_000);
      clock.wake();
      await el.updateComplete;
      await press(el, text.stop());
      clock.advance(60_000);
      await press(el, text.end());
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      observer.disconnect();
    }
    // Everything the element shows is in its own shadow root, which a page's observer of
    // its document does not see.
    expect(changes.map((record) => `${record.type} ${String(record.attributeName)}`)).to.deep.equal(
      [],
    );
    expect(document.title).to.equal(title);
    expect(calls).to.deep.equal([]);
  });

  it('starts afresh in a new element, as after a reload', async () => {
    const first = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    await press(first, text.start());
    clock.advance(60_000);
    await press(first, text.end());
    first.remove();
    const second = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    expect(second.shadowRoot!.querySelector('[part~="session"]')).to.equal(null);
    expect(
      second.shadowRoot!.querySelector('[part~="timer"] .actions')!.textContent!.trim(),
    ).to.equal(text.start());
    expect(calls).to.deep.equal([]);
  });
});
