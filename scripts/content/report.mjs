// npm run content:report — prints the content figures per unit as a Markdown table
// (readability, statements, sources cited). Paste it into README.md when content changes.
import { loadCatalogue } from './load-catalogue.mjs';
import { minimumReadingEase, readability, unitText } from './metrics.mjs';

const { contentCatalogue } = await loadCatalogue();
const rows = contentCatalogue().map((unit) => {
  const figures = readability(unitText(unit));
  const sources = new Set(unit.statements.flatMap((statement) => statement.sources));
  // Clinician text uses the questionnaire's own terms and is not held to reading ease.
  const ease = figures.readingEase.toFixed(1);
  return [
    unit.name,
    unit.audience === 'clinician' ? `${ease} (clinician text, not gated)` : ease,
    figures.sentence,
    figures.word,
    (figures.word / figures.sentence).toFixed(1),
    unit.statements.length,
    sources.size,
  ];
});

console.log(
  `| content | Flesch reading ease (≥ ${minimumReadingEase}) | sentences | words | words per sentence | statements | sources cited |`,
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
