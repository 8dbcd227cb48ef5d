import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../symptom-checklist.js';
import { classifyChecklist, emptyAnswers } from '../../checklist/classify.js';
import {
  redFlagNames,
  type ChecklistAnswers,
  type ChecklistResult,
  type RedFlag,
} from '../../checklist/checklist.types.js';
import { checklistText } from '../../content/checklist/checklist-text.js';
import {
  followUpQuestions,
  redFlagQuestion,
  siteQuestion,
  walkingPainQuestion,
} from '../../content/checklist/questions.js';
import {
  accessibleText,
  headingsIn,
  expectSameNode,
  describeNode,
} from '../../test-utils/composed-tree.js';
import { resetPageLanguage, setPageLanguage } from '../../test-utils/page-language.js';
import { captureWarnings } from '../../test-utils/warnings.js';
import type { CircCareCard } from '../care-card/care-card.element.js';
import type { CircSymptomChecklist } from './symptom-checklist.element.js';

// emulateMedia reaches the browser over the Chrome DevTools Protocol, which only the
// Chromium launcher offers (Firefox runs over WebDriver BiDi, WebKit over WebDriver).
const isChromium = /Chrome\//.test(navigator.userAgent);

const walking = walkingPainQuestion.legend();
const [startsAtRest, uphill, ordinaryPace, eases] = followUpQuestions.map((q) => q.legend());
const sites = siteQuestion.legend();
const flags = redFlagQuestion.legend();
const flagLabel = (flag: RedFlag) => redFlagQuestion.options[flag]();
const calf = siteQuestion.options.calf();
/** Every question, in the order asked, once the follow-ups are shown. */
const allLegends = [flags, walking, startsAtRest, uphill, ordinaryPace, eases, sites];

/** The question (fieldset) whose legend reads `legend`, as a screen reader names the group. */
function question(el: CircSymptomChecklist, legend: string): HTMLFieldSetElement | undefined {
  return Array.from(el.shadowRoot!.querySelectorAll('fieldset')).find(
    (fieldset) => accessibleText(fieldset.querySelector('legend')!) === legend,
  );
}

/** The radio button or checkbox labelled `label` in the question `legend`. */
function control(el: CircSymptomChecklist, legend: string, label: string): HTMLInputElement {
  const found = Array.from(question(el, legend)!.querySelectorAll('label')).find(
    (candidate) => accessibleText(candidate) === label,
  );
  if (!found) throw new Error(`no option "${label}" in "${legend}"`);
  return found.control as HTMLInputElement;
}

function button(el: CircSymptomChecklist, name: string): HTMLButtonElement {
  return Array.from(el.shadowRoot!.querySelectorAll('button')).find(
    (candidate) => accessibleText(candidate) === name,
  )!;
}

/** Waits for the checklist and the care card inside it to render. */
async function settle(el: CircSymptomChecklist): Promise<void> {
  await el.updateComplete;
  for (const card of el.shadowRoot!.querySelectorAll<CircCareCard>('circ-care-card')) {
    await card.updateComplete;
  }
}

/** Answers like a user: a click on the option with that label. */
async function choose(el: CircSymptomChecklist, legend: string, label: string): Promise<void> {
  control(el, legend, label).click();
  await settle(el);
}

const legends = (el: CircSymptomChecklist) =>
  Array.from(el.shadowRoot!.querySelectorAll('legend')).map((legend) => accessibleText(legend));
const resultRegion = (el: CircSymptomChecklist) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]')!;
const cardOf = (el: CircSymptomChecklist) =>
  el.shadowRoot!.querySelector<CircCareCard>('circ-care-card');
const liveText = (el: CircSymptomChecklist, role: 'status' | 'alert') =>
  el.shadowRoot!.querySelector(`[role="${role}"]`)!.textContent!.trim();

/** Every word in the element, hidden or not: its shadow tree and the care card's. */
function everyWord(el: CircSymptomChecklist): string {
  const card = cardOf(el);
  return `${el.shadowRoot!.textContent} ${card?.shadowRoot!.textContent ?? ''}`.replace(
    /\s+/g,
    ' ',
  );
}

const typicalAnswers: ChecklistAnswers = {
  walkingPain: true,
  startsAtRest: false,
  uphillOrHurrying: true,
  ordinaryPace: false,
  easesWithin10Min: true,
  sites: ['calf'],
  redFlags: [],
};

describe('<circ-symptom-checklist>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('questions', () => {
    it('starts with the red flags and the walking question, nothing answered', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      expect(headingsIn(el)).to.deep.equal([
        { level: 2, name: checklistText.title() },
        { level: 3, name: checklistText.resultHeading() },
      ]);
      expect(legends(el)).to.deep.equal([flags, walking]);
      expect(el.answers).to.deep.equal(emptyAnswers());
      expect(el.result).to.deep.equal({
        pattern: 'incomplete',
        grade: null,
        urgency: 'none',
        redFlags: [],
      });
      expect(describeNode(cardOf(el))).to.equal('null');
      expect(accessibleText(resultRegion(el))).to.contain(checklistText.waiting());
      expect(accessibleText(el)).to.contain(checklistText.privacy());
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('asks every question with native radios or checkboxes that have visible labels', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalAnswers}></circ-symptom-checklist>`,
      );
      expect(legends(el)).to.deep.equal(allLegends);
      const inputs = Array.from(el.shadowRoot!.querySelectorAll('input'));
      // Red flags, walking pain (yes, no, unable to walk), four yes/no follow-ups, sites.
      expect(inputs).to.have.length(4 + 3 + 4 * 2 + 7);
      for (const input of inputs) {
        expect(input.type).to.be.oneOf(['radio', 'checkbox']);
        expect(input.closest('fieldset')).to.exist;
        const label = input.closest('label')!;
        expect(accessibleText(label)).not.to.equal('');
        expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
      }
      await expect(el).to.be.accessible();
    });

    it('shows the follow-up questions once walking pain is answered yes', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      await choose(el, walking, 'Yes');
      expect(legends(el)).to.deep.equal(allLegends);
      await expect(el).to.be.accessible();
    });

    it('keeps focus on the answer that reveals the follow-up questions', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const yes = control(el, walking, 'Yes');
      yes.focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.answers.walkingPain).to.equal(true);
      expect(question(el, startsAtRest)).to.exist;
      expectSameNode(el.shadowRoot!.activeElement, yes);
      expect(yes.isConnected).to.equal(true);
    });

    it('clears and hides the follow-up answers when walking pain changes to no', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      await choose(el, walking, 'Yes');
      await choose(el, startsAtRest, 'No');
      await choose(el, sites, calf);
      await choose(el, flags, flagLabel('rest-pain'));
      await choose(el, walking, 'No');
      expect(legends(el)).to.deep.equal([flags, walking]);
      expect(el.answers).to.deep.equal({
        ...emptyAnswers(),
        walkingPain: false,
        redFlags: ['rest-pain'],
      });
      await choose(el, walking, 'Yes');
      expect(control(el, startsAtRest, 'No').checked).to.equal(false);
      expect(control(el, sites, calf).checked).to.equal(false);
    });

    it('offers "I am unable to walk", which hides and clears the follow-up questions', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const unable = walkingPainQuestion.unable!();
      expect(unable).to.equal('I am unable to walk');
      await choose(el, walking, 'Yes');
      await choose(el, startsAtRest, 'No');
      await choose(el, sites, calf);
      await choose(el, walking, unable);
      expect(control(el, walking, unable).checked).to.equal(true);
      expect(legends(el)).to.deep.equal([flags, walking]);
      expect(el.answers).to.deep.equal({ ...emptyAnswers(), walkingPain: 'unable' });
      expect(el.result).to.deep.equal({
        pattern: 'unable-to-walk',
        grade: null,
        urgency: 'routine',
        redFlags: [],
      });
      await expect(el).to.be.accessible();
    });

    it('keeps follow-up answers that are set through `answers`, and classifies by the rule', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const hidden = { ...typicalAnswers, walkingPain: false };
      el.answers = hidden;
      await settle(el);
      expect(el.answers).to.deep.equal(hidden);
      expect(el.result.pattern).to.equal('none');
      expect(legends(el)).to.deep.equal([flags, walking]);
    });

    it('always shows the red-flag question, whatever the walking answer', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      for (const label of ['Yes', 'No']) {
        await choose(el, walking, label);
        expect(legends(el)[0]).to.equal(flags);
        for (const flag of redFlagNames) expect(control(el, flags, flagLabel(flag))).to.exist;
      }
    });
  });

  describe('result', () => {
    it('emergency: the "call 999" card first, listing the red flags in order, announced assertively', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      expect(liveText(el, 'alert')).to.equal('');
      await choose(el, flags, flagLabel('skin-colour-change'));
      await choose(el, flags, flagLabel('sudden-onset'));
      const card = cardOf(el)!;
      expect(card.urgency).to.equal('emergency');
      expect(headingsIn(card)).to.deep.equal([
        { level: 4, name: 'Immediate action required: Call 999 or go to A&E now' },
      ]);
      const cardText = accessibleText(card);
      expect(cardText.indexOf(flagLabel('sudden-onset'))).to.be.lessThan(
        cardText.indexOf(flagLabel('skin-colour-change')),
      );
      expect(el.result.redFlags).to.deep.equal(['sudden-onset', 'skin-colour-change']);
      expect(liveText(el, 'alert')).to.contain(
        'Immediate action required: Call 999 or go to A&E now.',
      );
      expect(liveText(el, 'status')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('urgent: the "urgent GP appointment or 111" card before the pattern, announced politely', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalAnswers}></circ-symptom-checklist>`,
      );
      await choose(el, flags, flagLabel('non-healing-wound'));
      const card = cardOf(el)!;
      expect(card.urgency).to.equal('urgent');
      expect(headingsIn(card)[0]!.name).to.equal(
        'Urgent advice: Ask for an urgent GP appointment or call 111 today',
      );
      expect(accessibleText(card)).to.contain(flagLabel('non-healing-wound'));
      const text = accessibleText(resultRegion(el));
      const pattern = 'Your answers match the usual pattern of intermittent claudication.';
      expect(text.indexOf('Urgent advice')).to.be.greaterThan(-1);
      expect(text.indexOf('Urgent advice')).to.be.lessThan(text.indexOf(pattern));
      expect(liveText(el, 'status')).to.equal(
        `Urgent advice: Ask for an urgent GP appointment or call 111 today. ${pattern}`,
      );
      expect(liveText(el, 'alert')).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('routine: the "see a GP" card once walking pain is answered yes', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      expect(liveText(el, 'status')).to.equal('');
      await choose(el, walking, 'Yes');
      expect(cardOf(el)!.urgency).to.equal('non-urgent');
      expect(headingsIn(cardOf(el)!)[0]!.name).to.equal('Non-urgent advice: See a GP');
      expect(liveText(el, 'status')).to.equal('Non-urgent advice: See a GP.');
      expect(accessibleText(resultRegion(el))).to.contain(checklistText.incomplete());
      await expect(el).to.be.accessible();
    });

    it('urgent: says to get help today, and how in Northern Ireland, where there is no 111', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      await choose(el, flags, flagLabel('rest-pain'));
      const cardText = accessibleText(cardOf(el)!);
      expect(cardText).to.match(/\btoday\b/);
      expect(cardText).not.to.match(/\bsoon\b/);
      expect(cardText).to.contain('In Northern Ireland, call your GP surgery');
      expect(cardText).to.contain('GP Out-of-Hours');
    });

    it('ends every result without a red-flag card with the warning signs and where to go', async () => {
      const helpOf = (el: CircSymptomChecklist) =>
        el.shadowRoot!.querySelector<HTMLElement>('[part~="result"] [part~="help"]');
      const cases: [Partial<ChecklistAnswers>, boolean][] = [
        [{ walkingPain: false }, true],
        [{ walkingPain: 'unable' }, true],
        [typicalAnswers, true],
        [{ ...typicalAnswers, redFlags: ['rest-pain'] }, false], // the urgent card says it
        [{ redFlags: ['sudden-onset'] }, false], // the 999 card says it
      ];
      for (const [answers, shown] of cases) {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            .answers=${{ ...emptyAnswers(), ...answers }}
          ></circ-symptom-checklist>
        `);
        await settle(el);
        const help = helpOf(el);
        expect(help !== null, JSON.stringify(answers)).to.equal(shown);
        if (!help) continue;
        const text = accessibleText(help);
        expect(text).to.contain('Call 999 or go to A&E now');
        expect(text).to.contain('Ask for an urgent GP appointment or call 111 today if you have:');
        expect(text).to.contain('In Northern Ireland, call your GP surgery');
        await expect(el).to.be.accessible();
      }
    });

    it('points to urgent help when the pain can start at rest and no warning sign is ticked', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          .answers=${{ ...typicalAnswers, startsAtRest: true }}
        ></circ-symptom-checklist>
      `);
      await settle(el);
      const hint =
        'You said the pain can start when you are standing still or sitting down. If this pain is in your foot or toes, ask for an urgent GP appointment or call 111 today.';
      expect(accessibleText(resultRegion(el))).to.contain(hint);
      // Also while the other questions are still open, after the prompt to answer them.
      el.answers = { ...emptyAnswers(), walkingPain: true, startsAtRest: true };
      await settle(el);
      const incomplete = accessibleText(resultRegion(el));
      expect(incomplete).to.contain(checklistText.incomplete());
      expect(incomplete).to.contain(hint);
      el.answers = { ...typicalAnswers, startsAtRest: true, redFlags: ['rest-pain'] };
      await settle(el);
      // Once the warning sign is ticked, the urgent card says it instead.
      expect(accessibleText(resultRegion(el))).not.to.contain(hint);
      expect(cardOf(el)!.urgency).to.equal('urgent');
    });

    it('announces the card as a sentence in the reader’s language: Urdu ends it with ۔', async () => {
      await setPageLanguage('ur', 'rtl');
      try {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            .answers=${{ ...emptyAnswers(), walkingPain: true }}
          ></circ-symptom-checklist>
        `);
        el.reset();
        el.answers = { ...emptyAnswers(), walkingPain: true };
        await settle(el);
        const heading = headingsIn(cardOf(el)!)[0]!.name;
        expect(liveText(el, 'status')).to.equal(`${heading}۔`);
      } finally {
        await resetPageLanguage();
      }
    });

    it('none: no card, but the pattern, not-a-diagnosis and privacy words', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      await choose(el, walking, 'No');
      expect(el.result.urgency).to.equal('none');
      expect(describeNode(cardOf(el))).to.equal('null');
      const text = accessibleText(resultRegion(el));
      expect(text).to.contain('your answers do not match the pattern of intermittent claudication');
      expect(text).to.contain('This is not a diagnosis. Only a doctor or nurse');
      expect(text).to.contain(checklistText.privacy());
      await expect(el).to.be.accessible();
    });

    // The questionnaire screens; it misses about half of the people with PAD in UK general
    // practice. So a result that does not match the pattern must never read as "all clear".
    const notMatching: [string, Partial<ChecklistAnswers>, RegExp][] = [
      ['none', { ...emptyAnswers(), walkingPain: false }, /See a GP if:.*when you walk/],
      ['unlikely', { ...typicalAnswers, startsAtRest: true }, /Non-urgent advice: See a GP/],
      [
        'unable-to-walk',
        { ...emptyAnswers(), walkingPain: 'unable' },
        /Non-urgent advice: See a GP.*Ask a GP to check the blood flow in your legs/,
      ],
    ];
    for (const [pattern, answers, seeAGp] of notMatching) {
      it(`never reassures: "${pattern}" says it does not rule out a circulation problem, and when to see a GP`, async () => {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist .answers=${answers}></circ-symptom-checklist>
        `);
        await settle(el);
        expect(el.result.pattern).to.equal(pattern);
        const text = accessibleText(resultRegion(el));
        expect(text).to.contain(
          'This does not rule out a problem with the blood flow in your legs.',
        );
        expect(text).to.match(seeAGp);
        for (const reassurance of [
          /nothing (is )?wrong/i,
          /\bnormal\b/i,
          /no need/i,
          /\bfine\b/i,
        ]) {
          expect(text).not.to.match(reassurance);
        }
        await expect(el).to.be.accessible();
      });
    }

    const patternWords: [string, Partial<ChecklistAnswers>, string][] = [
      ['typical', {}, 'Your answers match the usual pattern of intermittent claudication.'],
      [
        'atypical',
        { sites: ['thigh', 'shin'] },
        'Your answers partly match the pattern of intermittent claudication',
      ],
      [
        'unlikely',
        { startsAtRest: true },
        'Your answers do not match the usual pattern of intermittent claudication.',
      ],
    ];
    for (const [pattern, change, words] of patternWords) {
      it(`${pattern}: says what the answers match, and that it is not a diagnosis`, async () => {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            .answers=${{ ...typicalAnswers, ...change }}
          ></circ-symptom-checklist>
        `);
        await settle(el);
        expect(el.result.pattern).to.equal(pattern);
        const text = accessibleText(resultRegion(el));
        expect(text).to.contain(words);
        expect(text).to.contain('This is not a diagnosis.');
        expect(text).not.to.contain('ECQ');
        await expect(el).to.be.accessible();
      });
    }

    it('never says "you have" a condition, in any state, for either audience', async () => {
      const youHave =
        /you (have|'ve)( got)? .{0,30}(claudication|ischaemia|PAD|peripheral arterial disease|disease)/i;
      const states: Partial<ChecklistAnswers>[] = [
        {},
        { walkingPain: true },
        { walkingPain: false },
        { ...typicalAnswers, ordinaryPace: null },
        { ...typicalAnswers, ordinaryPace: true, sites: ['buttock'] },
        { ...typicalAnswers, easesWithin10Min: false },
        { ...typicalAnswers, sites: ['shin', 'foot', 'joint', 'other'] },
      ];
      let checked = 0;
      for (const audience of ['patient', 'clinician']) {
        const el = await fixture<CircSymptomChecklist>(
          html`<circ-symptom-checklist audience=${audience}></circ-symptom-checklist>`,
        );
        for (const state of states) {
          for (let mask = 0; mask < 1 << redFlagNames.length; mask++) {
            const answers = {
              ...emptyAnswers(),
              ...state,
              redFlags: redFlagNames.filter((_, bit) => mask & (1 << bit)),
            };
            el.answers = answers;
            await settle(el);
            expect(el.result).to.deep.equal(classifyChecklist(answers));
            const words = everyWord(el);
            expect(words).not.to.match(youHave);
            if (mask > 0 || state.walkingPain !== undefined) {
              expect(words).to.contain('This is not a diagnosis.');
            }
            checked++;
          }
        }
      }
      expect(checked).to.equal(2 * 7 * 16);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('clinician audience', () => {
    const clinical = (el: CircSymptomChecklist) =>
      accessibleText(el.shadowRoot!.querySelector('.clinical')!);
    const cases: [string, Partial<ChecklistAnswers>, string][] = [
      [
        'definite claudication, grade 1',
        {},
        'ECQ classification Definite claudication ECQ grade Grade 1: pain only when walking uphill or hurrying',
      ],
      [
        'atypical claudication, grade 2',
        { sites: ['buttock'], ordinaryPace: true },
        'ECQ classification Atypical claudication ECQ grade Grade 2: pain also at an ordinary pace on the level',
      ],
      [
        'definite claudication without a grade',
        { ordinaryPace: null },
        'ECQ classification Definite claudication ECQ grade Not graded: ordinary pace not answered',
      ],
      [
        'criteria not met',
        { easesWithin10Min: false },
        'ECQ classification Criteria not met ECQ grade Not applicable',
      ],
      [
        'no pain on walking',
        { walkingPain: false },
        'ECQ classification Criteria not met (no leg pain on walking) ECQ grade Not applicable',
      ],
      [
        'what is missing',
        { startsAtRest: null, easesWithin10Min: null, sites: [] },
        'ECQ classification Incomplete. Not yet answered: starts at rest, relief within 10 minutes, site of pain ECQ grade Not applicable',
      ],
      [
        'the walking question missing',
        { walkingPain: null, redFlags: ['rest-pain'] },
        'ECQ classification Incomplete. Not yet answered: leg pain on walking ECQ grade Not applicable',
      ],
    ];
    for (const [label, change, expected] of cases) {
      it(`shows ${label}`, async () => {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            audience="clinician"
            .answers=${{ ...typicalAnswers, ...change }}
          ></circ-symptom-checklist>
        `);
        expect(clinical(el)).to.equal(expected);
        await expect(el).to.be.accessible();
      });
    }

    it('falls back to the patient audience with one warning for an unknown audience', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          audience="doctor"
          .answers=${typicalAnswers}
        ></circ-symptom-checklist>
      `);
      el.answers = { ...typicalAnswers, ordinaryPace: true };
      await settle(el);
      expect(describeNode(el.shadowRoot!.querySelector('.clinical'))).to.equal('null');
      expect(warnings.messages).to.deep.equal([
        'circ-symptom-checklist: audience "doctor" is not known; using patient.',
      ]);
    });
  });

  describe('keyboard', () => {
    it('can be completed and cleared with the keyboard alone', async () => {
      const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const focused = () => el.shadowRoot!.activeElement;
      const tab = async (times = 1) => {
        for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
      };
      const key = async (press: string) => {
        await sendKeys({ press });
        await settle(el);
      };
      before.focus();

      await tab();
      expect(focused()).to.equal(control(el, flags, flagLabel('sudden-onset')));
      expect(getComputedStyle(focused()!).outlineStyle).to.equal('solid'); // visible focus
      await tab();
      await key(' ');
      await tab(3);
      expect(focused()).to.equal(control(el, walking, 'Yes'));
      await key(' ');
      expect(focused()).to.equal(control(el, walking, 'Yes'));
      await tab();
      expect(focused()).to.equal(control(el, startsAtRest, 'Yes'));
      await key('ArrowDown');
      await tab();
      await key(' ');
      await tab();
      await key('ArrowDown');
      await tab();
      await key(' ');
      await tab();
      expect(focused()).to.equal(control(el, sites, calf));
      await key(' ');

      expect(el.answers).to.deep.equal({ ...typicalAnswers, redFlags: ['rest-pain'] });
      expect(el.result).to.deep.equal({
        pattern: 'typical',
        grade: 1,
        urgency: 'urgent',
        redFlags: ['rest-pain'],
      });

      // Back with Shift+Tab, then on to the reset button.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused()).to.equal(control(el, eases, followUpQuestions[3]!.yes()));
      await tab(2 + 6);
      expect(focused()).to.equal(button(el, checklistText.reset()));
      await key('Enter');
      expect(el.answers).to.deep.equal(emptyAnswers());
      expect(focused()).to.equal(button(el, checklistText.reset()));
    });
  });

  describe('answers, result and events', () => {
    it('fires circ-result-change with the new result, only when the result changes', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const details: ChecklistResult[] = [];
      const listener = (event: HTMLElementEventMap['circ-result-change']) => {
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        details.push(event.detail);
      };
      document.body.addEventListener('circ-result-change', listener);
      try {
        const event = oneEvent(el, 'circ-result-change');
        await choose(el, walking, 'Yes');
        expect((await event).detail).to.deep.equal(el.result);
        expect(details).to.deep.equal([
          { pattern: 'incomplete', grade: null, urgency: 'routine', redFlags: [] },
        ]);
        await choose(el, sites, siteQuestion.options.shin()); // still incomplete and routine
        await choose(el, startsAtRest, 'No');
        expect(details).to.have.length(1);
        el.answers = { ...el.answers }; // the same answers again
        expect(details).to.have.length(1);
        el.answers = typicalAnswers;
        expect(details).to.have.length(2);
        expect(details[1]).to.deep.equal({
          pattern: 'typical',
          grade: 1,
          urgency: 'routine',
          redFlags: [],
        });
      } finally {
        document.body.removeEventListener('circ-result-change', listener);
      }
    });

    it('gives copies: changing what `answers` or `result` returned changes nothing', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalAnswers}></circ-symptom-checklist>`,
      );
      el.answers.sites.push('foot');
      el.result.redFlags.push('rest-pain');
      expect(el.answers.sites).to.deep.equal(['calf']);
      expect(el.result.redFlags).to.deep.equal([]);
      expect(typicalAnswers.sites).to.deep.equal(['calf']);
    });

    it('treats malformed answers as unanswered with one warning, never throwing', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist .answers=${typicalAnswers}></circ-symptom-checklist>`,
      );
      for (const garbage of ['yes', null, 42, { walkingPain: 'yes', sites: 'calf' }]) {
        expect(() => {
          el.answers = garbage as unknown as ChecklistAnswers;
        }).not.to.throw();
        await settle(el);
        expect(el.answers).to.deep.equal(emptyAnswers());
      }
      el.answers = 'yes' as unknown as ChecklistAnswers; // the same problem again: no new warning
      expect(warnings.messages).to.have.length(4);
      for (const message of warnings.messages) {
        expect(message).to.match(/^circ-symptom-checklist: .*count as unanswered\.$/);
      }
      el.answers = { ...typicalAnswers, sites: ['calf', 'knee'] } as unknown as ChecklistAnswers;
      expect(el.answers).to.deep.equal(typicalAnswers);
      expect(warnings.messages[4]).to.contain('sites has unknown item "knee"');
    });

    it('clears every answer with the reset button, and says so', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          .answers=${{ ...typicalAnswers, redFlags: ['rest-pain'] }}
        ></circ-symptom-checklist>
      `);
      const event = oneEvent(el, 'circ-result-change');
      button(el, checklistText.reset()).click();
      await settle(el);
      expect((await event).detail).to.deep.equal(classifyChecklist(emptyAnswers()));
      expect(el.answers).to.deep.equal(emptyAnswers());
      expect(legends(el)).to.deep.equal([flags, walking]);
      for (const input of el.shadowRoot!.querySelectorAll('input')) {
        expect(input.checked).to.equal(false);
      }
      expect(describeNode(cardOf(el))).to.equal('null');
      expect(liveText(el, 'status')).to.equal(checklistText.cleared());
    });
  });

  describe('privacy', () => {
    it('says the answers are neither stored nor sent when it is not a form field', async () => {
      const cases = [
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
        html`<circ-symptom-checklist name="legs"></circ-symptom-checklist>`,
        html`<form><circ-symptom-checklist></circ-symptom-checklist></form>`,
      ];
      for (const template of cases) {
        const root = await fixture<HTMLElement>(template);
        const el = (root.querySelector('circ-symptom-checklist') ?? root) as CircSymptomChecklist;
        await choose(el, walking, 'No');
        const text = accessibleText(el);
        expect(text).to.contain(
          'This checklist does not store your answers or send them anywhere.',
        );
        expect(text).not.to.contain(checklistText.privacyInForm());
      }
    });

    it('says the answers are sent with the form when it is a named form field', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><circ-symptom-checklist name="legs"></circ-symptom-checklist></form>
      `);
      const el = form.querySelector('circ-symptom-checklist')!;
      await choose(el, walking, 'No');
      const said = checklistText.privacyInForm();
      expect(said).to.equal(
        'This checklist does not store your answers. They are sent only with this form, when you submit it.',
      );
      // Said in the introduction and again with the result.
      expect(accessibleText(el).split(said)).to.have.length(3);
      expect(accessibleText(el)).not.to.contain(checklistText.privacy());
      // …and it is true: the form's data holds the answers.
      expect(new FormData(form).get('legs')).to.contain('"walkingPain":false');
      form.removeChild(el);
      document.body.append(el);
      await el.updateComplete;
      expect(accessibleText(el)).to.contain(checklistText.privacy());
      el.remove();
    });

    it('stores nothing and sends nothing while it is filled in, reset and printed', async () => {
      const calls: string[] = [];
      const restore: (() => void)[] = [];
      const spy = (owner: object, name: string) => {
        const target = owner as Record<string, unknown>;
        const own = Object.getOwnPropertyDescriptor(target, name);
        target[name] = (..._args: unknown[]) => {
          calls.push(name);
        };
        restore.push(() => {
          if (own) Object.defineProperty(target, name, own);
          else delete target[name];
        });
      };
      spy(window, 'fetch');
      spy(XMLHttpRequest.prototype, 'open');
      spy(navigator, 'sendBeacon');
      spy(Storage.prototype, 'setItem');
      spy(indexedDB, 'open');
      spy(window, 'print');
      const storedBefore = [window.localStorage.length, window.sessionStorage.length];
      const cookiesBefore = document.cookie;
      const requestsBefore = performance.getEntriesByType('resource').length;
      try {
        const el = await fixture<CircSymptomChecklist>(html`
          <form><circ-symptom-checklist name="legs"></circ-symptom-checklist></form>
        `).then((form) => form.querySelector('circ-symptom-checklist')!);
        await choose(el, flags, flagLabel('rest-pain'));
        await choose(el, walking, 'Yes');
        await choose(el, startsAtRest, 'No');
        await choose(el, uphill, 'Yes');
        await choose(el, ordinaryPace, 'Yes');
        await choose(el, eases, followUpQuestions[3]!.yes());
        await choose(el, sites, calf);
        expect(el.result.pattern).to.equal('typical');
        button(el, checklistText.print()).click();
        button(el, checklistText.reset()).click();
        await settle(el);
      } finally {
        restore.forEach((undo) => undo());
      }
      expect(calls).to.deep.equal(['print']);
      expect([window.localStorage.length, window.sessionStorage.length]).to.deep.equal(
        storedBefore,
      );
      expect(document.cookie).to.equal(cookiesBefore);
      expect(performance.getEntriesByType('resource').length).to.equal(requestsBefore);
    });
  });

  describe('heading-level', () => {
    it('puts the result and care card headings below the checklist heading', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          heading-level="4"
          .answers=${typicalAnswers}
        ></circ-symptom-checklist>
      `);
      await settle(el);
      expect(headingsIn(el).map((h) => h.level)).to.deep.equal([4, 5, 6]);
      el.headingLevel = 6;
      await settle(el);
      expect(headingsIn(el).map((h) => h.level)).to.deep.equal([6, 6, 6]);
    });

    it('falls back to h2 with one warning for an invalid heading-level', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist heading-level="1"></circ-symptom-checklist>`,
      );
      await choose(el, walking, 'Yes');
      expect(headingsIn(el).map((h) => h.level)).to.deep.equal([2, 3, 4]);
      expect(warnings.messages).to.deep.equal([
        'circ-symptom-checklist: heading-level "1" is not a whole number from 2 to 6; using 2.',
      ]);
    });

    it('lets the heading slot replace the title', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist><span slot="heading">Leg pain check</span></circ-symptom-checklist>
      `);
      expect(headingsIn(el)[0]).to.deep.equal({ level: 2, name: 'Leg pain check' });
    });
  });

  describe('print', () => {
    it('the print button opens the browser print dialog', async () => {
      const el = await fixture<CircSymptomChecklist>(
        html`<circ-symptom-checklist></circ-symptom-checklist>`,
      );
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed++;
      };
      try {
        button(el, checklistText.print()).click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('keeps the summary of answers out of the page on screen', async () => {
      const el = await fixture<CircSymptomChecklist>(html`
        <circ-symptom-checklist
          .answers=${{ ...typicalAnswers, ordinaryPace: null }}
        ></circ-symptom-checklist>
      `);
      expect(headingsIn(el).map((h) => h.name)).not.to.contain(checklistText.summaryHeading());
      expect(accessibleText(el)).not.to.contain('Not answered');
    });

    (isChromium ? describe : describe.skip)('printed (Chromium only: emulateMedia)', () => {
      afterEach(() => emulateMedia({ media: 'screen' }));

      it('prints the questions with the answers and the result, without controls', async () => {
        const el = await fixture<CircSymptomChecklist>(html`
          <circ-symptom-checklist
            .answers=${{ ...typicalAnswers, ordinaryPace: null, redFlags: ['rest-pain'] }}
          ></circ-symptom-checklist>
        `);
        await settle(el);
        await emulateMedia({ media: 'print' });
        const form = el.shadowRoot!.querySelector('[part~="form"]')!;
        expect(getComputedStyle(form).display).to.equal('none');
        const text = accessibleText(el);
        expect(text).to.contain(
          `${checklistText.summaryHeading()} ${flags} ${flagLabel('rest-pain')} ${walking} Yes ${startsAtRest} No ${uphill} Yes ${ordinaryPace} Not answered ${eases} ${followUpQuestions[3]!.yes()} ${sites} ${calf}`,
        );
        expect(text).to.contain('Urgent advice: Ask for an urgent GP appointment or call 111');
        expect(text).to.contain('This is not a diagnosis.');
        expect(el.shadowRoot!.querySelectorAll('input, button').length).to.be.greaterThan(0);
        for (const control of el.shadowRoot!.querySelectorAll('input, button')) {
          expect((control as HTMLElement).getClientRects().length).to.equal(0);
        }
      });
    });
  });

  it('exposes the documented parts', async () => {
    const el = await fixture<CircSymptomChecklist>(
      html`<circ-symptom-checklist></circ-symptom-checklist>`,
    );
    const parts = Array.from(el.shadowRoot!.querySelectorAll('[part]')).map((n) =>
      n.getAttribute('part'),
    );
    expect(parts).to.include.members(['base', 'heading', 'form', 'result']);
  });
});
