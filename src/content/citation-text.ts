import { msg, str } from '../base/localization.js';

// The accessible names of citation markers: the number a sighted reader sees, and the
// source's title. Functions, so that `msg()` runs at render time, in the active locale.

function citationLabel(number: number, title: string): string {
  return msg(str`Source ${number}: ${title}`, { id: 'citation.label' });
}

/** The accessible names of the citation markers every element shows. */
export const citationText = {
  /** "Source 2: {title}": a marker that moves focus to its entry in `<circ-sources>`. */
  label: citationLabel,
  /** The same, for a marker that opens the source itself in a new tab. */
  labelExternal: (number: number, source: { readonly title: string }) =>
    msg(str`${citationLabel(number, source.title)} (opens in a new tab)`, {
      id: 'citation.label-external',
    }),
};
