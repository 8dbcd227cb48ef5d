// node --test: the CDN builds' short message ids (scripts/build/short-message-ids.mjs).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { messageIds, shortIds, shortenMessageIds } from './short-message-ids.mjs';

const xliffDir = fileURLToPath(new URL('../../xliff/', import.meta.url));

describe('short message ids', () => {
  it('reads every id of every XLIFF file once, sorted', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'circ-xliff-'));
    writeFileSync(
      path.join(dir, 'cy.xlf'),
      '<trans-unit id="b.two"></trans-unit><trans-unit id="a.one">',
    );
    writeFileSync(
      path.join(dir, 'pl.xlf'),
      '<trans-unit id="a.one"/><trans-unit xml:space="preserve" id="c.three">',
    );
    writeFileSync(path.join(dir, 'notes.txt'), '<trans-unit id="d.ignored">');
    assert.deepEqual(messageIds(dir), ['a.one', 'b.two', 'c.three']);
  });

  it('numbers the ids in base 36, so every key is unique and short', () => {
    const ids = Array.from({ length: 40 }, (_, index) => `m.${index}`);
    const keys = [...shortIds(ids).values()];
    assert.equal(new Set(keys).size, 40);
    assert.equal(keys[0], '0');
    assert.equal(keys[35], 'z');
    assert.equal(keys[36], '10');
  });

  it('gives our real messages keys of at most two characters', () => {
    const ids = messageIds(xliffDir);
    assert.ok(ids.length > 100, `only ${ids.length} ids found in xliff/`);
    assert.ok(ids.length <= 36 * 36, 'more messages than two base-36 characters can number');
    assert.ok(ids.includes('care-card.heading.emergency'));
    assert.ok(ids.includes('walking-plan.start'), "the walking plan's messages are counted too");
  });

  it('rewrites a message id in any quotes, and the same key in a locale module', () => {
    const mapping = shortIds(['care-card.heading.urgent', 'explainer.title']);
    const element = 'N(`Ask for an urgent GP appointment`,{id:`care-card.heading.urgent`})';
    const locale = 't={"care-card.heading.urgent":`Gofynnwch…`,\'explainer.title\':`Teitl`}';
    assert.equal(
      shortenMessageIds(element, mapping).code,
      'N(`Ask for an urgent GP appointment`,{id:`0`})',
    );
    const shortened = shortenMessageIds(locale, mapping);
    assert.equal(shortened.code, 't={"0":`Gofynnwch…`,\'1\':`Teitl`}');
    assert.equal(shortened.count, 2);
  });

  it('leaves alone what is not exactly a known id: other strings, parts of text, templates', () => {
    const mapping = shortIds(['care-card.heading.urgent']);
    const untouched = [
      '`nice-cg147`', // a source id: no dot
      '`care-card.heading.urgent.extra`', // a longer id
      '`see care-card.heading.urgent`', // inside a sentence
      '`${x}care-card.heading.urgent`', // a template with an expression
      '`care-card`', // a part or tag name
    ].join(',');
    assert.equal(shortenMessageIds(untouched, mapping), null);
  });

  it('maps the shortened code back to the original columns', () => {
    const mapping = shortIds(['a.long.message.id']);
    const result = shortenMessageIds('f({id:"a.long.message.id"});g()', mapping);
    assert.equal(result.code, 'f({id:"0"});g()');
    assert.ok(result.map && typeof result.map === 'object' && 'mappings' in result.map);
  });
});
