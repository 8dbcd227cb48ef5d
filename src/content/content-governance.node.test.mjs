// Content governance gates, run with Node's test runner (`npm run test:content`, part of
// `npm test`): every statement cites known sources, the text reads plainly, and nothing
// reads as a diagnosis. Figures: `npm run content:report`.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadCatalogue } from '../../scripts/content/load-catalogue.mjs';
import {
  diagnosisPhrase,
  minimumReadingEase,
  readability,
  unitText,
} from '../../scripts/content/metrics.mjs';

let units;
let sources;
before(async () => {
  const catalogue = await loadCatalogue();
  units = catalogue.contentCatalogue();
  sources = catalogue.builtInSources;
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

  it('names no author for the Erasmus thesis, whose author is unconfirmed', () => {
    const eur = sources.find((source) => source.id === 'eur-treatment-strategies');
    assert.equal(eur.authors, undefined);
    assert.equal(eur.year, undefined);
  });
});

describe('statements', () => {
  it('covers every unit of built-in content', () => {
    assert.ok(units.length >= 5);
    for (const unit of units) assert.ok(unit.statements.length > 0, unit.name);
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

describe('readability gate', () => {
  it(`scores Flesch reading ease >= ${minimumReadingEase} for every unit`, () => {
    for (const unit of units) {
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
