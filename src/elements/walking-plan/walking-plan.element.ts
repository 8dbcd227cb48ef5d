import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { renderStatements, type CitationsMode } from '../../citations/citation-markers.js';
import { checkedCitations } from '../../citations/citations-mode.js';
import { CitationController } from '../../citations/citation-controller.js';
import { citationStyles } from '../../citations/citation.styles.js';
import { helpStyles } from '../../base/help.styles.js';
import { CircElement } from '../../base/circ-element.js';
import type { HeadingLevel } from '../../base/heading-level.js';
import { numberHasChanged } from '../../base/number-has-changed.js';
import { wholeNumberAttribute } from '../../base/whole-number.js';
import { getLocale } from '../../base/localization.js';
import { renderSubheading } from '../../base/render-heading.js';
import { enableScriptButtons, untilScript } from '../../base/script-buttons.js';
import { getHelp } from '../../content/get-help.js';
import {
  walkingPlanHelpStatements,
  walkingPlanStatements,
  walkingPlanText as text,
} from '../../content/walking-plan/walking-plan-text.js';
import {
  clockFace,
  durationInWords,
  isoDuration,
  minutesInWords,
  wholeNumber,
} from './format-time.js';
import { renderPlan } from './walking-plan-table.js';
import { renderSession } from './walking-session-table.js';
import {
  checkedStart,
  checkedWholeNumber,
  sessionsRule,
  weeksRule,
} from './walking-plan-inputs.js';
import {
  elapsedMs,
  endSession,
  readySession,
  startRest,
  startWalk,
  type SessionState,
  type WalkRecord,
} from './walking-session.js';
import { walkingPlanStyles } from './walking-plan.styles.js';

/** The `detail` of `circ-session-end`: every walk of the session, in order. */
export interface SessionEndDetail {
  /** Each walk's time walking and the rest after it, in whole seconds. */
  walks: WalkRecord[];
}

export type { WalkRecord };

const minuteMs = 60_000;

/**
 * Helps a patient through a walking programme for intermittent claudication, agreed with
 * their GP or vascular team (the first thing it says): what the programme is and why it
 * helps (each statement cited; NICE and the European guidance, whose pain targets differ,
 * so the team sets it), when to stop and get help (walk on only with the usual muscle pain
 * that goes within 10 minutes of rest; tell the team if it gets worse; 999, urgent GP or
 * 111, and the Northern Ireland route; always shown, before the timer), a session helper
 * that times walks and rests, and a plan to print and fill in.
 *
 * **The session helper.** "Start walking" starts a walk timer; "Stop: the pain is getting
 * strong" records the walk and starts a rest timer; "Walk again" starts the next walk (the
 * three are one button whose label changes, so keyboard focus stays on it); "End session"
 * shows the session's walks and rests as a table and fires `circ-session-end`. Times are
 * differences between readings of the clock, never counted ticks, so they stay right when
 * the tab is in the background or the phone's screen is locked. Screen readers hear each
 * change of phase, and the time at most once a minute, through a polite live region.
 * Nothing is stored or sent: a reload starts afresh, and the element says so. The
 * `circ-session-end` event gives the times to the page the element is on: they are health
 * data (special-category data under UK GDPR), so a page that keeps or sends them must say
 * so to the reader.
 *
 * **The plan.** `weeks` × `sessions-per-week` rows, each with its date when `start` is set
 * (sessions spread through the week, 3 a week on days 1, 3 and 5 from the start), and
 * blank columns to fill in on paper: minutes walked, minutes until the pain started, how
 * bad it got (0 to 10). Printing shows the explanation, the help, the plan and the last
 * ended session, and hides the timer and every button.
 *
 * Bad `weeks`, `sessions-per-week` or `start` fall back (12 weeks, 3 a week, blank dates)
 * with one warning each.
 *
 * @summary A walking programme for intermittent claudication: explained, timed and planned on paper.
 *
 * @slot heading - Replaces the built-in title (phrasing content: it sits inside the heading).
 * @slot footer - After everything, such as a link to book or to the referral service.
 *
 * @csspart base - The card.
 * @csspart heading - The heading element (`h2`…`h6`).
 * @csspart help - When to stop and get help (999, urgent GP or 111), always shown.
 * @csspart timer - The session helper: its clock and buttons (hidden in print).
 * @csspart session - The table of the last ended session's walks and rests.
 * @csspart plan - The printable plan.
 * @csspart citation - Each citation marker (a link to its source, or to its entry in `<circ-sources>`).
 *
 * @fires {CustomEvent<CiteEventDetail>} circ-cite - A citation marker was activated; `detail.id` is the source id.
 * @fires {CustomEvent<SessionEndDetail>} circ-session-end - The reader pressed "End session"; `detail.walks` holds each walk's `walkSeconds` and `restSeconds`. The element itself keeps and sends nothing; these times are health data.
 */
export class CircWalkingPlan extends CircElement {
  // Lit's reactive properties (the fields below, with their JSDoc), declared here
  // rather than with decorators, whose helpers every bundle would carry.
  static override properties: PropertyDeclarations = {
    weeks: { type: Number, converter: wholeNumberAttribute, hasChanged: numberHasChanged },
    sessionsPerWeek: {
      attribute: 'sessions-per-week',
      type: Number,
      converter: wholeNumberAttribute,
      hasChanged: numberHasChanged,
    },
    start: {},
    citations: { reflect: true },
    session: { state: true },
    now: { state: true },
    lastSession: { state: true },
    announcement: { state: true },
  };

  static override styles = [...CircElement.styles, citationStyles, helpStyles, walkingPlanStyles];

  /**
   * How many weeks the printed plan has: a whole number from 1 to 24, in digits (the
   * property also takes a string of digits, as some frameworks set it from template
   * text). Absent: 12. Any other value falls back to 12 with one warning.
   */
  weeks = weeksRule.fallback;

  /**
   * How many sessions a week the plan has (rows per week): a whole number from 1 to 7, in
   * digits (the property also takes a string of digits). Absent: 3. Any other value falls
   * back to 3 with one warning.
   */
  sessionsPerWeek = sessionsRule.fallback;

  /**
   * The date of the plan's first session, as an ISO date (`2026-12-07`); the other dates
   * follow from it. Absent: the plan has a blank date column to fill in. A value that is
   * not a real ISO date leaves the dates blank, with one warning.
   */
  start?: string;

  /**
   * Whether statements show their citation markers: `inline` (default: a short marker
   * after each statement, one keyboard stop, linking to its sources) or `none` (no
   * markers, for pages that end with one `<circ-sources>`; the sources stay listed
   * there). Any other value falls back to `inline` with one warning.
   */
  citations: CitationsMode = 'inline';

  /** The checked inputs that `render()` uses. */
  private renderedWeeks = weeksRule.fallback;
  private renderedSessions = sessionsRule.fallback;
  private renderedStart: Date | undefined;
  private renderedCitations: CitationsMode = 'inline';

  /** The session under way (`ready` when none is). */
  private session: SessionState = readySession;
  /** The clock's reading the timer shows. */
  private now = 0;
  /** The walks of the last ended session, shown and printed until the next one ends. */
  private lastSession: readonly WalkRecord[] | undefined;
  /** What the live region says now. */
  private announcement = '';

  /** When the last announcement was made, and how many whole minutes it said. */
  private announcedAt = 0;
  private announcedMinutes = 0;
  private tick: ReturnType<typeof setTimeout> | undefined;

  /** The timer's one main button (start, stop, walk again), which keeps the focus. */
  private get primaryButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.primary');
  }

  constructor() {
    super();
    // Re-renders the citation markers when a <circ-sources> list comes, goes or reorders.
    new CitationController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A tab brought back from the background shows the right time at once.
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    if (this.session.phase !== 'ready') this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stopTicking();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Pre-rendered, the timer's button and "Print" came disabled (base/script-buttons.ts).
    enableScriptButtons(this.renderRoot, '.primary, .print-action button');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const warn = (key: string, message: string) => this.warnOnce(key, message);
    if (!this.hasUpdated || changed.has('weeks')) {
      this.renderedWeeks = checkedWholeNumber(
        weeksRule,
        this.weeks,
        this.getAttribute('weeks'),
        warn,
      );
    }
    if (!this.hasUpdated || changed.has('sessionsPerWeek')) {
      this.renderedSessions = checkedWholeNumber(
        sessionsRule,
        this.sessionsPerWeek,
        this.getAttribute('sessions-per-week'),
        warn,
      );
    }
    if (!this.hasUpdated || changed.has('start'))
      this.renderedStart = checkedStart(this.start, warn);
    if (!this.hasUpdated || changed.has('citations')) {
      this.renderedCitations = checkedCitations(this.citations, warn);
    }
  }

  protected override render() {
    const level = this.renderedHeadingLevel;
    const mode = this.renderedCitations;
    const weeks = this.renderedWeeks;
    const sessions = this.renderedSessions;
    const start = this.renderedStart;
    return html`
      <div part="base" class="card">
        ${this.renderHeading(html`<slot name="heading">${text.title()}</slot>`)}
        <div class="about">
          <p>${text.agreed()}</p>
          ${renderStatements(walkingPlanStatements, 'block', mode)}
        </div>
        <div part="help" class="help">
          ${renderSubheading(level, text.helpHeading())}
          ${renderStatements(walkingPlanHelpStatements, 'block', mode)}
          ${renderStatements(getHelp, 'block', mode)}
        </div>
        ${this.renderTimer(level)} ${this.lastSession ? renderSession(this.lastSession) : nothing}
        ${guard([weeks, sessions, start?.getTime(), level, getLocale()], () =>
          renderPlan(weeks, sessions, start, level),
        )}
        <div class="actions print-action">
          <button type="button" class="secondary" ?disabled=${untilScript} @click=${this.onPrint}>
            ${text.print()}
          </button>
        </div>
        <slot name="footer"></slot>
      </div>
    `;
  }

  private renderTimer(level: HeadingLevel) {
    const { phase, walks } = this.session;
    const elapsed = elapsedMs(this.session, this.now);
    // The walk the phase belongs to: the next walk while walking, the last one while resting.
    const walk = wholeNumber(phase === 'walking' ? walks.length + 1 : walks.length);
    const status =
      phase === 'walking'
        ? text.walking(walk)
        : phase === 'resting'
          ? text.resting(walk)
          : text.ready();
    const primary =
      phase === 'walking' ? text.stop() : phase === 'resting' ? text.walkAgain() : text.start();
    return html`
      <div part="timer" class="timer">
        ${renderSubheading(level, text.timerHeading())}
        <p class="needs-script">${text.timerHowTo()}</p>
        <p>${text.privacy()}</p>
        <p class="face">
          <span class="phase">${status}</span>
          <time class="clock" datetime=${isoDuration(Math.floor(elapsed / 1000))}
            >${clockFace(elapsed)}</time
          >
        </p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            data-phase=${phase}
            ?disabled=${untilScript}
            @click=${this.onPrimary}
          >
            ${primary}
          </button>
          ${
            phase === 'ready'
              ? nothing
              : html`<button type="button" class="secondary end" @click=${this.onEnd}>
                  ${text.end()}
                </button>`
          }
        </div>
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  /** "Start walking", "Stop: the pain is getting strong" or "Walk again". */
  private onPrimary(): void {
    const now = Date.now();
    const before = this.session;
    if (before.phase === 'walking') {
      this.session = startRest(before, now);
      const walked = this.session.walks.at(-1)!.walkSeconds;
      this.announce(text.restStarted(durationInWords(walked)), now);
    } else {
      this.session = startWalk(before, now);
      this.announce(text.walkStarted(wholeNumber(this.session.walks.length + 1)), now);
    }
    this.refresh();
  }

  /** "End session": the table of walks, the event, and focus back on the one button left. */
  private onEnd(): void {
    const now = Date.now();
    const walks = endSession(this.session, now);
    this.session = readySession;
    this.lastSession = walks;
    this.stopTicking();
    this.now = now;
    this.announce(text.sessionEnded(), now);
    this.emit('circ-session-end', { walks: walks.map((walk) => ({ ...walk })) });
    // The "End session" button goes away: keep keyboard focus in the element.
    void this.updateComplete.then(() => this.primaryButton?.focus());
  }

  private onPrint(): void {
    window.print();
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible' && this.session.phase !== 'ready') this.refresh();
  };

  /** Reads the clock, says the time if a minute has passed, and waits for the next second. */
  private refresh = (): void => {
    this.stopTicking();
    if (this.session.phase === 'ready') return;
    const now = Date.now();
    this.now = now;
    this.announceMinutes(now);
    const elapsed = elapsedMs(this.session, now);
    // Wake on the next whole second of the phase, so the clock's seconds change evenly.
    this.tick = setTimeout(this.refresh, 1000 - (elapsed % 1000));
  };

  private stopTicking(): void {
    if (this.tick !== undefined) clearTimeout(this.tick);
    this.tick = undefined;
  }

  /** A change of phase: said at once, and the minutes count from it. */
  private announce(message: string, now: number): void {
    this.announcement = message;
    this.announcedAt = now;
    this.announcedMinutes = 0;
  }

  /** The time in words, when a new whole minute has come and a minute has passed since the last. */
  private announceMinutes(now: number): void {
    const minutes = Math.floor(elapsedMs(this.session, now) / minuteMs);
    if (minutes <= this.announcedMinutes || now - this.announcedAt < minuteMs) return;
    const words = minutesInWords(minutes);
    this.announcement =
      this.session.phase === 'walking' ? text.walkingFor(words) : text.restingFor(words);
    this.announcedAt = now;
    this.announcedMinutes = minutes;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'circ-walking-plan': CircWalkingPlan;
  }
  interface HTMLElementEventMap {
    'circ-session-end': CustomEvent<SessionEndDetail>;
  }
}
