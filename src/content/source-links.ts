import type { Source } from './source.types.js';

/**
 * The built-in sources' ids, in the order of the built-in list, each with its web address
 * where it has one: the one place source ids are declared, and all that a citation marker
 * needs (its number is the source's place here, its link the address). Content statements
 * cite these ids (the `SourceId` type makes a typo a compile error).
 *
 * The titles, authors and the rest are in `sources.ts`, which only `<circ-sources>` (and
 * the full package) loads: a page with an explainer and no source list does not download
 * them (about 1 KB gzip, issue 12). Order: the original article's two sources first, then
 * the guidelines and studies the content cites. A source without an address here (`nhs-pad`
 * and `tasc-ii`, whose addresses could not be checked, among them) is cited unlinked.
 */
export const sourceLinks = [
  { id: 'eur-treatment-strategies', url: 'https://repub.eur.nl/pub/113904' },
  {
    id: 'sdu-claudicatio-intermittens',
    url: 'https://portal.findresearcher.sdu.dk/en/publications/claudicatio-intermittens-2',
  },
  { id: 'nice-cg147', url: 'https://www.nice.org.uk/guidance/cg147' },
  { id: 'nhs-pad' },
  {
    id: 'nidirect-pad',
    url: 'https://www.nidirect.gov.uk/conditions/peripheral-arterial-disease-pad',
  },
  { id: 'tasc-ii' },
  { id: 'global-vascular-guidelines' },
  { id: 'esvs-2024-claudication' },
  { id: 'cochrane-supervised-exercise', url: 'https://doi.org/10.1002/14651858.CD005263.pub4' },
  { id: 'nice-ng19', url: 'https://www.nice.org.uk/guidance/ng19' },
  {
    id: 'hsc-gp-out-of-hours',
    url: 'https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/',
  },
  { id: 'edinburgh-claudication-questionnaire' },
  {
    id: 'boylan-2021-ecq',
    url: 'https://pureportal.coventry.ac.uk/en/publications/reliability-of-the-edinburgh-claudication-questionnaire-for-ident',
  },
] as const satisfies readonly Pick<Source, 'id' | 'url'>[];

/** The id of a built-in source. */
export type SourceId = (typeof sourceLinks)[number]['id'];
