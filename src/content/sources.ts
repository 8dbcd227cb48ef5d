import type { Source } from './source.types.js';

/**
 * The built-in sources: the one place source ids are declared. Content statements cite
 * these ids (the `SourceId` type makes a typo a compile error) and `<circ-sources>`
 * renders its list from here. Order: the original article's two sources first, then the
 * guidelines and studies the content cites.
 *
 * Details come from shared/content/clinical-facts.md; anything it marks as unconfirmed
 * (the Erasmus author, the SDU authors) is left out. The Danish review by Harlev et al.
 * was checked on the journal's site and is listed in its own right, since it is not
 * confirmed that the SDU portal record is the same article.
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
    title: 'Intermittent Claudication (Claudicatio intermittens)',
    publisher: 'Syddansk Universitet (University of Southern Denmark)',
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
    authors: ['ESVS guidelines committee'],
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
    id: 'harlev-2021-review',
    title: 'Claudicatio intermittens',
    authors: ['Harlev C', 'Houlind KC', 'Dyrby J', 'Rai A'],
    publisher: 'Ugeskr Læger',
    year: 2021,
    note: '183',
    url: 'https://ugeskriftet.dk/videnskab/claudicatio-intermittens-0',
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
] as const satisfies readonly Source[];

/** The id of a built-in source. */
export type SourceId = (typeof builtInSources)[number]['id'];
