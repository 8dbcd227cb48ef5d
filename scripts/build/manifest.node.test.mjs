// node --test: custom-elements.json (written by `npm run analyze`, which `npm run build`,
// `npm run typecheck` and the browser tests run) is valid against the official schema
// (the custom-elements-manifest package) and documents every name partners and tools read.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Validator } from 'jsonschema';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const manifestPath = `${root}custom-elements.json`;
const schema = require('custom-elements-manifest/schema.json');
const schemaVersion = require('custom-elements-manifest/package.json').version;

/** The manifest at the package root, as it would be published. */
function readManifest() {
  assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run `npm run analyze`');
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

const validator = new Validator();
validator.addSchema(schema, '/custom-elements-manifest.json');

/** Schema errors of `value` against one of the schema's definitions, as readable lines. */
function errorsAgainst(value, definition, where) {
  const result = validator.validate(
    value,
    {
      $ref:
        definition === 'Package'
          ? '/custom-elements-manifest.json' // the schema's root is the Package
          : `/custom-elements-manifest.json#/definitions/${definition}`,
    },
    { nestedErrors: true },
  );
  return result.errors.map((error) => `${where}: ${error.stack.replace(/^instance/, definition)}`);
}

/** The definition a declaration or export must satisfy, by its kind. */
function definitionOf(item) {
  switch (item.kind) {
    case 'class':
      return item.customElement ? 'CustomElementDeclaration' : 'ClassDeclaration';
    case 'mixin':
      return item.customElement ? 'CustomElementMixinDeclaration' : 'MixinDeclaration';
    case 'function':
      return 'FunctionDeclaration';
    case 'variable':
      return 'VariableDeclaration';
    case 'js':
      return 'JavaScriptExport';
    case 'custom-element-definition':
      return 'CustomElementExport';
    default:
      return undefined;
  }
}

/** "x.y.z" → [x, y, z] as numbers. */
const versionParts = (version) => version.split('.').map(Number);

/**
 * Every name in a class declaration that lacks a description: the class itself (a
 * summary will do), each member, and for a custom element each attribute, event, slot,
 * CSS part, CSS property and CSS state.
 */
function undocumented(manifest) {
  const missing = [];
  const described = (item) =>
    typeof (item.description ?? item.summary) === 'string' &&
    (item.description ?? item.summary).trim() !== '';
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' && declaration.kind !== 'mixin') continue;
      const owner = declaration.tagName ?? declaration.name;
      if (!described(declaration)) missing.push(`${owner} (${module.path})`);
      const groups = {
        member: declaration.members,
        attribute: declaration.attributes,
        event: declaration.events,
        slot: declaration.slots,
        'CSS part': declaration.cssParts,
        'CSS property': declaration.cssProperties,
        'CSS state': declaration.cssStates,
      };
      for (const [group, items] of Object.entries(groups)) {
        for (const item of items ?? []) {
          const name = group === 'slot' && item.name === '' ? '(default slot)' : item.name;
          if (!described(item)) missing.push(`${owner}: ${group} ${name}`);
        }
      }
    }
  }
  return missing;
}

describe('custom-elements.json', () => {
  it('is valid against the official schema, as a whole and declaration by declaration', () => {
    const manifest = readManifest();
    // The schema's declarations are an anyOf without additionalProperties, so a custom
    // element also passes as a plain class whatever its attributes say. Each declaration
    // and export is therefore checked against the definition of its own kind too.
    const errors = errorsAgainst(manifest, 'Package', 'custom-elements.json');
    for (const module of manifest.modules) {
      errors.push(...errorsAgainst(module, 'JavaScriptModule', module.path));
      for (const item of [...(module.declarations ?? []), ...(module.exports ?? [])]) {
        const definition = definitionOf(item);
        const where = `${module.path} ${item.name}`;
        if (!definition) errors.push(`${where}: unknown kind ${JSON.stringify(item.kind)}`);
        else errors.push(...errorsAgainst(item, definition, where));
      }
    }
    assert.deepEqual(errors, []);
  });

  it(`declares a schema version the installed schema (${schemaVersion}) covers`, () => {
    const [major, minor] = versionParts(readManifest().schemaVersion);
    const [schemaMajor, schemaMinor] = versionParts(schemaVersion);
    assert.ok(
      major < schemaMajor || (major === schemaMajor && minor <= schemaMinor),
      `schemaVersion ${readManifest().schemaVersion} is newer than custom-elements-manifest ${schemaVersion}: upgrade the devDependency`,
    );
  });

  it('documents every element, member, attribute, event, slot, CSS part and CSS property', () => {
    assert.deepEqual(undocumented(readManifest()), []);
  });

  it('lists no private member (they are not public API)', () => {
    const privateMembers = [];
    for (const module of readManifest().modules) {
      for (const declaration of module.declarations ?? []) {
        for (const member of declaration.members ?? []) {
          if (member.privacy === 'private' || member.name.startsWith('#')) {
            privateMembers.push(`${declaration.name}.${member.name}`);
          }
        }
      }
    }
    assert.deepEqual(privateMembers, []);
  });

  it('names the published files, not the sources', () => {
    const paths = readManifest().modules.map((module) => module.path);
    assert.ok(paths.length > 0);
    assert.deepEqual(
      paths.filter((path) => !/^dist\/.+\.js$/.test(path)),
      [],
    );
  });

  it('lists only what a partner can reach: package entries, elements and what they export', () => {
    const { exports } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    const entries = new Set(
      Object.values(exports)
        .map((target) => (typeof target === 'string' ? target : target.default))
        .filter((target) => typeof target === 'string' && target.endsWith('.js'))
        .map((target) => target.replace(/^\.\//, '')),
    );
    const { modules } = readManifest();
    const exported = new Set(
      modules.flatMap((module) =>
        (module.exports ?? [])
          .filter((entry) => entry.declaration?.module !== module.path)
          .map((entry) => `${entry.declaration?.module} ${entry.declaration?.name}`),
      ),
    );
    const unreachable = modules.flatMap((module) => {
      if (entries.has(module.path)) return [];
      if ((module.declarations ?? []).some((declaration) => declaration.customElement)) return [];
      const declarations = module.declarations ?? [];
      const internal = declarations.filter((d) => !exported.has(`${module.path} ${d.name}`));
      if (declarations.length === 0) return [`${module.path} (nothing in it)`];
      return internal.map((declaration) => `${module.path} ${declaration.name}`);
    });
    assert.deepEqual(unreachable, []);
    // What partners call is still there (types have no declarations in a manifest).
    const declared = new Set(
      modules.flatMap((module) =>
        (module.declarations ?? []).map((declaration) => `${module.path} ${declaration.name}`),
      ),
    );
    for (const name of ['classifyChecklist', 'setLocale', 'renderToString', 'CircElement']) {
      assert.ok(
        [...declared].some((reference) => reference.endsWith(` ${name}`)),
        name,
      );
    }
    // Every class a listed element extends or inherits from is listed too.
    const listed = new Set(modules.map((module) => module.path));
    const classReferences = [];
    const collect = (value) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'superclass' || key === 'inheritedFrom') && child?.module) {
            classReferences.push(`${child.module} ${child.name}`);
          } else collect(child);
        }
      }
    };
    collect(modules);
    assert.ok(classReferences.length > 0);
    assert.deepEqual(
      classReferences.filter((reference) => !listed.has(reference.split(' ')[0])),
      [],
    );
    assert.equal(
      modules.some((module) => module.path === 'dist/base/escape-html.js'),
      false,
      'an internal helper is listed',
    );
  });

  it('finds what is missing (the check itself)', () => {
    const manifest = {
      schemaVersion: '1.0.0',
      modules: [
        {
          kind: 'javascript-module',
          path: 'dist/x.js',
          declarations: [
            {
              kind: 'class',
              name: 'X',
              tagName: 'circ-x',
              customElement: true,
              description: 'An element.',
              members: [{ kind: 'field', name: 'a' }],
              attributes: [{ name: 'a', description: ' ' }],
              slots: [{ name: '' }],
              cssParts: [{ name: 'base', description: 'The card.' }],
            },
          ],
        },
      ],
    };
    assert.deepEqual(undocumented(manifest), [
      'circ-x: member a',
      'circ-x: attribute a',
      'circ-x: slot (default slot)',
    ]);
    const declaration = manifest.modules[0].declarations[0];
    declaration.attributes[0].name = 5;
    assert.equal(errorsAgainst(manifest, 'Package', 'whole').length, 0, 'the anyOf lets it pass');
    assert.equal(errorsAgainst(declaration, 'CustomElementDeclaration', 'X').length, 1);
  });
});
