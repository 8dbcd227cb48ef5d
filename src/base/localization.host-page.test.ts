import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../index.js';
import { headingsIn } from '../test-utils/composed-tree.js';
import { setPageLanguage } from '../test-utils/page-language.js';
import { getLocale, setLocale } from './localization.js';

// A host page that localizes its own components with @lit/localize — the same copy of the
// package our elements import. Both must keep working: our elements never configure it.
describe('a host page with its own @lit/localize', () => {
  const hostTemplates = { de: { greeting: 'Hallo' } } as const;
  const host = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: async (locale) => ({ templates: hostTemplates[locale as 'de'] }),
  });
  const hostGreeting = () => msg('Hello', { id: 'greeting' });

  it('configures and switches its own locale, and ours follows <html lang> independently', async () => {
    const el = await fixture(html`<circ-explainer></circ-explainer>`);
    expect(hostGreeting()).to.equal('Hello');

    await host.setLocale('de');
    expect(host.getLocale()).to.equal('de');
    expect(hostGreeting()).to.equal('Hallo');
    // The host's switch leaves our elements alone.
    expect(getLocale()).to.equal('en-GB');
    expect(headingsIn(el)[0]!.name).to.equal('Ischaemia');

    await setPageLanguage('cy');
    expect(getLocale()).to.equal('cy');
    expect(headingsIn(el)[0]!.name).not.to.equal('Ischaemia');
    // …and ours leaves the host alone.
    expect(host.getLocale()).to.equal('de');
    expect(hostGreeting()).to.equal('Hallo');
  });

  it('never makes the host reconfigure or throw when we switch', async () => {
    await setLocale('pl');
    expect(getLocale()).to.equal('pl');
    expect(host.getLocale()).to.equal('de');
    expect(() =>
      configureLocalization({
        sourceLocale: 'en',
        targetLocales: [],
        loadLocale: async () => ({ templates: {} }),
      }),
    ).to.throw(/only be configured once/);
  });
});
