// Text contrast in the states a reader reaches by keyboard or by a marker, in both colour
// schemes (WCAG 1.4.3): at least 4.5:1 wherever a link or a focus fill meets text.
import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { emptyAnswers } from '../checklist/classify.js';
import type { CircSymptomChecklist } from '../elements/symptom-checklist/symptom-checklist.element.js';
import type { CircCareCard } from '../elements/care-card/care-card.element.js';
import { sendMouse } from '@web/test-runner-commands';
import { textContrast } from '../test-utils/contrast.js';
import { linkStylesheets, nhsukStylesheet } from '../test-utils/nhs-page.js';

const schemes = ['light', 'dark'] as const;

describe('text contrast in focus and link states', () => {
  afterEach(() => document.documentElement.style.removeProperty('color-scheme'));

  for (const scheme of schemes) {
    describe(`${scheme} scheme`, () => {
      beforeEach(() => {
        document.documentElement.style.colorScheme = scheme;
      });

      it("a focused citation marker in the checklist's emergency card reads dark on the yellow fill", async () => {
        const el = await fixture<CircSymptomChecklist>(
          html`<circ-symptom-checklist></circ-symptom-checklist>`,
        );
        el.answers = { ...emptyAnswers(), redFlags: ['sudden-onset'] };
        await el.updateComplete;
        const card = el.shadowRoot!.querySelector('circ-care-card')!;
        const marker = card.querySelector<HTMLAnchorElement>('a')!;
        expect(textContrast(marker), 'marker at rest').to.be.at.least(4.5);
        marker.focus();
        expect(marker.matches(':focus-visible'), 'focus shows').to.equal(true);
        expect(textContrast(marker), 'focused marker').to.be.at.least(4.5);
      });

      it('the source entry a marker sends focus to keeps its address readable on the fill', async () => {
        const page = await fixture<HTMLElement>(html`
          <div>
            <circ-explainer topic="treatment"></circ-explainer>
            <circ-sources></circ-sources>
          </div>
        `);
        const explainer = page.querySelector('circ-explainer')!;
        const sources = page.querySelector('circ-sources')!;
        await (sources as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await (explainer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        explainer.shadowRoot!.querySelector<HTMLAnchorElement>('a.cite')!.click();
        const entry = sources.shadowRoot!.activeElement as HTMLLIElement;
        expect(entry?.localName, 'a marker moves focus to its entry').to.equal('li');
        const links = [...entry.querySelectorAll('a')];
        expect(links.length, 'the entry has its address').to.be.at.least(1);
        expect(textContrast(entry), 'entry text').to.be.at.least(4.5);
        for (const link of links) expect(textContrast(link), link.href).to.be.at.least(4.5);
      });

      it("a link in an emergency care card's body reads on its dark body", async () => {
        const card = await fixture<CircCareCard>(html`
          <circ-care-card urgency="emergency"><a href="/help">What to tell 999</a></circ-care-card>
        `);
        await card.updateComplete;
        expect(textContrast(card.querySelector('a')!)).to.be.at.least(4.5);
      });
    });
  }

  // Last (a suite runs its own tests before its child suites, so this goes in one too):
  // after a mouse click, browsers stop showing focus moved by script (:focus-visible).
  describe('after a click', () => {
    it("a link in an emergency care card, clicked on an NHS.UK page, keeps the page's focus text", async () => {
      // nhsuk-frontend fills a link focused by a click (:focus) yellow behind dark text.
      const unlink = await linkStylesheets(nhsukStylesheet);
      try {
        const card = await fixture<CircCareCard>(html`
          <circ-care-card urgency="emergency"><a href="#help">What to tell 999</a></circ-care-card>
        `);
        await card.updateComplete;
        const link = card.querySelector('a')!;
        link.addEventListener('click', (event) => event.preventDefault());
        const box = link.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
        });
        expect(document.activeElement, 'the click focused the link').to.equal(link);
        expect(textContrast(link)).to.be.at.least(4.5);
      } finally {
        unlink();
      }
    });
  });
});
