/**
 * What the framework integrations need from `custom-elements.json`, read once for the
 * React wrappers (`react-wrappers.mjs`) and the JSX and Vue typings
 * (`framework-types.mjs`): each element's tag, class, registration entry, attributes,
 * settable properties and events with their detail types.
 *
 * The manifest's paths are the published ones (`dist/explainer.js`); the registration
 * entry is the module that holds the element's `custom-element-definition`.
 */
import { readFileSync } from 'node:fs';

/** Names that may appear in an event's type without being imported. */
const builtInTypeNames = new Set([
  'CustomEvent',
  'Event',
  'null',
  'undefined',
  'string',
  'number',
  'boolean',
  'unknown',
  'never',
  'void',
]);

/** `circ-result-change` → `CircResultChange` (for `onCircResultChange`). */
export function pascalCase(name) {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** Identifiers in a type's text that must be imported: `CustomEvent<ChecklistResult>` → ['ChecklistResult']. */
export function typeNamesIn(text) {
  const names = text.match(/[A-Za-z_$][\w$]*/g) ?? [];
  return [...new Set(names.filter((name) => !builtInTypeNames.has(name)))];
}

/** The first sentence or line of a description, for short doc comments. */
function firstLine(text) {
  return (text ?? '')
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every custom element in the manifest, sorted by tag name:
 * `{ tagName, className, entry, summary, attributes, properties, events }`.
 * Throws when something the integrations need is missing: an element without a
 * registration entry, or an event whose detail type its entry does not export.
 */
export function elementsFromManifest(manifest) {
  const declarations = new Map(); // `${module}#${name}` → declaration
  const definitions = new Map(); // `${module}#${name}` → { tagName, entryModule }
  const exportsOf = new Map(); // module path → Set of exported names
  for (const module of manifest.modules ?? []) {
    exportsOf.set(module.path, new Set((module.exports ?? []).map((entry) => entry.name)));
    for (const declaration of module.declarations ?? []) {
      declarations.set(`${module.path}#${declaration.name}`, declaration);
    }
    for (const entry of module.exports ?? []) {
      if (entry.kind !== 'custom-element-definition') continue;
      const key = `${entry.declaration.module ?? module.path}#${entry.declaration.name}`;
      definitions.set(key, { tagName: entry.name, entryModule: module.path });
    }
  }

  const elements = [];
  for (const [key, declaration] of declarations) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const definition = definitions.get(key);
    if (!definition) {
      throw new Error(`${declaration.tagName}: no registration entry defines it in the manifest`);
    }
    const match = /^dist\/([^/]+)\.js$/.exec(definition.entryModule);
    if (!match) {
      throw new Error(
        `${declaration.tagName}: its registration entry ${definition.entryModule} is not a top-level dist/*.js`,
      );
    }
    const entryExports = exportsOf.get(definition.entryModule) ?? new Set();
    if (!entryExports.has(declaration.name)) {
      throw new Error(
        `${declaration.tagName}: ${definition.entryModule} does not export ${declaration.name}`,
      );
    }

    const attributes = (declaration.attributes ?? [])
      .filter((attribute) => attribute.fieldName)
      .map((attribute) => ({
        name: attribute.name,
        fieldName: attribute.fieldName,
        description: firstLine(attribute.description),
      }));
    const attributeByField = new Map(
      attributes.map((attribute) => [attribute.fieldName, attribute]),
    );
    const properties = (declaration.members ?? [])
      .filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          !member.readonly &&
          (member.privacy ?? 'public') === 'public',
      )
      .map((member) => ({
        name: member.name,
        description: firstLine(
          member.description ?? attributeByField.get(member.name)?.description,
        ),
        attribute: attributeByField.get(member.name)?.name,
      }));

    const events = (declaration.events ?? [])
      .filter((event) => event.name)
      .map((event) => {
        const typeText = event.type?.text ?? 'Event';
        const typeNames = typeNamesIn(typeText);
        for (const name of typeNames) {
          if (!entryExports.has(name)) {
            throw new Error(
              `${declaration.tagName}: event ${event.name} is typed ${typeText}, but ${definition.entryModule} does not export ${name}`,
            );
          }
        }
        return {
          name: event.name,
          reactProp: `on${pascalCase(event.name)}`,
          typeText,
          typeNames,
          description: firstLine(event.description),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));

    elements.push({
      tagName: declaration.tagName,
      className: declaration.name,
      entry: match[1],
      summary: firstLine(declaration.summary ?? declaration.description),
      attributes,
      properties,
      events,
    });
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `elementsFromManifest` of the manifest file at `path`. */
export function readManifestElements(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run \`npm run analyze\` (or \`npm run build\`) first`);
  }
  return elementsFromManifest(JSON.parse(text));
}
