// Content governance gates, run with Node's test runner (`npm run test:content`, part of
// `npm test`): every statement cites known sources, the text reads plainly, and nothing
// reads as a diagnosis. Figures: `npm run content:report`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../../scripts/content/load-catalogue.mjs';
import {
  diagnosisPhrase,
  minimumReadingEase,
  readability,
  unitText,
} from '../../scripts/content/metrics.mjs';

let units;
let sources;
let review;
before(async () => {
  const catalogue = await loadCatalogue();
  units = catalogue.contentCatalogue();
  sources = catalogue.builtInSources;
  review = catalogue.contentReview;
});

describe('review dates', () => {
  it('is reviewed at least once a year, and the next review is not overdue', () => {
    const reviewed = new Date(`${review.reviewed}T00:00:00Z`);
    const due = new Date(`${review.nextReview}T00:00:00Z`);
    const aYearOn = new Date(reviewed);
    aYearOn.setUTCFullYear(reviewed.getUTCFullYear() + 1);
    assert.ok(reviewed <= new Date(), `reviewed ${review.reviewed} is in the future`);
    assert.ok(
      due > reviewed && due <= aYearOn,
      `next review ${review.nextReview} is not within a year`,
    );
    assert.ok(
      new Date() < due,
      `the content review was due on ${review.nextReview}: review it against clinical-facts.md, then update src/content/review-dates.ts`,
    );
  });
});

describe('sources', () => {
  it('declares each source id once', () => {
    const ids = sources.map((source) => source.id);
    assert.deepEqual(ids, [...new Set(ids)]);
  });

  it('puts the original article’s two sources first', () => {
    assert.deepEqual(
      sources.slice(0, 2).map((source) => source.id),
      ['eur-treatment-strategies', 'sdu-claudicatio-intermittens'],
    );
  });

  it('invents no citation details: no committee as an author, one entry for the SDU record and the Danish review', () => {
    const byId = new Map(sources.map((source) => [source.id, source]));
    for (const source of sources) {
      for (const author of source.authors ?? []) {
        assert.doesNotMatch(author, /committee|group|society/i, `${source.id}: "${author}"`);
      }
    }
    assert.equal(byId.get('esvs-2024-claudication').authors, undefined);
    assert.equal(byId.has('harlev-2021-review'), false);
    const sdu = byId.get('sdu-claudicatio-intermittens');
    assert.equal(
      sdu.url,
      'https://portal.findresearcher.sdu.dk/en/publications/claudicatio-intermittens-2',
    );
    assert.deepEqual(sdu.authors, ['Harlev C', 'Houlind KC', 'Dyrby J', 'Rai A']);
    assert.equal(
      sources.filter((source) => /claudicatio intermittens/i.test(source.title)).length,
      1,
    );
  });

  it('links a source only where the address was checked', () => {
    // The NHS PAD page and TASC II could not be checked from here: no link, not a guess.
    const byId = new Map(sources.map((source) => [source.id, source]));
    assert.equal(byId.get('nhs-pad').url, undefined);
    assert.equal(byId.get('tasc-ii').url, undefined);
    for (const source of sources.filter((candidate) => candidate.url)) {
      assert.match(source.url, /^https:\/\//, source.id);
    }
  });

  it('names no author for the Erasmus thesis, whose author is unconfirmed', () => {
    const eur = sources.find((source) => source.id === 'eur-treatment-strategies');
    assert.equal(eur.authors, undefined);
    assert.equal(eur.year, undefined);
  });
});

describe('statements', () => {
  it('covers every unit of built-in content; all but the price offer and the source list state facts', () => {
    assert.ok(units.length >= 5);
    const statesNoFacts = (name) =>
      ['price-banner/', 'sources/', 'checklist/around-the-result', 'checklist/clinician'].some(
        (prefix) => name.startsWith(prefix),
      );
    for (const unit of units) {
      if (statesNoFacts(unit.name)) assert.ok(unit.labels.length > 0, unit.name);
      else assert.ok(unit.statements.length > 0, unit.name);
    }
  });

  it('every statement cites at least one source, and every cited id exists', () => {
    const known = new Set(sources.map((source) => source.id));
    for (const unit of units) {
      for (const statement of unit.statements) {
        const where = `${unit.name}: "${statement.text()}"`;
        assert.ok(statement.sources.length > 0, `${where} cites no source`);
        for (const id of statement.sources)
          assert.ok(known.has(id), `${where} cites unknown "${id}"`);
      }
    }
  });
});

describe('catalogue completeness', () => {
  // The gates only read what the catalogue lists: every message the code has (the
  // translation gate keeps xliff/ in step with the code) must be in some unit's text.
  it('lists every message of the code in some unit, so every gate reads all the words', () => {
    const catalogueText = units.map(unitText).join('\n');
    const xml = readFileSync(fileURLToPath(new URL('../../xliff/cy.xlf', import.meta.url)), 'utf8');
    const decode = (text) =>
      text
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const missing = [];
    for (const [, id, source] of xml.matchAll(
      /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g,
    )) {
      // Placeholders stand for sample values in the catalogue: check the words around them.
      const fragments = source
        .split(/<x [^>]*\/>/)
        .map((fragment) => decode(fragment).trim())
        .filter(Boolean);
      if (fragments.some((fragment) => !catalogueText.includes(fragment))) missing.push(id);
    }
    assert.deepEqual(missing, [], 'add these messages to src/content/catalogue.ts');
  });
});

describe('readability gate', () => {
  it(`scores Flesch reading ease >= ${minimumReadingEase} for every unit`, () => {
    for (const unit of units.filter((candidate) => candidate.audience !== 'clinician')) {
      const { readingEase } = readability(unitText(unit));
      assert.ok(
        readingEase >= minimumReadingEase,
        `${unit.name} scores ${readingEase.toFixed(1)}; use shorter sentences and everyday words`,
      );
    }
  });

  it('tells plain text from hard text', () => {
    assert.ok(
      readability('The pain goes when you rest. Then you can walk again.').readingEase > 80,
    );
    assert.ok(
      readability(
        'Atherosclerotic occlusive arteriopathy necessitates multidisciplinary revascularisation evaluation.',
      ).readingEase < 0,
    );
  });
});

/** Every statement of every unit, with its unit's name and its whole text (list included). */
const allStatements = () =>
  units.flatMap((unit) =>
    unit.statements.map((statement) => ({
      unit: unit.name,
      statement,
      text: [statement.text(), ...(statement.items ?? []).map((item) => item())].join(' '),
    })),
  );
const article = ['eur-treatment-strategies', 'sdu-claudicatio-intermittens'];

describe('safety wording gate', () => {
  it('gives the 1 in 5 only with its first half: for most people the symptoms stay the same', () => {
    const found = allStatements().filter(({ text }) => /1 in 5/.test(text));
    assert.ok(found.length > 0);
    for (const { unit, text } of found) {
      assert.match(text, /most people.*stay the same.*1 in 5/, `${unit}: "${text}"`);
    }
  });

  it('gives the Northern Ireland route wherever it says "call 111"', () => {
    for (const unit of units) {
      const text = unitText(unit);
      if (!/\b111\b/.test(text)) continue;
      assert.match(text, /In Northern Ireland, call your GP surgery/, unit.name);
      assert.match(text, /GP Out-of-Hours/, unit.name);
    }
  });

  it('cites NHS or guideline sources for GP, 111 and 999 advice, never the clinic’s article', () => {
    // The article says "see a specialist"; the NHS route is the GP, 111 or 999.
    const advice = allStatements().filter(({ text }) =>
      /\b(see a GP|call 111|call 999)\b/i.test(text),
    );
    assert.ok(advice.length > 5);
    for (const { unit, statement, text } of advice) {
      for (const id of statement.sources) {
        assert.ok(!article.includes(id), `${unit}: "${text}" cites ${id}`);
      }
    }
  });

  it('never sends the reader straight to a specialist, and never speaks about them as a patient', () => {
    for (const { unit, text } of allStatements()) {
      assert.doesNotMatch(text, /\bsee a (vascular )?specialist\b/i, `${unit}: "${text}"`);
      assert.doesNotMatch(text, /\b(should|must) be (sent|referred)\b/i, `${unit}: "${text}"`);
      assert.doesNotMatch(text, /\bquite strong\b/i, `${unit}: "${text}"`);
    }
  });

  it('says what NHS pages always say: smoking, heart attack and stroke, no symptoms, diabetes and feet', () => {
    const explainers = units.filter((unit) => unit.name.startsWith('explainer/'));
    const said = explainers.map(unitText).join('\n');
    assert.match(said, /If you smoke, stopping smoking/);
    assert.match(said, /heart attack or a stroke/);
    assert.match(said, /no symptoms/);
    assert.match(said, /diabetes, ask your GP surgery to check your feet at least once a year/);
  });

  it('says in every result that does not match the pattern that this does not rule out a circulation problem', () => {
    for (const name of ['none', 'unlikely', 'unable-to-walk']) {
      const unit = units.find((candidate) => candidate.name === `checklist/result-${name}`);
      assert.ok(unit, name);
      assert.match(unitText(unit), /does not rule out a problem with the blood flow/, name);
    }
  });
});

describe('wording gate', () => {
  it('never tells the reader "you have" a condition', () => {
    for (const unit of units) {
      const phrase = diagnosisPhrase(unitText(unit));
      assert.equal(phrase, undefined, `${unit.name} says "${phrase}"`);
    }
  });

  it('catches diagnoses and lets symptoms through', () => {
    for (const diagnosis of [
      'You have intermittent claudication.',
      'It looks like you have PAD.',
      "you've got critical limb ischaemia",
      'You have a severe peripheral arterial disease',
    ]) {
      assert.ok(diagnosisPhrase(diagnosis), diagnosis);
    }
    for (const fine of [
      'Call 111 if you have pain in your foot at rest.',
      'Your answers match the usual pattern of intermittent claudication.',
      'If you have questions about ischaemia, ask your GP.',
    ]) {
      assert.equal(diagnosisPhrase(fine), undefined, fine);
    }
  });
});
