// Readability and wording checks for the built-in patient text. Shared by the
// governance test (src/content/content-governance.node.test.mjs) and the report script.
import { flesch } from 'flesch';
import { syllable } from 'syllable';

/**
 * Lowest Flesch reading ease allowed per unit: 70 and above reads as fairly easy, for a
 * reading age of about 9 to 11 (issue 10; NHS content aims as plain).
 */
export const minimumReadingEase = 70;

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Sentences, words, syllables and Flesch reading ease of `text` (flesch + syllable). */
export function readability(text) {
  const words = text.match(wordPattern) ?? [];
  // Sentence ends: . ! ? or a colon before a list. Abbreviations are not used in our text.
  const sentence = Math.max(1, (text.match(/[.!?:]+(?=\s|$)/g) ?? []).length);
  const counts = {
    sentence,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllable(word), 0),
  };
  return { ...counts, readingEase: flesch(counts) };
}

const conditions = [
  'intermittent claudication',
  'claudication',
  'critical limb ischaemia',
  'limb-threatening ischaemia',
  'ischaemia',
  'ischemia',
  'peripheral arterial disease',
  'peripheral artery disease',
  'PAD',
  'CLTI',
  'atherosclerosis',
  'gangrene',
];

// Words that end the phrase: "you have questions about ischaemia" is not a diagnosis.
const linkingWords = ['about', 'of', 'for', 'with', 'in', 'on', 'to', 'and', 'or', 'from', 'like'];

// "you have/you've (got) [a/an/the] [up to two describing words] <condition>": a diagnosis,
// which the elements must never make. "if you have pain in your foot" (a symptom) is fine.
const diagnosisPattern = new RegExp(
  String.raw`\byou(?:\s+have|['’]ve)(?:\s+got)?\s+(?:(?:an?|the|some)\s+)?(?:(?!(?:${linkingWords.join('|')})\b)[\p{L}-]+\s+){0,2}?(?:${conditions.join('|')})\b`,
  'iu',
);

/** The phrase that reads as a diagnosis ("you have claudication"), or undefined. */
export function diagnosisPhrase(text) {
  return diagnosisPattern.exec(text)?.[0];
}

/**
 * The whole text of a content unit, as the reader meets it. Headings and labels have no
 * full stop but are read as sentences of their own, so they are counted as such.
 */
export function unitText(unit) {
  const labels = unit.labels.map((label) => label().replace(/([^.!?:])$/, '$1.'));
  // A list item is read as a sentence of its own, as a reader meets it on screen.
  const statements = unit.statements.map((statement) =>
    [statement.text(), ...(statement.items ?? []).map((item) => `${item()}.`)].join('\n'),
  );
  return [...labels, ...statements].join('\n');
}
