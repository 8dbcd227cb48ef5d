import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../care-card.js';
import '../explainer.js';
import '../symptom-checklist.js';
import '../walking-plan.js';
import { emptyAnswers } from '../checklist/classify.js';
import { redFlagNames } from '../checklist/checklist.types.js';
import { careCardText, careCardUrgencies } from '../content/care-card-text.js';
import { checklistText } from '../content/checklist/checklist-text.js';
import { redFlagQuestion, walkingPainQuestion } from '../content/checklist/questions.js';
import { walkingPlanText } from '../content/walking-plan/walking-plan-text.js';
import type { CircSymptomChecklist } from '../elements/symptom-checklist/symptom-checklist.element.js';
import {
  linkStylesheets,
  nhsTheme,
  nhsukElement,
  nhsukStylesheet,
  renderNhsuk,
} from '../test-utils/nhs-page.js';

// Our elements with the NHS theme beside nhsuk-frontend's own components, rendered from its
// Nunjucks macros, on one NHS.UK page: computed metrics (font size and weight, line height,
// box sizes and positions, colours, margins, padding, border widths, shadows) within 1px,
// at a desktop width and below NHS.UK's tablet breakpoint.
//
// Chromium is enough: both sides are laid out by the same engine in the same page, so what
// an engine does differently moves both alike; what the test can catch is our CSS and the
// theme differing from NHS.UK's, and those are the same files in every engine. The other
// engines run the theme's contract (themes.test.ts: gaps, targets, no leak) and its
// accessibility, and Chromium alone can also resize the viewport here.
const isChromium = /Chrome\//.test(navigator.userAgent);

/** One compared value: what, NHS.UK's, ours, and whether they match. */
interface Metric {
  readonly what: string;
  readonly nhs: string;
  readonly ours: string;
  readonly ok: boolean;
}

/** The metrics of one comparison, with a table of them for the failure message. */
class Metrics {
  readonly rows: Metric[] = [];

  /** Lengths in px, equal within 1px. */
  length(what: string, nhs: number, ours: number): void {
    const ok = Number.isFinite(nhs) && Number.isFinite(ours) && Math.abs(nhs - ours) <= 1;
    this.rows.push({ what, nhs: `${round(nhs)}px`, ours: `${round(ours)}px`, ok });
  }

  /** Computed values that must be the same (colours, weights, shadows). */
  value(what: string, nhs: string, ours: string): void {
    this.rows.push({ what, nhs, ours, ok: nhs === ours });
  }

  /** Each of `properties` of two elements (or their pseudo-elements): px within 1px, else equal. */
  styles(what: string, nhs: Styled, ours: Styled, properties: readonly string[]): void {
    const [a, b] = [computed(nhs), computed(ours)];
    for (const property of properties) {
      const [x, y] = [a.getPropertyValue(property), b.getPropertyValue(property)];
      if (/^-?[\d.]+px$/.test(x) && /^-?[\d.]+px$/.test(y)) {
        this.length(`${what} ${property}`, parseFloat(x), parseFloat(y));
      } else {
        this.value(`${what} ${property}`, x, y);
      }
    }
  }

  /** As `styles`, for values read at different moments (`snapshot` of each side). */
  snapshots(what: string, nhs: Record<string, string>, ours: Record<string, string>): void {
    for (const [property, x] of Object.entries(nhs)) {
      const y = ours[property]!;
      if (/^-?[\d.]+px$/.test(x) && /^-?[\d.]+px$/.test(y)) {
        this.length(`${what} ${property}`, parseFloat(x), parseFloat(y));
      } else {
        this.value(`${what} ${property}`, x, y);
      }
    }
  }

  get failures(): Metric[] {
    return this.rows.filter((row) => !row.ok);
  }

  table(): string {
    return this.rows
      .map(({ what, nhs, ours, ok }) => `${ok ? '  ' : '✗ '}${what}: NHS.UK ${nhs}, ours ${ours}`)
      .join('\n');
  }
}

type Styled = Element | readonly [Element, '::before' | '::after'];

const round = (n: number) => Math.round(n * 100) / 100;
const computed = (styled: Styled) =>
  Array.isArray(styled)
    ? getComputedStyle(styled[0] as Element, styled[1] as string)
    : getComputedStyle(styled as Element);
/** The values of `properties` of `styled` now (computed styles are live). */
const snapshot = (styled: Styled, properties: readonly string[]) => {
  const style = computed(styled);
  return Object.fromEntries(
    properties.map((property) => [property, style.getPropertyValue(property)]),
  );
};
/** `styled`'s `properties` while `element` has focus. */
const whileFocused = (element: HTMLElement, styled: Styled, properties: readonly string[]) => {
  element.focus();
  const values = snapshot(styled, properties);
  element.blur();
  return values;
};
const px = (styled: Styled, property: string) =>
  parseFloat(computed(styled).getPropertyValue(property));
const rect = (element: Element) => element.getBoundingClientRect();
const one = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const all = <T extends Element>(root: ParentNode, selector: string): T[] =>
  Array.from(root.querySelectorAll<T>(selector));

/** Where a drawn box (absolutely placed `pseudo` of `element`) sits on the page. */
function pseudoBox(element: Element, pseudo: '::before' | '::after') {
  const base = rect((element as HTMLElement).offsetParent ?? element);
  const style = getComputedStyle(element, pseudo);
  const left = base.left + parseFloat(style.left);
  const top = base.top + parseFloat(style.top);
  const width =
    parseFloat(style.width) +
    (style.boxSizing === 'border-box'
      ? 0
      : parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth));
  const height =
    parseFloat(style.height) +
    (style.boxSizing === 'border-box'
      ? 0
      : parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth));
  return { left, top, width, height, bottom: top + height };
}

const viewports = [
  { name: 'desktop', width: 1024, stage: 640 },
  { name: 'mobile', width: 375, stage: 335 },
] as const;

const body = 'Pain in your leg when you walk that gets worse over weeks.';

(isChromium ? describe : describe.skip)('NHS theme: parity with nhsuk-frontend 10', () => {
  let unlink: () => void;
  const stages: HTMLElement[] = [];

  before(async () => {
    unlink = await linkStylesheets(nhsukStylesheet, nhsTheme);
  });

  after(async () => {
    unlink();
    await setViewport({ width: 800, height: 600 });
  });

  afterEach(() => stages.splice(0).forEach((stage) => stage.remove()));

  /** A block of the page `width` px wide holding `content`, for one side of a comparison. */
  function stage(width: number, content: Node | string): HTMLElement {
    const element = document.createElement('div');
    element.style.cssText = `display: flow-root; inline-size: ${width}px; margin: 0 0 64px`;
    if (typeof content === 'string') element.setHTMLUnsafe(content);
    else element.append(content);
    document.body.append(element);
    stages.push(element);
    return element;
  }

  async function settle(...roots: ParentNode[]): Promise<void> {
    const elements = roots.flatMap((root) =>
      all<HTMLElement & { updateComplete?: Promise<unknown> }>(root, '*'),
    );
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  for (const viewport of viewports) {
    describe(`${viewport.name} (${viewport.width}px wide)`, () => {
      before(() => setViewport({ width: viewport.width, height: 900 }));

      it('care cards: the frame, heading block, notch arrow, content and the gap between cards', async () => {
        const cards = await Promise.all(
          careCardUrgencies.map((urgency) =>
            renderNhsuk('card', {
              variant: urgency,
              heading: careCardText[urgency].heading(),
              headingLevel: 3,
              descriptionHtml: `<p>${body}</p>`,
            }),
          ),
        );
        const nhs = stage(viewport.stage, cards.join(''));
        const ours = stage(viewport.stage, document.createDocumentFragment());
        for (const urgency of careCardUrgencies) {
          const card = document.createElement('circ-care-card');
          card.setAttribute('urgency', urgency);
          card.setAttribute('heading-level', '3');
          // The built-in text, slotted, so the urgent card leaves out its Northern Ireland
          // note, which NHS.UK's card does not have.
          const heading = Object.assign(document.createElement('span'), {
            slot: 'heading',
            textContent: careCardText[urgency].heading(),
          });
          const paragraph = Object.assign(document.createElement('p'), { textContent: body });
          card.append(heading, paragraph);
          ours.append(card);
        }
        await settle(ours);

        const metrics = new Metrics();
        const nhsCards = all(nhs, '.nhsuk-card');
        const ourHosts = all(ours, 'circ-care-card');
        expect(nhsCards).to.have.length(3);
        careCardUrgencies.forEach((urgency, index) => {
          const nhsCard = nhsCards[index]!;
          const host = ourHosts[index]!;
          const ourCard = one(host.shadowRoot!, '[part~="base"]');
          const label = `${urgency} card`;
          metrics.length(`${label} width`, rect(nhsCard).width, rect(ourCard).width);
          metrics.length(`${label} height`, rect(nhsCard).height, rect(ourCard).height);
          metrics.styles(label, nhsCard, ourCard, [
            'border-top-width',
            'border-left-width',
            'border-bottom-width',
            'border-top-color',
            'border-top-left-radius',
            'background-color',
          ]);
          const top = (element: Element, stageElement: Element) =>
            rect(element).top - rect(stageElement).top;
          if (index === 0) {
            metrics.length(`${label} space above`, top(nhsCard, nhs), top(ourCard, ours));
          } else {
            const gap = (cards: Element[]) =>
              rect(cards[index]!).top - rect(cards[index - 1]!).bottom;
            metrics.length(
              `${label} gap from the card above`,
              gap(nhsCards),
              gap(ourHosts.map((ourHost) => one(ourHost.shadowRoot!, '[part~="base"]'))),
            );
          }

          const nhsBlock = one(nhsCard, '.nhsuk-card__heading-container');
          const ourHeading = one(host.shadowRoot!, '[part~="heading"]');
          metrics.length(
            `${label} heading block height`,
            rect(nhsBlock).height,
            rect(ourHeading).height,
          );
          metrics.styles(`${label} heading block`, nhsBlock, ourHeading, [
            'padding-top',
            'padding-left',
            'padding-right',
            'background-color',
          ]);
          const nhsHeading = one(nhsCard, '.nhsuk-card__heading');
          metrics.styles(`${label} heading`, nhsHeading, ourHeading, [
            'font-size',
            'font-weight',
            'line-height',
            'color',
          ]);

          // The notch: a square of the accent turned 45°, centred on the block's lower edge.
          const arrow = one(nhsCard, '.nhsuk-card--care__arrow');
          const ourArrow = [ourHeading, '::after'] as const;
          const arrowSize = 2 * px(ourArrow, 'border-top-width');
          metrics.length(`${label} arrow size`, px(arrow, 'width'), arrowSize);
          const arrowBox = rect(arrow);
          const block = rect(nhsBlock);
          metrics.length(
            `${label} arrow centre from the block's start`,
            arrowBox.left + arrowBox.width / 2 - block.left,
            px(ourArrow, 'left') + arrowSize / 2,
          );
          metrics.length(
            `${label} arrow centre below the block`,
            arrowBox.top + arrowBox.height / 2 - block.bottom,
            -px(ourArrow, 'bottom') - arrowSize / 2,
          );
          metrics.value(
            `${label} arrow colour`,
            computed([arrow, '::before']).borderTopColor,
            computed(ourArrow).borderTopColor,
          );

          const nhsContent = one(nhsCard, '.nhsuk-card__content');
          const ourContent = one(host.shadowRoot!, '[part~="content"]');
          metrics.styles(`${label} content`, nhsContent, ourContent, [
            'padding-top',
            'padding-left',
            'padding-bottom',
            'background-color',
            'color',
          ]);
          const [nhsText, ourText] = [one(nhsContent, 'p'), one(host, 'p')];
          metrics.length(
            `${label} text from the card's top`,
            rect(nhsText).top - rect(nhsCard).top,
            rect(ourText).top - rect(ourCard).top,
          );
          metrics.styles(`${label} text`, nhsText, ourText, ['font-size', 'line-height', 'color']);
        });
        expect(metrics.failures, metrics.table()).to.deep.equal([]);
      });

      it('radios, checkboxes and buttons: the checklist beside nhsuk-frontend’s form components', async () => {
        const checkboxes = await renderNhsuk('checkboxes', {
          name: 'redFlags',
          fieldset: { legend: { text: redFlagQuestion.legend(), size: 's' } },
          hint: { text: redFlagQuestion.hint() },
          items: redFlagNames.map((name, index) => ({
            value: name,
            text: redFlagQuestion.options[name](),
            checked: index === 0,
          })),
        });
        const radios = await renderNhsuk('radios', {
          name: 'walkingPain',
          fieldset: { legend: { text: walkingPainQuestion.legend(), size: 's' } },
          hint: { text: walkingPainQuestion.hint!() },
          items: [
            { value: 'yes', text: walkingPainQuestion.yes(), checked: true },
            { value: 'no', text: walkingPainQuestion.no() },
            { value: 'unable', text: walkingPainQuestion.unable!() },
          ],
        });
        const primary = await renderNhsuk('button', { text: checklistText.print() });
        const secondary = await renderNhsuk('button', {
          text: checklistText.reset(),
          variant: 'secondary',
        });
        // In a card, as our checklist is, so both sides have the same width.
        const nhs = stage(
          viewport.stage,
          await renderNhsuk('card', { descriptionHtml: checkboxes + radios + primary + secondary }),
        );
        const checklist = document.createElement('circ-symptom-checklist') as CircSymptomChecklist;
        checklist.answers = { ...emptyAnswers(), redFlags: [redFlagNames[0]], walkingPain: true };
        const ours = stage(viewport.stage, checklist);
        await settle(ours);
        const root = checklist.shadowRoot!;

        const metrics = new Metrics();
        const nhsFieldsets = all(nhs, 'fieldset');
        const ourFieldsets = all(root, 'fieldset');
        const questions = [
          { kind: 'checkbox', nhs: nhsFieldsets[0]!, ours: ourFieldsets[0]!, next: 1 },
          { kind: 'radio', nhs: nhsFieldsets[1]!, ours: ourFieldsets[1]!, next: 2 },
        ] as const;
        for (const question of questions) {
          const { kind } = question;
          metrics.length(
            `${kind} question width`,
            rect(question.nhs).width,
            rect(question.ours).width,
          );
          const [nhsLegend, ourLegend] = [
            one(question.nhs, 'legend'),
            one(question.ours, 'legend'),
          ];
          metrics.styles(`${kind} legend`, nhsLegend, ourLegend, [
            'font-size',
            'font-weight',
            'line-height',
            'color',
            'margin-bottom',
          ]);
          const [nhsHint, ourHint] = [
            one(question.nhs, '.nhsuk-hint'),
            one(question.ours, '.hint'),
          ];
          metrics.styles(`${kind} hint`, nhsHint, ourHint, ['font-size', 'line-height', 'color']);
          metrics.length(
            `${kind} hint below the legend`,
            rect(nhsHint).top - rect(nhsLegend).bottom,
            rect(ourHint).top - rect(ourLegend).bottom,
          );

          const nhsItems = all(question.nhs, `.nhsuk-${kind}es__item, .nhsuk-radios__item`);
          const ourItems = all(question.ours, '.option');
          expect(ourItems).to.have.length(nhsItems.length);
          const start = (element: Element) => rect(element).left - rect(question.nhs).left;
          const ourStart = (element: Element) => rect(element).left - rect(question.ours).left;
          let previous: { nhs: number; ours: number } | undefined;
          nhsItems.forEach((nhsItem, index) => {
            const ourItem = ourItems[index]!;
            const label = `${kind} ${index + 1}`;
            const [nhsInput, ourInput] = [one(nhsItem, 'input'), one(ourItem, 'input')];
            metrics.length(`${label} target width`, rect(nhsInput).width, rect(ourInput).width);
            metrics.length(`${label} target height`, rect(nhsInput).height, rect(ourInput).height);
            metrics.length(`${label} target start`, start(nhsInput), ourStart(ourInput));
            const [nhsLabel, ourLabel] = [one(nhsItem, 'label'), one(ourItem, 'span')];
            const nhsBox = [nhsLabel, '::before'] as const;
            const ourBox = [ourLabel, '::before'] as const;
            metrics.styles(`${label} box`, nhsBox, ourBox, [
              'width',
              'height',
              'border-top-width',
              'border-top-color',
              'border-top-left-radius',
              'background-color',
            ]);
            const [a, b] = [pseudoBox(nhsLabel, '::before'), pseudoBox(ourLabel, '::before')];
            metrics.length(
              `${label} box start`,
              a.left - rect(question.nhs).left,
              b.left - rect(question.ours).left,
            );
            if (index === 0) {
              metrics.length(
                `${label} box below the hint`,
                a.top - rect(nhsHint).bottom,
                b.top - rect(ourHint).bottom,
              );
            } else {
              metrics.length(
                `${label} box below the one above`,
                a.top - previous!.nhs,
                b.top - previous!.ours,
              );
            }
            previous = { nhs: a.top, ours: b.top };
            metrics.styles(`${label} label`, nhsLabel, ourLabel, [
              'font-size',
              'line-height',
              'color',
            ]);
            const textStart = (element: Element, box: { left: number }) =>
              rect(element).left + px(element, 'padding-left') - box.left;
            metrics.length(
              `${label} text after the box`,
              textStart(nhsLabel, a),
              textStart(ourLabel, b),
            );
            const textTop = (element: Element, box: { top: number }) =>
              rect(element).top + px(element, 'padding-top') - box.top;
            metrics.length(
              `${label} text below the box's top`,
              textTop(nhsLabel, a),
              textTop(ourLabel, b),
            );
            if (index === 0) {
              // The checked mark: the radio's dot, the checkbox's tick.
              const [nhsMark, ourMark] = [
                [nhsLabel, '::after'] as const,
                [ourLabel, '::after'] as const,
              ];
              metrics.value(
                `${label} mark shown`,
                `${px(nhsMark, 'opacity') > 0}`,
                `${computed(ourMark).display !== 'none'}`,
              );
              metrics.styles(`${label} mark`, nhsMark, ourMark, [
                'border-left-width',
                'border-bottom-width',
                'border-bottom-color',
                ...(kind === 'checkbox' ? ['width', 'height'] : ['border-top-width']),
              ]);
            }
          });

          const nextLegend = (fieldsets: Element[]) =>
            fieldsets[question.next]?.querySelector('legend');
          const [nhsNext, ourNext] = [nextLegend(nhsFieldsets), nextLegend(ourFieldsets)];
          if (nhsNext && ourNext) {
            const lastBox = (items: Element[], selector: string) =>
              pseudoBox(one(items[items.length - 1]!, selector), '::before').bottom;
            metrics.length(
              `${kind} next question below the last box`,
              rect(nhsNext).top - lastBox(nhsItems, 'label'),
              rect(ourNext).top - lastBox(ourItems, 'span'),
            );
          }

          // Focus: a dark border in a yellow ring.
          const nhsFirst = one<HTMLInputElement>(nhsItems[0]!, 'input');
          const ourFirst = one<HTMLInputElement>(ourItems[0]!, 'input');
          const focusRing = ['border-top-width', 'border-top-color', 'box-shadow'];
          const nhsFocused = whileFocused(
            nhsFirst,
            [nhsFirst.nextElementSibling!, '::before'],
            focusRing,
          );
          ourFirst.focus();
          expect(ourFirst.matches(':focus-visible'), 'focus from code shows').to.be.true;
          const ourFocused = whileFocused(
            ourFirst,
            [ourFirst.nextElementSibling!, '::before'],
            focusRing,
          );
          metrics.snapshots(`${kind} focused box`, nhsFocused, ourFocused);
        }

        const buttons = [
          {
            kind: 'primary',
            nhs: one(nhs, '.nhsuk-button:not(.nhsuk-button--secondary)'),
            ours: all(root, '.actions button')[1]!,
          },
          {
            kind: 'secondary',
            nhs: one(nhs, '.nhsuk-button--secondary'),
            ours: one(root, '.actions .secondary'),
          },
        ];
        for (const button of buttons) {
          const label = `${button.kind} button`;
          expect(button.ours.textContent!.trim()).to.equal(button.nhs.textContent!.trim());
          metrics.length(`${label} width`, rect(button.nhs).width, rect(button.ours).width);
          metrics.length(`${label} height`, rect(button.nhs).height, rect(button.ours).height);
          metrics.styles(label, button.nhs, button.ours, [
            'padding-top',
            'padding-left',
            'border-top-width',
            'border-top-left-radius',
            'font-size',
            'font-weight',
            'line-height',
            'color',
            'background-color',
            'box-shadow',
          ]);
          // NHS.UK draws the secondary button's outline on ::before, over its own border.
          const visibleBorder =
            button.kind === 'secondary'
              ? computed([button.nhs, '::before']).borderTopColor
              : computed(button.nhs).borderTopColor;
          metrics.value(
            `${label} border colour`,
            visibleBorder,
            computed(button.ours).borderTopColor,
          );
          const focusStyle = ['color', 'background-color', 'box-shadow'];
          metrics.snapshots(
            `${label} focused`,
            whileFocused(button.nhs as HTMLElement, button.nhs, focusStyle),
            whileFocused(button.ours as HTMLElement, button.ours, focusStyle),
          );
        }
        expect(metrics.failures, metrics.table()).to.deep.equal([]);
      });

      it('the walking plan: its buttons beside nhsuk-frontend’s, its plan in NHS.UK table text', async () => {
        const text = walkingPlanText;
        const button = (label: string, variant?: 'secondary') =>
          renderNhsuk('button', variant ? { text: label, variant } : { text: label });
        const table = await renderNhsuk('table', {
          caption: text.planCaption(),
          firstCellIsHeader: true,
          head: [text.weekColumn(), text.dateColumn()].map((label) => ({ text: label })),
          rows: [[{ text: '1' }, { text: 'Mon 7 Dec' }]],
        });
        // In a card, as our walking plan is, so both sides have the same width.
        const nhs = stage(
          viewport.stage,
          await renderNhsuk('card', {
            descriptionHtml: [
              await button(text.start()),
              await button(text.end(), 'secondary'),
              await button(text.print(), 'secondary'),
              table,
            ].join(''),
          }),
        );
        const plan = document.createElement('circ-walking-plan');
        plan.setAttribute('start', '2026-12-07');
        plan.setAttribute('weeks', '1');
        const ours = stage(viewport.stage, plan);
        await settle(ours);
        const root = plan.shadowRoot!;
        const nhsButtons = all(nhs, '.nhsuk-button');
        const start = one<HTMLButtonElement>(root, 'button.primary');
        const metrics = new Metrics();

        /** Everything of one button but its size, which the timer's buttons make larger. */
        const compareLook = (label: string, nhsButton: Element, ourButton: Element) => {
          expect(ourButton.textContent!.trim()).to.equal(nhsButton.textContent!.trim());
          metrics.styles(label, nhsButton, ourButton, [
            'padding-top',
            'padding-left',
            'border-top-width',
            'border-top-left-radius',
            'font-weight',
            'color',
            'background-color',
            'box-shadow',
          ]);
          // NHS.UK draws the secondary button's outline on ::before, over its own border.
          const visibleBorder = nhsButton.classList.contains('nhsuk-button--secondary')
            ? computed([nhsButton, '::before']).borderTopColor
            : computed(nhsButton).borderTopColor;
          metrics.value(
            `${label} border colour`,
            visibleBorder,
            computed(ourButton).borderTopColor,
          );
          const focusStyle = ['color', 'background-color', 'box-shadow'];
          metrics.snapshots(
            `${label} focused`,
            whileFocused(nhsButton as HTMLElement, nhsButton, focusStyle),
            whileFocused(ourButton as HTMLElement, ourButton, focusStyle),
          );
        };
        /** The timer's buttons: NHS.UK's look, text 1.125 times as large, never shorter. */
        const compareTimer = (label: string, nhsButton: Element, ourButton: Element) => {
          compareLook(label, nhsButton, ourButton);
          metrics.length(
            `${label} font-size (1.125 × NHS.UK's)`,
            px(nhsButton, 'font-size') * 1.125,
            px(ourButton, 'font-size'),
          );
          metrics.value(
            `${label} at least NHS.UK's height`,
            'true',
            `${rect(ourButton).height >= rect(nhsButton).height - 0.5}`,
          );
        };

        compareTimer('timer start button', nhsButtons[0]!, start);
        start.click();
        await settle(ours);
        compareTimer('timer end button', nhsButtons[1]!, one(root, 'button.end'));
        // The print button is an ordinary secondary button, the same size as NHS.UK's.
        const print = one(root, '.print-action button');
        compareLook('print button', nhsButtons[2]!, print);
        metrics.length('print button width', rect(nhsButtons[2]!).width, rect(print).width);
        metrics.length('print button height', rect(nhsButtons[2]!).height, rect(print).height);
        metrics.styles('print button', nhsButtons[2]!, print, ['font-size', 'line-height']);

        // The plan is a grid to write in on paper, not NHS.UK's open table, but its text and
        // lines are NHS.UK's table text and lines.
        for (const [what, selector] of [
          ['column header', 'thead th'],
          ['row header', 'tbody th'],
          ['cell', 'tbody td'],
        ] as const) {
          const [nhsCell, ourCell] = [
            one(nhs, `table ${selector}`),
            one(root, `[part~="plan"] table ${selector}`),
          ];
          metrics.styles(`plan ${what}`, nhsCell, ourCell, [
            'font-size',
            'line-height',
            'color',
            'border-bottom-color',
          ]);
        }
        expect(metrics.failures, metrics.table()).to.deep.equal([]);
      });

      it('headings per level, body text and cards: the explainer beside an NHS.UK card', async () => {
        const metrics = new Metrics();
        for (const level of [2, 3, 4, 5, 6]) {
          const nhs = stage(
            viewport.stage,
            nhsukElement(
              await renderNhsuk('card', {
                heading: 'Ischaemia',
                headingLevel: level,
                descriptionHtml: `<p>${body}</p><p>${body}</p>`,
              }),
            ),
          );
          const explainer = document.createElement('circ-explainer');
          explainer.setAttribute('topic', 'ischaemia');
          explainer.setAttribute('heading-level', String(level));
          const ours = stage(viewport.stage, explainer);
          await settle(ours);
          const root = explainer.shadowRoot!;
          const [nhsCard, ourCard] = [one(nhs, '.nhsuk-card'), one(root, '[part~="base"]')];
          if (level === 2) {
            metrics.styles('card', one(nhsCard, '.nhsuk-card__content'), ourCard, [
              'padding-top',
              'padding-left',
            ]);
            metrics.styles('card', nhsCard, ourCard, [
              'border-top-width',
              'border-top-color',
              'border-top-left-radius',
              'background-color',
            ]);
            metrics.length(
              'card margin below',
              px(nhsCard, 'margin-bottom'),
              px(explainer, 'margin-bottom'),
            );
            const [nhsText, ourText] = [one(nhsCard, 'p'), one(root, '[part~="summary"]')];
            metrics.styles('body text', nhsText, ourText, [
              'font-size',
              'font-weight',
              'line-height',
              'color',
              'margin-bottom',
            ]);
          }
          const [nhsHeading, ourHeading] = [
            one(nhsCard, `h${level}`),
            one(root, `h${level}[part~="heading"]`),
          ];
          metrics.styles(`h${level}`, nhsHeading, ourHeading, [
            'font-size',
            'font-weight',
            'line-height',
            'color',
            'margin-bottom',
          ]);
        }
        expect(metrics.failures, metrics.table()).to.deep.equal([]);
      });
    });
  }
});
