// Markdown tables for the docs pages, generated from the project's own files when
// Storybook builds, so a page cannot drift from the code: the tokens and parts from
// custom-elements.json (the @cssprop and @csspart lines of the JSDoc), the content
// figures from src/content/ (by the content gates' own functions), the review dates from
// src/content/review-dates.ts, the hazards from the hazard log.
import figures from 'virtual:circ-content-figures';
import customElementsManifest from '../../custom-elements.json';
import hazardLog from '../../docs/clinical-safety/hazard-log.md?raw';
import type { ContentFigures } from '../../scripts/content/figures.mjs';
import { contentReview } from '../../src/content/review-dates.js';

const contentFigures = figures as ContentFigures;

interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
}
interface ManifestDeclaration {
  name: string;
  tagName?: string;
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}
const declarations = (
  customElementsManifest as unknown as { modules: { declarations?: ManifestDeclaration[] }[] }
).modules.flatMap((module) => module.declarations ?? []);

/** Text safe inside a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, '')}\``;
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');

/** Every `--circ-*` token of the base class, with its default and what it sets. */
export function tokensTable(): string {
  const base = declarations.find((declaration) => declaration.name === 'CircElement');
  const tokens = base?.cssProperties ?? [];
  return table(
    ['Token', 'Default', 'What it sets'],
    tokens.map((token) => [
      code(token.name),
      token.default && token.default !== 'undefined' ? code(token.default) : 'unset',
      token.description ?? '',
    ]),
  );
}

/** Every element's documented parts, for `::part()`. */
export function partsTable(): string {
  const elements = declarations.filter((declaration) => declaration.tagName);
  return table(
    ['Element', 'Part', 'What it is'],
    elements.flatMap((element) =>
      (element.cssParts ?? []).map((part) => [
        code(`<${element.tagName}>`),
        code(part.name),
        part.description ?? '',
      ]),
    ),
  );
}

/** The readability figures of every unit of built-in text (`npm run content:report`). */
export function contentFiguresTable(): string {
  return table(
    [
      'Text',
      `Flesch reading ease (gate: ${contentFigures.minimumReadingEase} or more)`,
      'Sentences',
      'Words',
      'Words per sentence',
      'Statements',
      'Sources cited',
    ],
    contentFigures.units.map((unit) => [
      unit.name,
      unit.audience === 'clinician'
        ? `${unit.readingEase.toFixed(1)} (clinician text, not gated)`
        : unit.readingEase.toFixed(1),
      String(unit.sentences),
      String(unit.words),
      unit.wordsPerSentence.toFixed(1),
      String(unit.statements),
      String(unit.sourcesCited),
    ]),
  );
}

/** The lowest reading ease of patient text, and how many units there are. */
export function contentFiguresSummary(): { lowest: number; units: number; gate: number } {
  const patient = contentFigures.units.filter((unit) => unit.audience === 'patient');
  return {
    lowest: Math.min(...patient.map((unit) => unit.readingEase)),
    units: contentFigures.units.length,
    gate: contentFigures.minimumReadingEase,
  };
}

/** One row per hazard of the hazard log: its number and name, the hazard, the residual risk. */
export function hazardsTable(): string {
  const sections = hazardLog.split(/^### /m).slice(1);
  return table(
    ['Hazard', 'What could go wrong', 'Tests', 'Residual risk (after the controls)'],
    sections.map((section) => {
      const title = section.split('\n', 1)[0]!.trim();
      const field = (name: string) =>
        section.match(new RegExp(`\\*\\*${name}:\\*\\*([\\s\\S]*?)(?=\\n- \\*\\*|$)`))?.[1] ?? '';
      const tests = field('Tests').match(/^\s*- /gm)?.length ?? 0;
      return [title, field('Hazard').trim(), String(tests), field('Residual risk').trim()];
    }),
  );
}

/** The content's review dates (src/content/review-dates.ts), written out in British English. */
export function reviewDates(): { reviewed: string; nextReview: string } {
  const format = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return { reviewed: format(contentReview.reviewed), nextReview: format(contentReview.nextReview) };
}
