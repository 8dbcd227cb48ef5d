// The timer in another language: with setLocale('cy') on a British English page, and on
// an Urdu page (right to left), every button, status, announcement and the session table
// are in that language, the times and dates use that locale's Intl formats, and a change
// of language mid-walk loses no time. (The ready state's text in every locale is checked
// by base/localization.elements.test.ts, and the plan's dates by the printable-plan tests.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../walking-plan.js';
import { setLocale } from '../../base/localization.js';
import { useFakeClock } from '../../test-utils/fake-clock.js';
import { resetPageLanguage, setPageLanguage } from '../../test-utils/page-language.js';
import {
  planTable,
  press,
  rowsOf,
  sessionTable,
  spoken,
  text,
  timerButtons,
  timerFace,
} from '../../test-utils/walking-plan-test-helpers.js';
import { useWarnings } from '../../test-utils/warnings.js';
import type { CircWalkingPlan, SessionEndDetail } from './walking-plan.element.js';

const minute = 60_000;

/**
 * The locale Intl formats in: `locale` where this engine has its data, else British
 * English. Debian's Chromium has no Welsh data at all, so there (only) the times in words
 * inside Welsh sentences are British English ("3 minutes"); Firefox and WebKit have it.
 */
const intlLocale = (locale: string) =>
  Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? 'en-GB';

/** A length of time in words as Intl writes it in `locale`: "3 munud, 5 eiliad". */
function inWords(locale: string, minutes: number, seconds: number): string {
  const l = intlLocale(locale);
  const unit = (name: string, value: number) =>
    new Intl.NumberFormat(l, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [
    ...(minutes ? [unit('minute', minutes)] : []),
    ...(seconds || !minutes ? [unit('second', seconds)] : []),
  ];
  return new Intl.ListFormat(l, { type: 'unit', style: 'long' }).format(parts);
}

/** The timer's words in the locale the elements speak now. */
const timerWords = () => ({
  buttons: [text.start(), text.stop(), text.walkAgain(), text.end(), text.print()],
  status: [text.ready(), text.walking('1'), text.resting('1')],
  table: [text.sessionCaption(), text.walkColumn(), text.walkTimeColumn(), text.restTimeColumn()],
  said: [text.walkStarted('1'), text.sessionEnded()],
});

describe('<circ-walking-plan> in other languages', () => {
  const clock = useFakeClock();
  const warnings = useWarnings();
  let english: ReturnType<typeof timerWords>;

  beforeEach(() => {
    english = timerWords();
  });

  afterEach(async () => {
    await setLocale('en-GB');
    await resetPageLanguage();
    expect(warnings.messages).to.deep.equal([]);
  });

  async function pass(el: CircWalkingPlan, ms: number): Promise<void> {
    clock.advance(ms);
    clock.wake();
    await el.updateComplete;
  }

  it("runs a whole session in Welsh after setLocale('cy'), marked lang=cy on an English page", async () => {
    const el = await fixture<CircWalkingPlan>(
      html`<circ-walking-plan start="2026-12-07" weeks="1"></circ-walking-plan>`,
    );
    await setLocale('cy');
    await el.updateComplete;
    const welsh = timerWords();
    // Every word of the timer is translated: none is the English one.
    for (const [group, words] of Object.entries(welsh)) {
      words.forEach((word, index) =>
        expect(word, group).to.not.equal(english[group as keyof typeof english][index]),
      );
    }
    expect(el.getAttribute('lang')).to.equal('cy');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(timerButtons(el)).to.deep.equal([text.start()]);
    expect(timerFace(el)).to.deep.equal({ status: text.ready(), clock: '0:00' });

    await press(el, text.start());
    expect(spoken(el)).to.equal(text.walkStarted('1'));
    expect(timerButtons(el)).to.deep.equal([text.stop(), text.end()]);
    await pass(el, minute);
    expect(spoken(el)).to.equal(text.walkingFor(inWords('cy', 1, 0)));
    await pass(el, 2 * minute + 5_000);
    await press(el, text.stop());
    expect(spoken(el)).to.equal(text.restStarted(inWords('cy', 3, 5)));
    expect(timerFace(el).status).to.equal(text.resting('1'));
    await pass(el, 90_000);
    await press(el, text.end());
    expect(spoken(el)).to.equal(text.sessionEnded());

    const table = sessionTable(el)!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(text.sessionCaption());
    expect(
      [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    ).to.deep.equal([text.walkColumn(), text.walkTimeColumn(), text.restTimeColumn()]);
    expect(rowsOf(table)).to.deep.equal([['1', inWords('cy', 3, 5), inWords('cy', 1, 30)]]);
    expect(table.querySelector('tfoot th')!.textContent!.trim()).to.equal(text.total());

    const date = new Intl.DateTimeFormat(intlLocale('cy'), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date('2026-12-07T00:00:00Z'));
    expect(rowsOf(planTable(el))[0]![2]).to.equal(date);

    // No English sentence of the timer is left anywhere in the element.
    const shown = el.shadowRoot!.textContent!;
    for (const word of [...english.buttons, ...english.table, ...english.said]) {
      expect(shown).to.not.contain(word);
    }

    await setLocale('en-GB');
    await el.updateComplete;
    // Its own lang="cy" goes with the Welsh: English again, as the page around it says.
    expect(el.closest('[lang]')?.getAttribute('lang')).to.match(/^en\b/);
    expect(sessionTable(el)!.querySelector('caption')!.textContent!.trim()).to.equal(
      english.table[0],
    );
    expect(rowsOf(sessionTable(el)!)).to.deep.equal([
      ['1', '3 minutes, 5 seconds', '1 minute, 30 seconds'],
    ]);
  });

  it('runs right to left in Urdu, with Urdu words and times', async () => {
    await setPageLanguage('ur', 'rtl');
    const el = await fixture<CircWalkingPlan>(
      html`<circ-walking-plan start="2026-12-07" weeks="1"></circ-walking-plan>`,
    );
    const urdu = timerWords();
    expect(urdu.buttons[0]).to.not.equal(english.buttons[0]);
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(getComputedStyle(base).direction).to.equal('rtl');

    await press(el, text.start());
    await pass(el, 3 * minute + 5_000);
    const digits = new Intl.NumberFormat(intlLocale('ur'));
    const twoDigits = new Intl.NumberFormat(intlLocale('ur'), { minimumIntegerDigits: 2 });
    expect(timerFace(el)).to.deep.equal({
      status: text.walking(digits.format(1)),
      clock: `${digits.format(3)}:${twoDigits.format(5)}`,
    });
    expect(spoken(el)).to.equal(text.walkingFor(inWords('ur', 3, 0)));
    await press(el, text.stop());
    expect(spoken(el)).to.equal(text.restStarted(inWords('ur', 3, 5)));
    await press(el, text.end());
    expect(rowsOf(sessionTable(el))).to.deep.equal([
      [digits.format(1), inWords('ur', 3, 5), inWords('ur', 0, 0)],
    ]);

    // The plan's first column (the week) is on the right, as an Urdu reader starts.
    const [week, , date] = planTable(el).querySelectorAll('tbody tr:first-child > *');
    expect(week!.getBoundingClientRect().left).to.be.greaterThan(
      date!.getBoundingClientRect().left,
    );
    await expect(el).to.be.accessible();
  });

  it('loses no time when the language changes mid-walk', async () => {
    const el = await fixture<CircWalkingPlan>(html`<circ-walking-plan></circ-walking-plan>`);
    let detail: SessionEndDetail | undefined;
    el.addEventListener('circ-session-end', (event) => (detail = event.detail));
    await press(el, text.start());
    await pass(el, 2 * minute);
    await setPageLanguage('pl');
    await el.updateComplete;
    expect(timerFace(el)).to.deep.equal({ status: text.walking('1'), clock: '2:00' });
    await pass(el, 30_000);
    expect(timerFace(el).clock).to.equal('2:30');
    await press(el, text.stop());
    await pass(el, 15_000);
    await press(el, text.end());
    expect(detail).to.deep.equal({ walks: [{ walkSeconds: 150, restSeconds: 15 }] });
  });
});
