// What clinicians see besides the patient text: the ECQ classification and grade.
import { msg } from '../../base/localization.js';
import type { ChecklistPattern } from '../../checklist/checklist.types.js';

// Text is a function so msg() runs at render time.
type Text = () => string;

/** What clinicians see besides the patient text (audience="clinician"). */
export const clinicianText = {
  classification: () => msg('ECQ classification', { id: 'checklist.clinician.classification' }),
  grade: () => msg('ECQ grade', { id: 'checklist.clinician.grade' }),
  patterns: {
    typical: () => msg('Definite claudication', { id: 'checklist.clinician.typical' }),
    atypical: () => msg('Atypical claudication', { id: 'checklist.clinician.atypical' }),
    unlikely: () => msg('Criteria not met', { id: 'checklist.clinician.unlikely' }),
    none: () =>
      msg('Criteria not met (no leg pain on walking)', { id: 'checklist.clinician.none' }),
    'unable-to-walk': () =>
      msg('Not assessable: unable to walk', { id: 'checklist.clinician.unable-to-walk' }),
    incomplete: () =>
      msg('Incomplete. Not yet answered:', { id: 'checklist.clinician.incomplete' }),
  } satisfies Record<ChecklistPattern, Text>,
  /** Short names of what is missing, for an incomplete classification. */
  missing: {
    walkingPain: () => msg('leg pain on walking', { id: 'checklist.clinician.missing.walking' }),
    startsAtRest: () => msg('starts at rest', { id: 'checklist.clinician.missing.rest' }),
    uphillOrHurrying: () => msg('uphill or hurrying', { id: 'checklist.clinician.missing.uphill' }),
    easesWithin10Min: () =>
      msg('relief within 10 minutes', { id: 'checklist.clinician.missing.eases' }),
    sites: () => msg('site of pain', { id: 'checklist.clinician.missing.sites' }),
  },
  grade1: () =>
    msg('Grade 1: pain only when walking uphill or hurrying', {
      id: 'checklist.clinician.grade-1',
    }),
  grade2: () =>
    msg('Grade 2: pain also at an ordinary pace on the level', {
      id: 'checklist.clinician.grade-2',
    }),
  ungraded: () =>
    msg('Not graded: ordinary pace not answered', { id: 'checklist.clinician.ungraded' }),
  notApplicable: () => msg('Not applicable', { id: 'checklist.clinician.not-applicable' }),
};
