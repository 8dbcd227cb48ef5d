import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The registration entry, as partners import it: defines <circ-walking-plan>.
import '../src/walking-plan.ts';
import { storyOf } from '../src/fixtures/example.js';
import {
  walkingPlanFixtures,
  type WalkingPlanArgs,
} from '../src/fixtures/walking-plan.fixtures.js';
import { paper, showPrintLayout } from './support/print-layout.js';

// The states come from the shared examples, which the tests render too. The timer's
// states are reached by pressing its buttons (the example's `play`), as a reader would.
const story = (name: keyof typeof walkingPlanFixtures.examples): Story =>
  storyOf(walkingPlanFixtures, name);
/** Shows the walking plan's print rules on screen (see support/print-layout.ts). */
const printLayout = (container?: Element) => showPrintLayout('circ-walking-plan', container);

const meta = {
  title: 'Elements/Walking plan',
  component: 'circ-walking-plan',
  // Its docs page is walking-plan.mdx (usage, the event, timing, privacy and print), not autodocs.
  tags: ['!autodocs'],
  args: walkingPlanFixtures.defaults,
  render: (args) => walkingPlanFixtures.render(args),
} satisfies Meta<WalkingPlanArgs>;

export default meta;
type Story = StoryObj<WalkingPlanArgs>;

/**
 * No `start`: what the programme is, when to stop and get help, the timer ready to start,
 * and a 12-week plan of 3 sessions a week with a blank date column to fill in.
 */
export const Default: Story = story('default');

/**
 * `start="2026-12-07"`: each session has a date, formatted for the page's language, 3 a
 * week on the first, third and fifth day from the start.
 */
export const WithStartDate: Story = story('withStartDate');

/** `weeks="2" sessions-per-week="7"`: a short plan with a session every day. */
export const ShortDailyPlan: Story = story('shortDailyPlan');

/**
 * Mid-walk: the second walk started 1 minute 10 seconds ago and the clock runs on. The
 * button now reads "Stop: the pain is getting strong"; "End session" sits beside it.
 */
export const Walking: Story = story('walking');

/** Resting after a first walk of 3 minutes 5 seconds: the rest timer runs; "Walk again". */
export const Resting: Story = story('resting');

/**
 * After "End session": the session's walks and rests in a table with the totals, which
 * prints with the plan. The element fired `circ-session-end` with the same times.
 */
export const SessionEnded: Story = story('sessionEnded');

/** In a 320px-wide container, such as a phone: the plan's columns wrap, nothing overflows. */
export const Narrow: Story = story('narrow');

/** `citations="none"`: no citation markers; the sources stay in the page's `<circ-sources>`. */
export const WithoutCitationMarkers: Story = story('withoutCitationMarkers');

/** The `footer` slot: a link to book the supervised sessions. */
export const WithBookingLink: Story = story('withBookingLink');

/**
 * `weeks="99"`, `sessions-per-week="abc"`, `start="not-a-date"`: 12 weeks, 3 a week and
 * blank dates, and the console has three warnings starting with `circ-walking-plan:`.
 */
export const BadInput: Story = story('badInput');

/**
 * What printing gives after a session: the explanation, when to stop and get help, the
 * last session's table and the plan, without the timer or any button. Here the element's
 * own `@media print` rules are applied on screen, on a white sheet whatever the theme.
 */
export const PrintedView: Story = {
  ...story('sessionEnded'),
  render: (args) =>
    html`<div style=${styleMap(paper)} ${ref(printLayout)}>
      ${walkingPlanFixtures.render(args)}
    </div>`,
};
