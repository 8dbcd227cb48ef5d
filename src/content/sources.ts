import type { Source } from './source.types.js';

/**
 * The built-in sources: the one place source ids are declared. Content statements cite
 * these ids (the `SourceId` type makes a typo a compile error) and `<circ-sources>`
 * renders its list from here. Order: the original article's two sources first, then the
 * guidelines and studies the content cites.
 *
 * Details come from shared/content/clinical-facts.md and were checked against the
 * source itself; anything unconfirmed (the Erasmus author) is left out, never guessed.
 * The SDU portal record is the Danish review by Harlev et al. (Ugeskr Læger 2021), so it
 * is one entry, with the authors as the journal lists them and the SDU link the article
 * cites. A source whose web address could not be checked (`nhs-pad`, `tasc-ii`) has none.
 */
export const builtInSources = [
  {
    id: 'eur-treatment-strategies',
    title: 'Treatment Strategies for Patients with Intermittent Claudication',
    publisher: 'Erasmus University Rotterdam',
    url: 'https://repub.eur.nl/pub/113904',
  },
  {
    id: 'sdu-claudicatio-intermittens',
    title: 'Claudicatio intermittens',
    authors: ['Harlev C', 'Houlind KC', 'Dyrby J', 'Rai A'],
    publisher: 'Ugeskr Læger',
    year: 2021,
    note: '183',
    url: 'https://portal.findresearcher.sdu.dk/en/publications/claudicatio-intermittens-2',
  },
  {
    id: 'nice-cg147',
    title: 'Peripheral arterial disease: diagnosis and management (CG147)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2012,
    url: 'https://www.nice.org.uk/guidance/cg147',
  },
  {
    id: 'nhs-pad',
    title: 'Peripheral arterial disease (PAD): symptoms',
    publisher: 'NHS website',
  },
  {
    id: 'nidirect-pad',
    title: 'Peripheral arterial disease (PAD)',
    publisher: 'nidirect',
    url: 'https://www.nidirect.gov.uk/conditions/peripheral-arterial-disease-pad',
  },
  {
    id: 'tasc-ii',
    title: 'Inter-Society Consensus for the Management of Peripheral Arterial Disease (TASC II)',
  },
  {
    id: 'global-vascular-guidelines',
    title: 'Global Vascular Guidelines on the management of chronic limb-threatening ischemia',
    authors: ['Conte et al.'],
    publisher: 'J Vasc Surg',
    year: 2019,
    note: '69(6S):3S–125S',
  },
  {
    id: 'esvs-2024-claudication',
    title:
      'European Society for Vascular Surgery (ESVS) 2024 Clinical Practice Guidelines on the Management of Asymptomatic Lower Limb Peripheral Arterial Disease and Intermittent Claudication',
    publisher: 'Eur J Vasc Endovasc Surg',
    year: 2024,
    note: '67(1):9–96',
  },
  {
    id: 'cochrane-supervised-exercise',
    title:
      'Supervised exercise therapy versus home-based exercise therapy versus walking advice for intermittent claudication',
    authors: ['Hageman D et al.'],
    publisher: 'Cochrane Database of Systematic Reviews',
    year: 2018,
    note: 'CD005263.pub4',
    url: 'https://doi.org/10.1002/14651858.CD005263.pub4',
  },
  {
    id: 'nice-ng19',
    title: 'Diabetic foot problems: prevention and management (NG19)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2015,
    url: 'https://www.nice.org.uk/guidance/ng19',
  },
  {
    id: 'hsc-gp-out-of-hours',
    title: 'Service standards for GP Out-of-Hours',
    publisher: 'HSC GP Out-of-Hours (Northern Ireland)',
    url: 'https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/',
  },
  {
    id: 'edinburgh-claudication-questionnaire',
    title:
      'The Edinburgh Claudication Questionnaire: an improved version of the WHO/Rose Questionnaire for use in epidemiological surveys',
    authors: ['Leng GC', 'Fowkes FGR'],
    publisher: 'J Clin Epidemiol',
    year: 1992,
    note: '45(10):1101–1109',
  },
  {
    id: 'boylan-2021-ecq',
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
    url: 'https://pureportal.coventry.ac.uk/en/publications/reliability-of-the-edinburgh-claudication-questionnaire-for-ident',
  },
] as const satisfies readonly Source[];

/** The id of a built-in source. */
export type SourceId = (typeof builtInSources)[number]['id'];
