import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../explainer.js';
import '../sources.js';
import '../comparison.js';
import '../symptom-checklist.js';
import type { CircExplainer } from '../elements/explainer/explainer.element.js';
import type { CircSources } from '../elements/sources/sources.element.js';
import { builtInSources } from '../content/sources.js';
import { explainerTopics } from '../content/explainer/topics.js';
import { accessibleText, expectSameNode } from '../test-utils/composed-tree.js';
import { useWarnings } from '../test-utils/warnings.js';
import {
  accessibilityTree,
  canReadAccessibilityTree,
  nodesWithRole,
} from '../test-utils/a11y-tree.js';

/** The citation markers of an element, as a screen reader names them. */
const markersOf = (el: CircExplainer) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.cite'));
const markerNames = (el: CircExplainer) =>
  markersOf(el).map((m) => m.getAttribute('aria-label') ?? m.textContent!.trim());
const focusedEntry = (list: CircSources) =>
  (list.shadowRoot!.activeElement as HTMLElement | null)?.dataset.sourceId;

describe('citation markers', () => {
  it('leave a partner’s own slotted link alone, even one that looks like a marker', async () => {
    const page = await fixture(html`
      <div>
        <circ-explainer topic="treatment">
          <a slot="footer" class="cite" data-source-id="nice-cg147" href="#partner-section"
            >Our own section</a
          >
        </circ-explainer>
        <circ-sources only="nice-cg147"></circ-sources>
      </div>
    `);
    const explainer = page.querySelector('circ-explainer')!;
    await explainer.updateComplete;
    let cites = 0;
    explainer.addEventListener('circ-cite', () => cites++);
    const partnerLink = explainer.querySelector('a')!;
    let followed = true;
    page.addEventListener('click', (event) => {
      followed = !event.defaultPrevented;
      event.preventDefault(); // keep the test page where it is
    });
    partnerLink.click();
    expect(followed, 'the partner link is not cancelled').to.equal(true);
    expect(cites).to.equal(0);
  });

  it('show a partner’s source title as text, never as markup, and never in a marker', async () => {
    // The markers and the list are built as static markup: every piece of text is escaped.
    const title = `Our <img src="x" onerror="alert(1)"> leaflet & "notes" 'n' more`;
    const page = await fixture(html`
      <div>
        <circ-explainer topic="treatment"></circ-explainer>
        <circ-sources only="nice-cg147" .sources=${[{ id: 'nice-cg147', title }]}></circ-sources>
      </div>
    `);
    const explainer = page.querySelector('circ-explainer')!;
    const list = page.querySelector('circ-sources')!;
    await explainer.updateComplete;
    await list.updateComplete;
    expect(markerNames(explainer)).to.include('Source 1');
    expect(markerNames(explainer).some((name) => name.includes('leaflet'))).to.equal(false);
    expect(list.shadowRoot!.textContent).to.include(title);
    expect(explainer.shadowRoot!.querySelector('img')).to.equal(null);
    expect(list.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('number each statement by the page’s <circ-sources> list, in its order', async () => {
    const page = await fixture(html`
      <div>
        <circ-explainer topic="critical-ischaemia" open></circ-explainer>
        <circ-sources
          only="nice-cg147 global-vascular-guidelines eur-treatment-strategies sdu-claudicatio-intermittens"
        ></circ-sources>
      </div>
    `);
    const explainer = page.querySelector('circ-explainer')!;
    await explainer.updateComplete;
    // The first summary statement cites the article's two sources and the CLTI guideline:
    // one marker, numbered by the list, named briefly, without the titles (issue 17).
    const [first] = markersOf(explainer);
    expect(first!.textContent!.trim()).to.equal('[3, 4, 2]');
    expect(markerNames(explainer)[0]).to.equal('Sources 3, 4, 2');
    expect(first!.getAttribute('href')).to.equal('#circ-source-eur-treatment-strategies');
    // Every marker is explained somewhere: all cited sources are in this list.
    expect(markerNames(explainer)).to.include('Source 1');
    expect(
      markerNames(explainer).every((name) =>
        /^Sources? [\d, ]+( \(opens in a new tab\))?$/.test(name),
      ),
    ).to.equal(true);
    await expect(explainer).to.be.accessible();
  });

  it('move focus to the list entry and fire circ-cite when activated by keyboard', async () => {
    const page = await fixture(html`
      <div>
        <button>Before</button>
        <circ-explainer topic="ischaemia"></circ-explainer>
        <circ-sources></circ-sources>
      </div>
    `);
    const explainer = page.querySelector('circ-explainer')!;
    const list = page.querySelector('circ-sources')!;
    await explainer.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const firstMarker = markersOf(explainer)[0]!;
    expectSameNode(explainer.shadowRoot!.activeElement, firstMarker);

    const cited = oneEvent(page, 'circ-cite');
    await sendKeys({ press: 'Enter' });
    const event = await cited;

    expect(event.detail).to.deep.equal({
      id: 'eur-treatment-strategies',
      ids: ['eur-treatment-strategies', 'sdu-claudicatio-intermittens'],
    });
    expect(event.composed).to.equal(true);
    expectSameNode(document.activeElement, list);
    expect(focusedEntry(list)).to.equal('eur-treatment-strategies');
    expect(location.hash).to.equal('');
  });

  it('link to the source itself, in a new tab, when the page has no list', async () => {
    const el = await fixture<CircExplainer>(html`<circ-explainer></circ-explainer>`);
    const first = markersOf(el)[0] as HTMLAnchorElement;
    expect(first.localName).to.equal('a');
    expect(first.getAttribute('href')).to.equal('https://repub.eur.nl/pub/113904');
    expect(first.target).to.equal('_blank');
    expect(first.rel).to.equal('noopener noreferrer');
    expect(first.getAttribute('aria-label')).to.equal('Sources 1, 2 (opens in a new tab)');
    // Without a list the numbers are the sources' places among the built-in sources; the
    // marker opens the first of them.
    expect(first.textContent!.trim()).to.equal('[1, 2]');
    await expect(el).to.be.accessible();
  });

  it('fire circ-cite when linking out too', async () => {
    const el = await fixture<CircExplainer>(html`<circ-explainer></circ-explainer>`);
    const first = markersOf(el)[0] as HTMLAnchorElement;
    // Keep the test page from opening a tab: the default action is the browser's job.
    el.shadowRoot!.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const cited = oneEvent(el, 'circ-cite');
    first.click();
    expect((await cited).detail).to.deep.equal({
      id: 'eur-treatment-strategies',
      ids: ['eur-treatment-strategies', 'sdu-claudicatio-intermittens'],
    });
  });

  it('name a source without a web address in plain text', async () => {
    const el = await fixture<CircExplainer>(
      html`<circ-explainer topic="intermittent-claudication" open></circ-explainer>`,
    );
    const tascIndex = builtInSources.findIndex((source) => source.id === 'tasc-ii') + 1;
    const inText = markersOf(el).filter((marker) => marker.localName === 'span');
    // The visible numbers are hidden from screen readers; they hear the short name instead.
    expect(inText.map((marker) => accessibleText(marker))).to.include(`Source ${tascIndex}`);
    for (const marker of inText) {
      expect(accessibleText(marker)).to.match(/^Sources? [\d, ]+$/);
      expect(marker.textContent).to.match(/^\[[\d, ]+\]/);
    }
  });

  it('pick up a list added later and fall back when it is removed', async () => {
    const page = await fixture(html`<div><circ-explainer></circ-explainer></div>`);
    const explainer = page.querySelector('circ-explainer')!;
    expect(markersOf(explainer)[0]!.getAttribute('href')).to.match(/^https:/);

    const list = document.createElement('circ-sources');
    list.only = 'sdu-claudicatio-intermittens eur-treatment-strategies';
    page.append(list);
    await list.updateComplete;
    await explainer.updateComplete;
    const [first] = markersOf(explainer);
    expect(first!.textContent!.trim()).to.equal('[2, 1]');
    expect(first!.getAttribute('href')).to.equal('#circ-source-eur-treatment-strategies');

    list.only = 'sdu-claudicatio-intermittens';
    await list.updateComplete;
    await explainer.updateComplete;
    // Only the list's numbers: a source it leaves out has no number the reader could find.
    expect(markersOf(explainer)[0]!.textContent!.trim()).to.equal('[1]');
    expect(markersOf(explainer)[0]!.getAttribute('href')).to.equal(
      '#circ-source-sdu-claudicatio-intermittens',
    );

    list.remove();
    await explainer.updateComplete;
    expect(markersOf(explainer)[0]!.getAttribute('href')).to.equal(
      'https://repub.eur.nl/pub/113904',
    );
  });

  it('every statement of every topic carries at least one marker', async () => {
    for (const topic of Object.keys(explainerTopics)) {
      const el = await fixture<CircExplainer>(
        html`<circ-explainer topic=${topic} open></circ-explainer>`,
      );
      const statements = el.shadowRoot!.querySelectorAll('.statement');
      for (const statement of statements) {
        expect(statement.nextElementSibling?.matches('sup.citations'), topic).to.equal(true);
      }
    }
  });

  describe('for a patient to read past (issue 17)', () => {
    const warnings = useWarnings();

    /** How many Tab presses it takes to go through `el` from the button before it. */
    async function tabStops(el: HTMLElement): Promise<number> {
      const before = el.previousElementSibling as HTMLElement;
      before.focus();
      let stops = 0;
      for (;;) {
        await sendKeys({ press: 'Tab' });
        if (document.activeElement !== el) return stops;
        stops++;
      }
    }

    it('makes each statement one keyboard stop, however many sources it cites', async () => {
      const page = await fixture(html`
        <div>
          <button>Before</button><circ-explainer topic="critical-ischaemia"></circ-explainer
          ><button>After</button>
        </div>
      `);
      const el = page.querySelector('circ-explainer')!;
      await el.updateComplete;
      // One marker per statement, whatever it cites (three sources, here and there)...
      const groups = el.shadowRoot!.querySelectorAll('sup.citations');
      for (const group of groups) expect(group.querySelectorAll('.cite')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[data-source-ids~="global-vascular-guidelines"]')).to
        .exist;
      // ...so one Tab stop per marker that is a link outside the closed details, plus the
      // details' toggle.
      const links = [...el.shadowRoot!.querySelectorAll('a.cite')].filter(
        (link) => !link.closest('details'),
      );
      expect(await tabStops(el)).to.equal(links.length + 1);
    });

    it('shows no markers and no stops with citations="none", and the list stays whole', async () => {
      const page = await fixture(html`
        <div>
          <button>Before</button
          ><circ-explainer topic="critical-ischaemia" citations="none"></circ-explainer
          ><button>After</button>
          <circ-sources></circ-sources>
        </div>
      `);
      const el = page.querySelector('circ-explainer')!;
      const list = page.querySelector('circ-sources')!;
      await el.updateComplete;
      await list.updateComplete;
      expect(markersOf(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('sup')).to.have.length(0);
      expect(await tabStops(el)).to.equal(1); // the summary toggle only
      expect(list.shadowRoot!.querySelectorAll('li')).to.have.length(builtInSources.length);
      await expect(el).to.be.accessible();
    });

    for (const [tag, markup] of [
      ['circ-comparison', html`<circ-comparison with-critical citations="none"></circ-comparison>`],
      [
        'circ-symptom-checklist',
        html`<circ-symptom-checklist
          citations="none"
          answers='{"redFlags": ["rest-pain"], "walkingPain": true}'
        ></circ-symptom-checklist>`,
      ],
    ] as const) {
      it(`leaves out every marker of ${tag} with citations="none", keeping the words`, async () => {
        const el = await fixture<HTMLElement>(markup);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(el.shadowRoot!.querySelectorAll('.cite, sup')).to.have.length(0);
        expect(el.shadowRoot!.querySelectorAll('.statement').length).to.be.at.least(2);
      });
    }

    it('are short, one per statement, in the accessibility tree', async function () {
      if (!canReadAccessibilityTree) this.skip(); // only Chromium's tree is readable (a11y-tree.ts)
      await fixture(html`<circ-explainer topic="critical-ischaemia" open></circ-explainer>`);
      const tree = await accessibilityTree('circ-explainer');
      const names = nodesWithRole(tree, 'link').map((node) => node.name ?? '');
      expect(names.length).to.be.at.least(5);
      for (const name of names) expect(name).to.match(/^Sources? [\d, ]+ \(opens in a new tab\)$/);
    });

    it('falls back to inline markers for an unknown citations value, with one warning', async () => {
      const el = await fixture<CircExplainer>(
        html`<circ-explainer topic="treatment" citations="footnotes"></circ-explainer>`,
      );
      expect(markersOf(el).length).to.be.greaterThan(0);
      el.setAttribute('citations', 'footnotes');
      el.removeAttribute('citations');
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        'circ-explainer: citations "footnotes" is not inline or none; using inline.',
      ]);
    });

    it('keeps the marker off the last word or figure of its statement', async () => {
      const el = await fixture<CircExplainer>(
        html`<circ-explainer topic="treatment"></circ-explainer>`,
      );
      const marker = el.shadowRoot!.querySelector('sup.citations')!;
      expect(parseFloat(getComputedStyle(marker).marginInlineStart)).to.be.greaterThan(0);
    });
  });
});
