// npm run content:report — prints the content figures per unit as a Markdown table
// (readability, statements, sources cited). Paste it into README.md when content changes.
// `--json` prints the same figures as JSON. Storybook's "Content and sources" page shows
// them too, computed by scripts/content/figures.mjs when Storybook builds.
import { contentFigures } from './figures.mjs';

const { minimumReadingEase, units } = await contentFigures();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ minimumReadingEase, units }, null, 2));
} else {
  console.log(
    `| content | Flesch reading ease (≥ ${minimumReadingEase}) | sentences | words | words per sentence | statements | sources cited |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const unit of units) {
    const ease = unit.readingEase.toFixed(1);
    const row = [
      unit.name,
      unit.audience === 'clinician' ? `${ease} (clinician text, not gated)` : ease,
      unit.sentences,
      unit.words,
      unit.wordsPerSentence.toFixed(1),
      unit.statements,
      unit.sourcesCited,
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
}
