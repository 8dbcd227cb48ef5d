import { expect, fixture, html } from '@open-wc/testing';
import '../../sources.js';
import { builtInSources } from '../../content/sources.js';
import { accessibleText, headingsIn, describeNode } from '../../test-utils/composed-tree.js';
import { resetPageLanguage, setPageLanguage } from '../../test-utils/page-language.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircSources } from './sources.element.js';

const entriesOf = (el: CircSources) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol > li'));
const entryTexts = (el: CircSources) => entriesOf(el).map((li) => accessibleText(li));

describe('<circ-sources>', () => {
  const warnings = useWarnings();

  describe('built-in sources', () => {
    it('lists every built-in source in an ordered list, the original article first', async () => {
      const el = await fixture<CircSources>(html`<circ-sources></circ-sources>`);
      const texts = entryTexts(el);
      expect(el.shadowRoot!.querySelector('ol')).to.exist;
      expect(texts).to.have.length(builtInSources.length);
      builtInSources.forEach((source, index) => expect(texts[index]).to.contain(source.title));
      expect(texts[0]).to.contain(
        'Treatment Strategies for Patients with Intermittent Claudication',
      );
      // The SDU record is the Danish review: one entry, with its authors and the SDU link.
      expect(texts[1]).to.equal(
        'Harlev C, Houlind KC, Dyrby J, Rai A. Claudicatio intermittens. Ugeskr Læger. 2021;183. Available from: https://portal.findresearcher.sdu.dk/en/publications/claudicatio-intermittens-2 (opens in a new tab)',
      );
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('formats references Vancouver-style, leaving out unknown details', async () => {
      const el = await fixture<CircSources>(
        html`<circ-sources
          only="edinburgh-claudication-questionnaire eur-treatment-strategies"
        ></circ-sources>`,
      );
      const [ecq, eur] = entryTexts(el);
      expect(ecq).to.equal(
        'Leng GC, Fowkes FGR. The Edinburgh Claudication Questionnaire: an improved version of the WHO/Rose Questionnaire for use in epidemiological surveys. J Clin Epidemiol. 1992;45(10):1101–1109.',
      );
      // No author or year is known for this one, so none is shown.
      expect(eur).to.equal(
        'Treatment Strategies for Patients with Intermittent Claudication. Erasmus University Rotterdam. Available from: https://repub.eur.nl/pub/113904 (opens in a new tab)',
      );
    });

    it('names the first six authors, then "et al.", as Vancouver style does', async () => {
      const el = await fixture<CircSources>(
        html`<circ-sources only="boylan-2021-ecq"></circ-sources>`,
      );
      expect(entryTexts(el)[0]).to.match(
        /^Boylan L, Nesbitt C, Wilson L, Allen J, Sims A, Guri I, et al\. Reliability of the Edinburgh Claudication Questionnaire/,
      );
    });

    it('opens external links in a new tab safely and says so to screen readers', async () => {
      const el = await fixture<CircSources>(html`<circ-sources only="nice-cg147"></circ-sources>`);
      const link = el.shadowRoot!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://www.nice.org.uk/guidance/cg147');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(accessibleText(link)).to.equal(
        'https://www.nice.org.uk/guidance/cg147 (opens in a new tab)',
      );
    });

    it('has a heading at the requested level', async () => {
      const el = await fixture<CircSources>(html`<circ-sources heading-level="4"></circ-sources>`);
      expect(headingsIn(el)).to.deep.equal([{ level: 4, name: 'Sources' }]);
    });
  });

  describe('only', () => {
    it('lists just the named built-in sources, in the order given', async () => {
      const el = await fixture<CircSources>(
        html`<circ-sources
          only="nice-cg147  eur-treatment-strategies nidirect-pad"
        ></circ-sources>`,
      );
      const texts = entryTexts(el);
      expect(texts).to.have.length(3);
      expect(texts[0]).to.contain('Peripheral arterial disease: diagnosis and management');
      expect(texts[1]).to.contain('Treatment Strategies');
      expect(texts[2]).to.contain('nidirect');
      await expect(el).to.be.accessible();
    });

    it('lists every built-in source when only is blank', async () => {
      const el = await fixture<CircSources>(html`<circ-sources only="  "></circ-sources>`);
      expect(entryTexts(el)).to.have.length(builtInSources.length);
    });

    it('skips an unknown id with one warning', async () => {
      const el = await fixture<CircSources>(
        html`<circ-sources only="nice-cg147 made-up"></circ-sources>`,
      );
      el.headingLevel = 3;
      await el.updateComplete;
      expect(entryTexts(el)).to.have.length(1);
      expect(warnings.messages).to.deep.equal([
        'circ-sources: only names an unknown source "made-up"; it is skipped.',
      ]);
    });
  });

  describe('custom sources', () => {
    const leaflet = {
      id: 'clinic-leaflet',
      title: 'Walking with claudication',
      publisher: 'Example Vein Clinic',
      year: 2025,
    };

    it('appends sources given as a property', async () => {
      const el = await fixture<CircSources>(html`<circ-sources only="nice-cg147"></circ-sources>`);
      el.sources = [leaflet];
      await el.updateComplete;
      expect(entryTexts(el)).to.have.length(2);
      expect(entryTexts(el)[1]).to.equal('Walking with claudication. Example Vein Clinic. 2025.');
      await expect(el).to.be.accessible();
    });

    it('reads sources from the JSON attribute, and an equal id replaces the built-in in place', async () => {
      const replacement = {
        id: 'nice-cg147',
        title: 'Peripheral arterial disease (local summary)',
        url: 'https://example.org/pad',
      };
      const el = await fixture<CircSources>(html`
        <circ-sources
          only="eur-treatment-strategies nice-cg147 nidirect-pad"
          sources=${JSON.stringify([replacement, leaflet])}
        ></circ-sources>
      `);
      const texts = entryTexts(el);
      expect(texts).to.have.length(4);
      expect(texts[1]).to.contain('Peripheral arterial disease (local summary)');
      expect(texts[1]).not.to.contain('CG147');
      expect(texts[3]).to.contain('Walking with claudication');
    });

    it('skips malformed JSON with one warning and keeps the built-in list', async () => {
      const el = await fixture<CircSources>(
        html`<circ-sources sources="[{'id': broken"></circ-sources>`,
      );
      el.headingLevel = 3;
      await el.updateComplete;
      expect(entryTexts(el)).to.have.length(builtInSources.length);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^circ-sources: sources is not valid JSON/);
    });

    it('skips entries without an id or title, with one warning', async () => {
      const el = await fixture<CircSources>(html`<circ-sources only="nice-cg147"></circ-sources>`);
      el.sources = [
        { id: 'no-title' },
        { title: 'No id' },
        'a string',
        leaflet,
      ] as unknown as typeof el.sources;
      await el.updateComplete;
      expect(entryTexts(el)).to.have.length(2);
      expect(warnings.messages).to.deep.equal([
        'circ-sources: entry 1 has no id or title; entry 2 has no id or title; entry 3 has no id or title; those inputs were skipped.',
      ]);
    });

    it('warns when sources is not an array', async () => {
      const el = await fixture<CircSources>(
        html`<circ-sources sources='{"id":"x"}'></circ-sources>`,
      );
      expect(entryTexts(el)).to.have.length(builtInSources.length);
      expect(warnings.messages[0]).to.equal(
        'circ-sources: sources is not an array; that input was skipped.',
      );
    });

    for (const unsafe of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
    ]) {
      it(`shows the unsafe URL ${JSON.stringify(unsafe)} as text, not a link, with one warning`, async () => {
        const el = await fixture<CircSources>(
          html`<circ-sources only="nice-cg147"></circ-sources>`,
        );
        el.sources = [{ id: 'bad', title: 'Bad link', url: unsafe }];
        await el.updateComplete;
        el.headingLevel = 3;
        await el.updateComplete;
        const entry = entriesOf(el)[1]!;
        expect(describeNode(entry.querySelector('a'))).to.equal('null');
        expect(accessibleText(entry)).to.contain(unsafe.trim());
        expect(warnings.messages).to.deep.equal([
          `circ-sources: source "bad" has an unsafe URL "${unsafe}"; it is shown as text, not as a link.`,
        ]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('language of the references', () => {
    afterEach(() => resetPageLanguage());

    /** The language a screen reader takes for the text node holding `words` in `root`. */
    function languageOf(root: ShadowRoot, words: string): string | undefined {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.includes(words)) continue;
        return node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? undefined;
      }
      return undefined;
    }

    it('in an Urdu list, reads each English reference as English, set apart left to right', async () => {
      await setPageLanguage('ur', 'rtl');
      const el = await fixture<CircSources>(
        html`<circ-sources only="nice-cg147 nhs-pad"></circ-sources>`,
      );
      const root = el.shadowRoot!;
      expect(languageOf(root, 'Peripheral arterial disease: diagnosis')).to.equal('en');
      expect(languageOf(root, 'National Institute for Health and Care Excellence')).to.equal('en');
      expect(languageOf(root, 'NHS website')).to.equal('en');
      // The list's own words stay in the page's language.
      const heading = root.querySelector('h2')!;
      expect(heading.closest('[lang]')?.getAttribute('lang') ?? null).to.equal(null);
      // Isolated and left to right, so its full stop stays at its end in a right-to-left list.
      const reference = [...root.querySelectorAll('li span[lang]')][0]!;
      expect(getComputedStyle(reference).direction).to.equal('ltr');
      expect(getComputedStyle(reference).unicodeBidi).to.equal('isolate');
      const address = root.querySelector('a.url')!;
      expect(getComputedStyle(address).direction).to.equal('ltr');
    });

    it("leaves a reference whose language is not known unmarked: the Danish review's", async () => {
      const el = await fixture<CircSources>(
        html`<circ-sources only="sdu-claudicatio-intermittens"></circ-sources>`,
      );
      expect(languageOf(el.shadowRoot!, 'Claudicatio intermittens')).to.equal(undefined);
    });

    it("marks a partner's reference with its lang, and leaves out a malformed one with one warning", async () => {
      const el = await fixture<CircSources>(html`<circ-sources only="nice-cg147"></circ-sources>`);
      el.sources = [
        { id: 'taflen', title: 'Cerdded gyda chloffni', lang: 'CY' },
        { id: 'leaflet', title: 'Walking with claudication', lang: 'not a tag' },
      ];
      await el.updateComplete;
      expect(languageOf(el.shadowRoot!, 'Cerdded gyda chloffni')).to.equal('cy');
      expect(languageOf(el.shadowRoot!, 'Walking with claudication')).to.equal(undefined);
      expect(entryTexts(el)).to.have.length(3);
      expect(warnings.messages).to.deep.equal([
        'circ-sources: entry 2: lang "not a tag" is not a language tag, so it is left out.',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('review dates', () => {
    const reviewText = (el: CircSources) =>
      accessibleText(el.shadowRoot!.querySelector('[part~="review"]')!);

    it('shows the built-in dates in en-GB by default', async () => {
      const el = await fixture<CircSources>(html`<circ-sources></circ-sources>`);
      expect(reviewText(el)).to.equal(
        'Last reviewed: 1 December 2026. Next review due: 1 December 2027.',
      );
      const times = el.shadowRoot!.querySelectorAll('time');
      expect(times[0]!.getAttribute('datetime')).to.equal('2026-12-01');
    });

    it('formats dates given as attributes', async () => {
      const el = await fixture<CircSources>(
        html`<circ-sources reviewed="2026-03-01" next-review="2029-02-28"></circ-sources>`,
      );
      expect(reviewText(el)).to.equal(
        'Last reviewed: 1 March 2026. Next review due: 28 February 2029.',
      );
    });

    for (const bad of ['next Tuesday', '2026-02-30', '24/11/2026']) {
      it(`falls back to the built-in date with one warning for "${bad}"`, async () => {
        const el = await fixture<CircSources>(html`<circ-sources reviewed=${bad}></circ-sources>`);
        el.headingLevel = 3;
        await el.updateComplete;
        expect(reviewText(el)).to.contain('Last reviewed: 1 December 2026.');
        expect(warnings.messages).to.deep.equal([
          `circ-sources: reviewed "${bad}" is not an ISO date (YYYY-MM-DD); showing 2026-12-01.`,
        ]);
      });
    }
  });
});
