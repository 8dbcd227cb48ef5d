// node --test: the editor data at the package root (scripts/build/editor-data.mjs, run by
// `npm run analyze`) says what custom-elements.json says: every tag, every attribute with
// its description and its enumerated values, events, slots, CSS parts and CSS properties.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { editorData, editorDataFiles } from './editor-data.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

function readRootJson(file) {
  assert.ok(existsSync(`${root}${file}`), `${file} is missing: run \`npm run analyze\``);
  return JSON.parse(readFileSync(`${root}${file}`, 'utf8'));
}

const manifest = readRootJson('custom-elements.json');
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);
const vsCodeHtml = readRootJson(editorDataFiles.vsCodeHtml);
const vsCodeCss = readRootJson(editorDataFiles.vsCodeCss);
const webTypes = readRootJson(editorDataFiles.webTypes);
const pkg = readRootJson('package.json');

/** `'a' | 'b'` → ['a', 'b'] when the type is a union of literals, else []. */
function literalValues(typeText = '') {
  const parts = typeText.split('|').map((part) => part.trim());
  const literal = /^'([^']*)'$|^"([^"]*)"$|^(-?\d+(?:\.\d+)?)$/;
  if (parts.length < 2 || !parts.every((part) => literal.test(part))) return [];
  return parts.map((part) => {
    const [, single, double, number] = literal.exec(part);
    return single ?? double ?? number;
  });
}

/** Checks one set of files against the manifest; returns the problems found. */
function problems({ html, css, types }) {
  const found = [];
  const webTypeElements = types.contributions?.html?.elements ?? [];
  for (const element of elements) {
    const tag = element.tagName;
    const vsTag = html.tags.find((candidate) => candidate.name === tag);
    const jbTag = webTypeElements.find((candidate) => candidate.name === tag);
    if (!vsTag) found.push(`VS Code: no <${tag}>`);
    if (!jbTag) found.push(`web-types: no <${tag}>`);
    if (!vsTag || !jbTag) continue;
    for (const [name, data] of [
      ['VS Code', vsTag],
      ['web-types', jbTag],
    ]) {
      if (!data.description?.includes(element.description.split('\n')[0])) {
        found.push(`${name}: <${tag}> lacks its description`);
      }
    }
    for (const attribute of element.attributes ?? []) {
      const where = `<${tag} ${attribute.name}>`;
      const vs = vsTag.attributes.find((candidate) => candidate.name === attribute.name);
      const jb = jbTag.attributes.find((candidate) => candidate.name === attribute.name);
      if (!vs) found.push(`VS Code: no ${where}`);
      else if (vs.description !== attribute.description) found.push(`VS Code: ${where} text`);
      if (!jb) found.push(`web-types: no ${where}`);
      else if (jb.description !== attribute.description) found.push(`web-types: ${where} text`);
      const values = literalValues(attribute.type?.text);
      const vsValues = (vs?.values ?? []).map((value) => value.name);
      const jbValues = literalValues(jb?.value?.type);
      for (const value of values) {
        if (!vsValues.includes(value)) found.push(`VS Code: ${where} lacks the value ${value}`);
        if (!jbValues.includes(value)) found.push(`web-types: ${where} lacks the value ${value}`);
      }
      if (values.length === 0 && vsValues.length > 0) {
        found.push(`VS Code: ${where} offers values its type does not have: ${vsValues}`);
      }
      if (attribute.type?.text === 'boolean' && vs?.valueSet !== 'v') {
        found.push(`VS Code: boolean ${where} is not valueless`);
      }
    }
    for (const event of element.events ?? []) {
      if (!vsTag.description.includes(`**${event.name}**`)) {
        found.push(`VS Code: <${tag}> lacks the event ${event.name}`);
      }
      if (!jbTag.js?.events?.some((candidate) => candidate.name === event.name)) {
        found.push(`web-types: <${tag}> lacks the event ${event.name}`);
      }
    }
    for (const slot of element.slots ?? []) {
      const vsName = slot.name ? `**${slot.name}**` : '_default_';
      if (!vsTag.description.includes(`${vsName} - ${slot.description}`)) {
        found.push(`VS Code: <${tag}> lacks the slot "${slot.name}"`);
      }
      if (!jbTag.slots?.some((candidate) => (candidate.name ?? '') === slot.name)) {
        found.push(`web-types: <${tag}> lacks the slot "${slot.name}"`);
      }
    }
    for (const part of element.cssParts ?? []) {
      if (!vsTag.description.includes(`**${part.name}** - ${part.description}`)) {
        found.push(`VS Code: <${tag}> lacks the part ${part.name}`);
      }
      if (!css.pseudoElements.some((candidate) => candidate.name === `::part(${part.name})`)) {
        found.push(`VS Code CSS: no ::part(${part.name})`);
      }
      const jbParts = types.contributions?.css?.['pseudo-elements'] ?? [];
      if (!jbParts.some((candidate) => candidate.name === `part(${part.name})`)) {
        found.push(`web-types CSS: no part(${part.name})`);
      }
    }
    for (const property of element.cssProperties ?? []) {
      if (!vsTag.description.includes(`**${property.name}** - ${property.description}`)) {
        found.push(`VS Code: <${tag}> lacks the CSS property ${property.name}`);
      }
      const vs = css.properties.find((candidate) => candidate.name === property.name);
      const jb = types.contributions?.css?.properties?.find((p) => p.name === property.name);
      if (!vs?.description?.includes(property.description)) {
        found.push(`VS Code CSS: ${property.name}`);
      }
      if (!jb?.description?.includes(property.description)) {
        found.push(`web-types CSS: ${property.name}`);
      }
    }
  }
  const tags = new Set(elements.map((element) => element.tagName));
  for (const extra of html.tags.filter((tag) => !tags.has(tag.name))) {
    found.push(`VS Code: <${extra.name}> is not in the manifest`);
  }
  for (const list of [css.properties, css.pseudoElements]) {
    const names = list.map((entry) => entry.name);
    const repeated = names.filter((name, i) => names.indexOf(name) !== i);
    if (repeated.length > 0) found.push(`VS Code CSS: listed twice: ${repeated}`);
  }
  return found;
}

describe('editor data', () => {
  it('has every tag, attribute, value, event, slot, part and CSS property of the manifest', () => {
    assert.ok(elements.length >= 7, 'the manifest lists the elements');
    assert.deepEqual(problems({ html: vsCodeHtml, css: vsCodeCss, types: webTypes }), []);
  });

  it("offers topic's, urgency's and audience's values", () => {
    const values = (tag, attribute) =>
      vsCodeHtml.tags
        .find((candidate) => candidate.name === tag)
        .attributes.find((candidate) => candidate.name === attribute)
        .values.map((value) => value.name);
    assert.deepEqual(values('circ-explainer', 'topic'), [
      'ischaemia',
      'intermittent-claudication',
      'critical-ischaemia',
      'treatment',
      'when-to-seek-help',
    ]);
    assert.deepEqual(values('circ-care-card', 'urgency'), ['non-urgent', 'urgent', 'emergency']);
    assert.deepEqual(values('circ-symptom-checklist', 'audience'), ['patient', 'clinician']);
    const topic = webTypes.contributions.html.elements
      .find((candidate) => candidate.name === 'circ-explainer')
      .attributes.find((candidate) => candidate.name === 'topic');
    assert.deepEqual(literalValues(topic.value.type), values('circ-explainer', 'topic'));
  });

  it("describes the walking plan's attributes and its circ-session-end event", () => {
    const names = (attributes) => attributes.map((attribute) => attribute.name);
    const vsTag = vsCodeHtml.tags.find((tag) => tag.name === 'circ-walking-plan');
    const jbTag = webTypes.contributions.html.elements.find(
      (element) => element.name === 'circ-walking-plan',
    );
    for (const tag of [vsTag, jbTag]) {
      assert.ok(tag, 'circ-walking-plan is listed');
      assert.deepEqual(
        ['weeks', 'sessions-per-week', 'start', 'heading-level'].filter(
          (name) => !names(tag.attributes).includes(name),
        ),
        [],
      );
      assert.match(tag.description, /walking programme/);
    }
    const events = [...(jbTag.events ?? []), ...(jbTag.js?.events ?? [])];
    assert.ok(
      events.some((event) => event.name === 'circ-session-end'),
      'web-types: circ-session-end',
    );
  });

  it('is what the generators make from the manifest now (npm run analyze writes both)', async () => {
    const fresh = await editorData(manifest);
    assert.deepEqual(vsCodeHtml, fresh.vsCodeHtml, editorDataFiles.vsCodeHtml);
    assert.deepEqual(vsCodeCss, fresh.vsCodeCss, editorDataFiles.vsCodeCss);
    assert.deepEqual(webTypes, fresh.webTypes, editorDataFiles.webTypes);
  });

  it('is named in package.json and published', () => {
    assert.equal(pkg['web-types'], `./${editorDataFiles.webTypes}`);
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    for (const file of Object.values(editorDataFiles)) assert.ok(pkg.files.includes(file), file);
  });

  it('finds what is missing (the check itself)', () => {
    const html = structuredClone(vsCodeHtml);
    const explainer = html.tags.find((tag) => tag.name === 'circ-explainer');
    const topic = explainer.attributes.find((attribute) => attribute.name === 'topic');
    topic.values = topic.values.filter((value) => value.name !== 'treatment');
    html.tags = html.tags.filter((tag) => tag.name !== 'circ-sources');
    const types = structuredClone(webTypes);
    const card = types.contributions.html.elements.find((e) => e.name === 'circ-care-card');
    card.attributes = card.attributes.filter((attribute) => attribute.name !== 'urgency');
    const css = structuredClone(vsCodeCss);
    css.properties.push(css.properties[0]);
    assert.deepEqual(problems({ html, css, types }), [
      'web-types: no <circ-care-card urgency>',
      'web-types: <circ-care-card urgency> lacks the value non-urgent',
      'web-types: <circ-care-card urgency> lacks the value urgent',
      'web-types: <circ-care-card urgency> lacks the value emergency',
      'VS Code: <circ-explainer topic> lacks the value treatment',
      'VS Code: no <circ-sources>',
      'VS Code CSS: listed twice: --circ-color-brand',
    ]);
  });
});
