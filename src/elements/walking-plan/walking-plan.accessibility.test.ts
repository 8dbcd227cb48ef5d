// The walking plan as assistive technology meets it in each state of the timer: axe in
// walking, resting and ended (reached by the reader's presses on a fake clock), and in
// Chromium the browser's own accessibility tree: the named buttons, the polite status and
// the two tables with their captions and headers. (The shared contract test runs axe over
// every fixture example in light and dark; this file drives the states itself.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../walking-plan.js';
import {
  accessibilityTree,
  canReadAccessibilityTree,
  nodesWithRole,
  type AccessibilityNode,
} from '../../test-utils/a11y-tree.js';
import { inContainer } from '../../test-utils/container-layout.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import {
  planColumns,
  press,
  sessionTable,
  spoken,
  text,
  timerButtons,
} from '../../test-utils/walking-plan-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircWalkingPlan } from './walking-plan.element.js';

const minute = 60_000;

/** Every text of `node` and below, as a screen reader reads it out. */
function spokenText(node: AccessibilityNode): string {
  const parts: string[] = [];
  const visit = (each: AccessibilityNode) => {
    if (each.role === 'StaticText' && each.name) parts.push(each.name);
    each.children?.forEach(visit);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

describe('<circ-walking-plan> accessibility', () => {
  const clock = useFakeClock();
  const warnings = useWarnings();
  let el: CircWalkingPlan;

  beforeEach(async () => {
    el = await fixture<CircWalkingPlan>(
      html`<circ-walking-plan start="2026-12-07" weeks="2"></circ-walking-plan>`,
    );
  });

  afterEach(() => expect(warnings.messages).to.deep.equal([]));

  async function pass(ms: number): Promise<void> {
    clock.advance(ms);
    clock.wake();
    await el.updateComplete;
  }

  it('passes axe while walking, with the clock and the minute said', async () => {
    await press(el, text.start());
    await pass(70_000);
    expect(spoken(el)).to.equal(text.walkingFor('1 minute'));
    await expect(el).to.be.accessible();
  });

  it('passes axe while resting', async () => {
    await press(el, text.start());
    await pass(3 * minute);
    await press(el, text.stop());
    await pass(2 * minute);
    expect(timerButtons(el)).to.deep.equal([text.walkAgain(), text.end()]);
    await expect(el).to.be.accessible();
  });

  it('passes axe after the session ended, with its table', async () => {
    await press(el, text.start());
    await pass(3 * minute);
    await press(el, text.stop());
    await pass(minute);
    await press(el, text.walkAgain());
    await pass(2 * minute);
    await press(el, text.end());
    expect(sessionTable(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps one polite status region, present before anything is said', async () => {
    const regions = () => el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]');
    expect(regions()).to.have.length(1);
    const region = regions()[0]!;
    // A live region must exist before its text changes, or screen readers miss the change.
    expect(region.textContent!.trim()).to.equal('');
    await press(el, text.start());
    expect(regions()).to.have.length(1);
    expect(regions()[0]).to.equal(region);
    expect(region.getAttribute('aria-live') ?? 'polite').to.equal('polite'); // role=status is polite
    expect(region.textContent!.trim()).to.equal(text.walkStarted('1'));
    // The clock's every second is not in the live region: only the region speaks.
    expect(region.contains(el.shadowRoot!.querySelector('.clock'))).to.equal(false);
  });

  describe("in Chromium's accessibility tree", () => {
    beforeEach(function () {
      // Firefox and WebKit expose no accessibility tree to tests (test-utils/a11y-tree.ts);
      // there axe above and the shadow-DOM checks of the other files stand in.
      if (!canReadAccessibilityTree) this.skip();
    });

    it('names the timer buttons by their labels in each state', async () => {
      const buttons = async () =>
        nodesWithRole(await accessibilityTree('circ-walking-plan'), 'button').map(
          (node) => node.name,
        );
      expect(await buttons()).to.deep.equal([text.start(), text.print()]);
      await press(el, text.start());
      expect(await buttons()).to.deep.equal([text.stop(), text.end(), text.print()]);
      await press(el, text.stop());
      expect(await buttons()).to.deep.equal([text.walkAgain(), text.end(), text.print()]);
      await press(el, text.end());
      expect(await buttons()).to.deep.equal([text.start(), text.print()]);
    });

    it('exposes the status with what it says on each change of phase', async () => {
      await press(el, text.start());
      await pass(3 * minute + 5_000);
      await press(el, text.stop());
      const [status, ...others] = nodesWithRole(
        await accessibilityTree('circ-walking-plan'),
        'status',
      );
      expect(others).to.have.length(0);
      expect(spokenText(status!)).to.equal(text.restStarted('3 minutes, 5 seconds'));
    });

    it('reads the ended session as a table: caption, column headers, a row header per walk', async () => {
      await press(el, text.start());
      await pass(185_000);
      await press(el, text.stop());
      await pass(90_000);
      await press(el, text.walkAgain());
      await pass(60_000);
      await press(el, text.end());
      const tables = nodesWithRole(await accessibilityTree('circ-walking-plan'), 'table');
      const session = tables.find((table) => table.name === text.sessionCaption());
      expect(session, 'a table named by its caption').to.exist;
      expect(nodesWithRole(session!, 'columnheader').map((node) => node.name)).to.deep.equal([
        text.walkColumn(),
        text.walkTimeColumn(),
        text.restTimeColumn(),
      ]);
      expect(nodesWithRole(session!, 'rowheader').map((node) => node.name)).to.deep.equal([
        '1',
        '2',
        text.total(),
      ]);
      const cells = nodesWithRole(session!, 'cell').map(spokenText);
      expect(cells).to.deep.equal([
        '3 minutes, 5 seconds',
        '1 minute, 30 seconds',
        '1 minute',
        '0 seconds',
        '4 minutes, 5 seconds',
        '1 minute, 30 seconds',
      ]);
    });

    for (const layout of ['wide', 'narrow'] as const) {
      // Narrow (a 320px container) stacks each session into a card with visible, aria-hidden
      // labels; the tree must still be the same table, with nothing read twice.
      it(`reads the plan as a table with its columns and a week and session per row (${layout})`, async () => {
        await inContainer<CircWalkingPlan>(
          layout,
          html`<circ-walking-plan start="2026-12-07" weeks="2"></circ-walking-plan>`,
          'circ-walking-plan',
        );
        const tree = await accessibilityTree(`.${layout} circ-walking-plan`);
        const plan = nodesWithRole(tree, 'table').find(
          (table) => table.name === text.planCaption(),
        );
        expect(plan, 'a table named by its caption').to.exist;
        expect(nodesWithRole(plan!, 'columnheader').map((node) => node.name)).to.deep.equal(
          planColumns(),
        );
        const rows = nodesWithRole(plan!, 'row').slice(1);
        expect(rows).to.have.length(6);
        expect(nodesWithRole(rows[3]!, 'rowheader').map((node) => node.name)).to.deep.equal([
          '2',
          '1',
        ]);
        expect(nodesWithRole(rows[3]!, 'cell').map(spokenText)).to.deep.equal([
          'Mon 14 Dec',
          '',
          '',
          '',
        ]);
      });
    }
  });
});
