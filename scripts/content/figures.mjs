// The content figures per unit of built-in text (readability, statements, sources cited),
// computed from src/content/ by the same functions as the content gates. Printed by
// `npm run content:report` and shown on Storybook's "Content and sources" page (which
// computes them when Storybook builds, so the page never goes stale).
import { loadCatalogue } from './load-catalogue.mjs';
import { minimumReadingEase, readability, unitText } from './metrics.mjs';

/** `{ minimumReadingEase, units }`, one entry per content unit of src/content/catalogue.ts. */
export async function contentFigures() {
  const { contentCatalogue } = await loadCatalogue();
  const units = contentCatalogue().map((unit) => {
    const figures = readability(unitText(unit));
    return {
      name: unit.name,
      // Clinician text uses the questionnaire's own terms and is not held to reading ease.
      audience: unit.audience ?? 'patient',
      readingEase: Number(figures.readingEase.toFixed(1)),
      sentences: figures.sentence,
      words: figures.word,
      wordsPerSentence: Number((figures.word / figures.sentence).toFixed(1)),
      statements: unit.statements.length,
      sourcesCited: new Set(unit.statements.flatMap((statement) => statement.sources)).size,
    };
  });
  return { minimumReadingEase, units };
}
