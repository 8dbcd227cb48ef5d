import { sourceLinks, type SourceId } from './source-links.js';
import type { Source } from './source.types.js';

export type { SourceId } from './source-links.js';

/**
 * What `<circ-sources>` shows of each built-in source besides its id and address (those
 * are in `source-links.ts`, which every element with citation markers loads; these
 * details only the source list needs). Every id must have its entry: the type makes a
 * missing one a compile error.
 *
 * Details come from shared/content/clinical-facts.md and were checked against the
 * source itself; anything unconfirmed (the Erasmus author) is left out, never guessed.
 * The SDU portal record is the Danish review by Harlev et al. (Ugeskr Læger 2021), so it
 * is one entry, with the authors as the journal lists them and the SDU link the article
 * cites.
 *
 * Every built-in reference is written in English (`lang: 'en'` below), so a list in
 * Welsh, Polish or Urdu marks it; the Danish review's language is not confirmed, so it is
 * left unmarked rather than guessed.
 */
const details: { readonly [Id in SourceId]: Omit<Source, 'id' | 'url'> } = {
  'eur-treatment-strategies': {
    title: 'Treatment Strategies for Patients with Intermittent Claudication',
    publisher: 'Erasmus University Rotterdam',
  },
  'sdu-claudicatio-intermittens': {
    title: 'Claudicatio intermittens',
    authors: ['Harlev C', 'Houlind KC', 'Dyrby J', 'Rai A'],
    publisher: 'Ugeskr Læger',
    year: 2021,
    note: '183',
  },
  'nice-cg147': {
    title: 'Peripheral arterial disease: diagnosis and management (CG147)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2012,
  },
  'nhs-pad': {
    title: 'Peripheral arterial disease (PAD): symptoms',
    publisher: 'NHS website',
  },
  'nidirect-pad': {
    title: 'Peripheral arterial disease (PAD)',
    publisher: 'nidirect',
  },
  'tasc-ii': {
    title: 'Inter-Society Consensus for the Management of Peripheral Arterial Disease (TASC II)',
  },
  'global-vascular-guidelines': {
    title: 'Global Vascular Guidelines on the management of chronic limb-threatening ischemia',
    authors: ['Conte et al.'],
    publisher: 'J Vasc Surg',
    year: 2019,
    note: '69(6S):3S–125S',
  },
  'esvs-2024-claudication': {
    title:
      'European Society for Vascular Surgery (ESVS) 2024 Clinical Practice Guidelines on the Management of Asymptomatic Lower Limb Peripheral Arterial Disease and Intermittent Claudication',
    publisher: 'Eur J Vasc Endovasc Surg',
    year: 2024,
    note: '67(1):9–96',
  },
  'cochrane-supervised-exercise': {
    title:
      'Supervised exercise therapy versus home-based exercise therapy versus walking advice for intermittent claudication',
    authors: ['Hageman D et al.'],
    publisher: 'Cochrane Database of Systematic Reviews',
    year: 2018,
    note: 'CD005263.pub4',
  },
  'nice-ng19': {
    title: 'Diabetic foot problems: prevention and management (NG19)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2015,
  },
  'hsc-gp-out-of-hours': {
    title: 'Service standards for GP Out-of-Hours',
    publisher: 'HSC GP Out-of-Hours (Northern Ireland)',
  },
  'edinburgh-claudication-questionnaire': {
    title:
      'The Edinburgh Claudication Questionnaire: an improved version of the WHO/Rose Questionnaire for use in epidemiological surveys',
    authors: ['Leng GC', 'Fowkes FGR'],
    publisher: 'J Clin Epidemiol',
    year: 1992,
    note: '45(10):1101–1109',
  },
  'boylan-2021-ecq': {
    title:
      'Reliability of the Edinburgh Claudication Questionnaire for identifying symptomatic PAD in General Practice',
    authors: [
      'Boylan L',
      'Nesbitt C',
      'Wilson L',
      'Allen J',
      'Sims A',
      'Guri I',
      'Mawson P',
      'Oates CP',
      'Stansby G',
    ],
    publisher: 'Angiology',
    year: 2021,
    note: '72(5):474–479',
  },
};

/**
 * The built-in sources, in list order: each id and address from `source-links.ts` with
 * its details. `<circ-sources>` renders its list from here.
 */
export const builtInSources: readonly Source[] = sourceLinks.map((link) => ({
  ...link,
  ...(link.id === 'sdu-claudicatio-intermittens' ? {} : { lang: 'en' }),
  ...details[link.id],
}));
