// Times and dates as the walking plan writes them, in the locale the elements speak.
import { expect } from '@open-wc/testing';
import { setLocale } from '../../base/localization.js';
import {
  clockFace,
  durationInWords,
  fullDate,
  isoDuration,
  minutesInWords,
  planDate,
  wholeNumber,
} from './format-time.js';

const december7 = new Date('2026-12-07T00:00:00Z');

/** How `Intl` writes `date` in `locale`, or in British English where it has no data for it. */
const intlDate = (locale: string, date: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? 'en-GB', {
    ...options,
    timeZone: 'UTC',
  }).format(date);

describe('walking plan time and date formats', () => {
  afterEach(() => setLocale('en-GB'));

  it('shows the clock as minutes and seconds, hours as minutes', () => {
    expect(clockFace(0)).to.equal('0:00');
    expect(clockFace(999)).to.equal('0:00'); // whole seconds only, never rounded up
    expect(clockFace(59_999)).to.equal('0:59');
    expect(clockFace(65_000)).to.equal('1:05');
    expect(clockFace(25 * 60_000)).to.equal('25:00');
    expect(clockFace(75 * 60_000 + 9_000)).to.equal('75:09');
  });

  it('writes ISO 8601 durations for <time datetime>', () => {
    expect(isoDuration(0)).to.equal('PT0M0S');
    expect(isoDuration(185)).to.equal('PT3M5S');
    expect(isoDuration(1500)).to.equal('PT25M0S');
  });

  it('says a length of time in words', () => {
    expect(durationInWords(0)).to.equal('0 seconds');
    expect(durationInWords(1)).to.equal('1 second');
    expect(durationInWords(45)).to.equal('45 seconds');
    expect(durationInWords(60)).to.equal('1 minute');
    expect(durationInWords(185)).to.equal('3 minutes, 5 seconds');
    expect(minutesInWords(1)).to.equal('1 minute');
    expect(minutesInWords(10)).to.equal('10 minutes');
  });

  it('writes plan dates in British English by default', () => {
    const short = { weekday: 'short', day: 'numeric', month: 'short' } as const;
    expect(planDate(december7)).to.equal(intlDate('en-GB', december7, short));
    // "Mon 7 Dec" in Chromium and Firefox; WebKit's ICU data puts a comma after the weekday.
    expect(planDate(december7)).to.match(/^Mon,? 7 Dec$/);
    expect(planDate(new Date('2027-01-01T00:00:00Z'))).to.match(/^Fri,? 1 Jan$/);
    expect(fullDate(december7)).to.equal(intlDate('en-GB', december7, { dateStyle: 'full' }));
    expect(fullDate(december7)).to.match(/^Monday,? 7 December 2026$/);
    expect(wholeNumber(1234)).to.equal('1,234');
  });

  it('follows the active locale, and back again', async () => {
    const british = planDate(december7);
    await setLocale('pl');
    const short = { weekday: 'short', day: 'numeric', month: 'short' } as const;
    expect(planDate(december7)).to.equal(intlDate('pl', december7, short));
    expect(planDate(december7)).to.not.equal(british);
    expect(durationInWords(60)).to.not.contain('minute');
    expect(wholeNumber(12345)).to.equal(new Intl.NumberFormat('pl').format(12345));
    await setLocale('en-GB');
    expect(planDate(december7)).to.equal(british);
    expect(durationInWords(60)).to.equal('1 minute');
  });

  for (const locale of ['cy', 'ur']) {
    it(`writes ${locale} dates with ${locale} data, or British English where the engine has none`, async () => {
      await setLocale(locale);
      const short = { weekday: 'short', day: 'numeric', month: 'short' } as const;
      expect(planDate(december7)).to.equal(intlDate(locale, december7, short));
      expect(fullDate(december7)).to.equal(intlDate(locale, december7, { dateStyle: 'full' }));
      // Never the engine's American default ("Mon, Dec 7").
      expect(planDate(december7)).to.not.equal('Mon, Dec 7');
    });
  }
});
