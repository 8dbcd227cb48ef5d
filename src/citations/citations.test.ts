import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../explainer.js';
import '../sources.js';
import type { CircExplainer } from '../elements/explainer/explainer.element.js';
import type { CircSources } from '../elements/sources/sources.element.js';
import { builtInSources } from '../content/sources.js';
import { explainerTopics } from '../content/explainer/topics.js';
import { accessibleText, expectSameNode } from '../test-utils/composed-tree.js';

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

  it('show a partner’s source title in a list as text, never as markup', async () => {
    // The markers are built as static markup: every piece of text in them is escaped.
    const title = `Our <img src="x" onerror="alert(1)"> leaflet & "notes" 'n' more`;
    const page = await fixture(html`
      <div>
        <circ-explainer topic="treatment"></circ-explainer>
        <circ-sources only="nice-cg147" .sources=${[{ id: 'nice-cg147', title }]}></circ-sources>
      </div>
    `);
    const explainer = page.querySelector('circ-explainer')!;
    await explainer.updateComplete;
    expect(markerNames(explainer)).to.include(`Source 1: ${title}`);
    expect(explainer.shadowRoot!.querySelector('img')).to.equal(null);
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
    // First summary statement cites the article's two sources and the CLTI guideline.
    const names = markerNames(explainer);
    expect(names.slice(0, 3)).to.deep.equal([
      'Source 3: Treatment Strategies for Patients with Intermittent Claudication',
      'Source 4: Claudicatio intermittens',
      'Source 2: Global Vascular Guidelines on the management of chronic limb-threatening ischemia',
    ]);
    expect(
      markersOf(explainer)
        .slice(0, 3)
        .map((m) => m.textContent!.trim()),
    ).to.deep.equal(['3', '4', '2']);
    // Every marker is explained somewhere: all cited sources are in this list.
    const nice = names.find((name) => name.startsWith('Source 1:'));
    expect(nice).to.equal(
      'Source 1: Peripheral arterial disease: diagnosis and management (CG147)',
    );
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

    expect(event.detail).to.deep.equal({ id: 'eur-treatment-strategies' });
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
    expect(first.getAttribute('aria-label')).to.equal(
      'Source 1: Treatment Strategies for Patients with Intermittent Claudication (opens in a new tab)',
    );
    // Without a list the number is the source's place among the built-in sources.
    expect(first.textContent!.trim()).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('fire circ-cite when linking out too', async () => {
    const el = await fixture<CircExplainer>(html`<circ-explainer></circ-explainer>`);
    const first = markersOf(el)[0] as HTMLAnchorElement;
    // Keep the test page from opening a tab: the default action is the browser's job.
    el.shadowRoot!.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const cited = oneEvent(el, 'circ-cite');
    first.click();
    expect((await cited).detail).to.deep.equal({ id: 'eur-treatment-strategies' });
  });

  it('name a source without a web address in plain text', async () => {
    const el = await fixture<CircExplainer>(
      html`<circ-explainer topic="intermittent-claudication"></circ-explainer>`,
    );
    const tascIndex = builtInSources.findIndex((source) => source.id === 'tasc-ii') + 1;
    const tasc = markersOf(el).find((marker) => marker.localName === 'span')!;
    // The visible number is hidden from screen readers; they hear the full name instead.
    expect(accessibleText(tasc)).to.equal(
      `Source ${tascIndex}: Inter-Society Consensus for the Management of Peripheral Arterial Disease (TASC II)`,
    );
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
    const [first, second] = markersOf(explainer);
    expect([first!.textContent!.trim(), second!.textContent!.trim()]).to.deep.equal(['2', '1']);
    expect(first!.getAttribute('href')).to.equal('#circ-source-eur-treatment-strategies');

    list.only = 'eur-treatment-strategies';
    await list.updateComplete;
    await explainer.updateComplete;
    expect(markersOf(explainer)[0]!.textContent!.trim()).to.equal('1');
    // A source the list leaves out links out instead.
    expect(markersOf(explainer)[1]!.getAttribute('href')).to.match(/^https:\/\/portal/);

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
});
