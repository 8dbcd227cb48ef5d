// node --test: the React wrappers and the JSX and Vue typings generated from
// custom-elements.json (scripts/build/react-wrappers.mjs, scripts/build/framework-types.mjs).
// Whether they type-check and work in real apps is what scripts/consumers/ tests.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { jsxTypesSource, vueTypesSource } from './framework-types.mjs';
import { elementsFromManifest, readManifestElements } from './manifest-elements.mjs';
import { generatedFiles, staleFiles } from './react-wrappers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A manifest with one element, its entry exporting `exported`. */
function manifest({
  exported = ['CircThing', 'ThingDetail'],
  eventType = 'CustomEvent<ThingDetail>',
} = {}) {
  return {
    schemaVersion: '2.1.0',
    modules: [
      {
        path: 'dist/elements/thing/thing.element.js',
        declarations: [
          {
            kind: 'class',
            name: 'CircThing',
            customElement: true,
            tagName: 'circ-thing',
            summary: 'A thing.',
            attributes: [
              { name: 'heading-level', fieldName: 'headingLevel', description: 'Level.' },
              { name: 'topic', fieldName: 'topic', description: 'Topic.' },
            ],
            members: [
              { kind: 'field', name: 'headingLevel', description: 'Level.' },
              { kind: 'field', name: 'topic', description: 'Topic.' },
              { kind: 'field', name: 'result', readonly: true, description: 'Read only.' },
              { kind: 'field', name: 'version', static: true, description: 'Static.' },
              { kind: 'field', name: 'secret', privacy: 'protected', description: 'Protected.' },
              { kind: 'method', name: 'reset', description: 'A method.' },
            ],
            events: [
              { name: 'circ-thing-change', type: { text: eventType }, description: 'Changed.' },
            ],
          },
        ],
        exports: [{ kind: 'js', name: 'CircThing' }],
      },
      {
        path: 'dist/thing.js',
        exports: [
          {
            kind: 'custom-element-definition',
            name: 'circ-thing',
            declaration: { name: 'CircThing', module: 'dist/elements/thing/thing.element.js' },
          },
          ...exported.map((name) => ({ kind: 'js', name })),
        ],
      },
    ],
  };
}

describe('elements from the manifest', () => {
  it('reads the tag, entry, settable properties and events with their React prop names', () => {
    const [element] = elementsFromManifest(manifest());
    assert.equal(element.tagName, 'circ-thing');
    assert.equal(element.entry, 'thing');
    assert.deepEqual(
      element.properties.map((property) => [property.name, property.attribute]),
      [
        ['headingLevel', 'heading-level'],
        ['topic', 'topic'],
      ],
    );
    assert.deepEqual(element.events, [
      {
        name: 'circ-thing-change',
        reactProp: 'onCircThingChange',
        typeText: 'CustomEvent<ThingDetail>',
        typeNames: ['ThingDetail'],
        description: 'Changed.',
      },
    ]);
  });

  it('fails on an event detail type that the element entry does not export', () => {
    assert.throws(
      () => elementsFromManifest(manifest({ exported: ['CircThing'] })),
      /circ-thing: event circ-thing-change is typed CustomEvent<ThingDetail>, but dist\/thing\.js does not export ThingDetail/,
    );
  });

  it('fails on an element that no entry registers, or whose entry does not export it', () => {
    const unregistered = manifest();
    unregistered.modules[1].exports = [];
    assert.throws(() => elementsFromManifest(unregistered), /circ-thing: no registration entry/);
    assert.throws(
      () => elementsFromManifest(manifest({ exported: ['ThingDetail'] })),
      /dist\/thing\.js does not export CircThing/,
    );
  });
});

describe('React wrappers', () => {
  it('src/react/ is what the generator makes from custom-elements.json now', async () => {
    const files = await generatedFiles(readManifestElements(`${root}custom-elements.json`));
    assert.ok(files.has('symptom-checklist.ts') && files.has('index.ts'));
    assert.deepEqual(
      staleFiles(files),
      [],
      'run `node scripts/build/react-wrappers.mjs` and commit src/react/',
    );
  });

  it('types each event prop with its detail, and registers the element through its entry', async () => {
    const files = await generatedFiles(elementsFromManifest(manifest()));
    const source = files.get('thing.ts');
    assert.match(
      source,
      /import \{ CircThing as CircThingElement, type ThingDetail \} from '\.\.\/thing\.js';/,
    );
    assert.match(
      source,
      /onCircThingChange: 'circ-thing-change' as EventName<CustomEvent<ThingDetail>>,/,
    );
    assert.match(files.get('index.ts'), /export \{ CircThing \} from '\.\/thing\.js';/);
  });

  it('finds changed, missing and extra files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'react-wrappers-'));
    try {
      const files = await generatedFiles(elementsFromManifest(manifest()));
      for (const [name, source] of files) writeFileSync(join(dir, name), source);
      assert.deepEqual(staleFiles(files, `${dir}/`), []);
      writeFileSync(
        join(dir, 'thing.ts'),
        `${readFileSync(join(dir, 'thing.ts'), 'utf8')}// edited\n`,
      );
      writeFileSync(join(dir, 'old.ts'), 'export {};\n');
      rmSync(join(dir, 'index.ts'));
      assert.deepEqual(staleFiles(files, `${dir}/`), ['index.ts', 'old.ts', 'thing.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('JSX and Vue typings', () => {
  const [element] = elementsFromManifest(manifest());

  it('JSX: attributes under their own names, same-named properties, oncirc- handlers, no read-only or camelCase props', () => {
    const source = jsxTypesSource([element]);
    assert.match(source, /'heading-level'\?: AttributeValue<CircThing\['headingLevel'\]>;/);
    assert.match(source, /topic\?: CircThing\['topic'\];/);
    assert.match(
      source,
      /'oncirc-thing-change'\?: \(event: CustomEvent<ThingDetail> & \{ currentTarget: CircThing \}\) => void;/,
    );
    assert.match(source, /'circ-thing': CircThingJsxProps;/);
    assert.doesNotMatch(source, /result\?|version\?|secret\?|reset\?|headingLevel\?/);
  });

  it('Vue: camelCase props taking attribute text, onCircX event props, in GlobalComponents', () => {
    const source = vueTypesSource([element]);
    assert.match(source, /headingLevel\?: AttributeValue<CircThing\['headingLevel'\]>;/);
    assert.match(source, /onCircThingChange\?: \(event: CustomEvent<ThingDetail>/);
    assert.match(source, /'circ-thing': DefineComponent<CircThingVueProps>;/);
    assert.doesNotMatch(source, /result\?|'heading-level'/);
  });
});
