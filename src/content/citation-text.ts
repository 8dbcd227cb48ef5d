import { getLocale, msg, str } from '../base/localization.js';

// The accessible names of citation markers (issue 17): short, with the numbers a sighted
// reader sees and never the sources' titles, which stay one step away in the source list.
// The numbers are listed as the marker shows them ("1, 2, 7", not "1, 2 and 7"), so the
// name contains the visible label (WCAG 2.5.3: a speech-input user says what they see).
// Functions, so that `msg()` runs at render time, in the active locale.

/** The numbers as the marker shows them. */
function numberList(numbers: readonly number[]): string {
  return numbers.join(', ');
}

/** The accessible names of the citation markers every element shows. */
export const citationText = {
  /**
   * "Source 7", or "Sources 1, 2, 7" for one statement's sources. Languages whose plural
   * has a separate "many" form (Polish "Źródeł") get it through `Intl.PluralRules`.
   */
  name(numbers: readonly number[]): string {
    if (numbers.length === 1) return msg(str`Source ${numbers[0]}`, { id: 'citation.source' });
    const list = numberList(numbers);
    return new Intl.PluralRules(getLocale()).select(numbers.length) === 'many'
      ? msg(str`Sources ${list}`, { id: 'citation.sources-many' })
      : msg(str`Sources ${list}`, { id: 'citation.sources' });
  },
  /** The name of a marker that opens its source in a new tab: "Source 7 (opens in a new tab)". */
  inNewTab: (name: string) => msg(str`${name} (opens in a new tab)`, { id: 'citation.new-tab' }),
};
