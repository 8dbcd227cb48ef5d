import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../index.js';
import { emptyAnswers } from '../checklist/classify.js';
import type { CircSymptomChecklist } from '../elements/symptom-checklist/symptom-checklist.element.js';
import { pressesAgo } from '../fixtures/walking-plan.fixtures.js';
import { linkStylesheets, nhsTheme, nhsukStylesheet } from '../test-utils/nhs-page.js';

// Screenshots of each element with the NHS theme on an NHS.UK page, compared with the
// baselines in src/themes/screenshots/: at most 20 pixels may differ, not counting
// anti-aliasing or colours within pixelmatch's threshold of 0.1 (web-test-runner.config.mjs),
// so a notch arrow 2px smaller fails, while exact colours and radii are nhs-parity.test.ts's
// to check. Chromium only: every engine rasterises text its own way, so each would need
// baselines of its own, and the metrics behind the look are checked in numbers by
// nhs-parity.test.ts. After a deliberate change of look, rewrite them:
// WTR_UPDATE_SCREENSHOTS=1 WTR_BROWSERS=chromium npx wtr --files <this file>, then look at
// every changed image before committing it.
const isChromium = /Chrome\//.test(navigator.userAgent);

const stages: HTMLElement[] = [];

/** A 480px-wide block of the page holding `nodes`, laid out and rendered. */
async function stage(...nodes: Node[]): Promise<HTMLElement> {
  const element = document.createElement('div');
  element.style.cssText = 'display: flow-root; inline-size: 480px; padding: 0 8px';
  element.append(...nodes);
  document.body.append(element);
  stages.push(element);
  for (let pass = 0; pass < 3; pass += 1) {
    const all = [element, ...Array.from(element.querySelectorAll('*'))].flatMap((node) => [
      node,
      ...Array.from(node.shadowRoot?.querySelectorAll('*') ?? []),
    ]);
    await Promise.all(
      all.map((node) => (node as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return element;
}

function element(tag: string, attributes: Record<string, string> = {}, text?: string) {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  if (text) created.textContent = text;
  return created;
}

(isChromium ? describe : describe.skip)('NHS theme: screenshots (Chromium)', () => {
  let unlink: () => void;

  before(async () => {
    await setViewport({ width: 1024, height: 900 });
    unlink = await linkStylesheets(nhsukStylesheet, nhsTheme);
  });

  after(async () => {
    unlink();
    await setViewport({ width: 800, height: 600 });
  });

  afterEach(() => stages.splice(0).forEach((block) => block.remove()));

  it('care cards, non-urgent, urgent and emergency', async () => {
    const cards = ['non-urgent', 'urgent', 'emergency'].map((urgency) => {
      const card = element('circ-care-card', { urgency });
      card.append(element('p', {}, 'Pain in your leg when you walk that gets worse.'));
      return card;
    });
    await visualDiff(await stage(...cards), 'nhs-care-cards');
  });

  it('the checklist’s questions and buttons, an answer ticked and the first box focused', async () => {
    const checklist = element('circ-symptom-checklist') as CircSymptomChecklist;
    checklist.answers = { ...emptyAnswers(), redFlags: ['rest-pain'], walkingPain: true };
    const block = await stage(checklist);
    // The opening questions and the buttons: the follow-ups repeat the same controls, and
    // the result's care card has its own screenshot.
    const root = checklist.shadowRoot!;
    const hidden = [
      ...Array.from(root.querySelectorAll<HTMLElement>('fieldset')).slice(2),
      root.querySelector<HTMLElement>('[part~="result"]')!,
    ];
    for (const node of hidden) node.hidden = true;
    root.querySelector('input')!.focus();
    await visualDiff(block, 'nhs-checklist');
  });

  it('the explainer', async () => {
    await visualDiff(
      await stage(element('circ-explainer', { topic: 'ischaemia' })),
      'nhs-explainer',
    );
  });

  it('the comparison, as a table: its first two rows', async () => {
    const block = await stage(element('circ-comparison'));
    block.style.inlineSize = '720px';
    const comparison = block.firstElementChild!;
    for (const row of Array.from(comparison.shadowRoot!.querySelectorAll('tbody tr')).slice(2)) {
      (row as HTMLElement).hidden = true;
    }
    await visualDiff(block, 'nhs-comparison');
  });

  it('the source list', async () => {
    const sources = element('circ-sources', {
      only: 'eur-treatment-strategies sdu-claudicatio-intermittens',
    });
    await visualDiff(await stage(sources), 'nhs-sources');
  });

  it('the price banner', async () => {
    const banner = element('circ-price-banner', {
      price: '1200',
      href: '/prices',
      provider: 'Example Vein Clinic',
      dismissible: '',
    });
    banner.append(
      element('p', { slot: 'includes' }, 'The consultation, the treatment and aftercare.'),
    );
    await visualDiff(await stage(banner), 'nhs-price-banner');
  });

  it('the walking plan’s timer, last session and first week, its start button focused', async () => {
    const plan = element('circ-walking-plan', { start: '2026-12-07', weeks: '1' });
    const block = await stage(plan);
    // As wide as NHS.UK's two-thirds column, as for the comparison's table.
    block.style.inlineSize = '720px';
    // Two walks and a rest, then "End session": the clock is back at 0:00, so nothing moves.
    await pressesAgo([
      ['primary', 0],
      ['primary', 185],
      ['primary', 275],
      ['end', 400],
    ])(plan);
    // The timer, the session's table and the plan: the explanation above them is body text
    // and headings, as in the explainer's screenshot.
    const root = plan.shadowRoot!;
    for (const node of root.querySelectorAll<HTMLElement>('.about, [part~="help"]')) {
      node.hidden = true;
    }
    root.querySelector<HTMLButtonElement>('button.primary')!.focus();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await visualDiff(block, 'nhs-walking-plan');
  });
});
