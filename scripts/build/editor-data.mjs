// Editor data for partners, generated from custom-elements.json by the maintained
// generators (custom-element-vs-code-integration, custom-element-jet-brains-integration):
//
// - vscode.html-custom-data.json: tags, attributes with their values, descriptions (with
//   each tag's events, slots, CSS parts and CSS properties), for VS Code's html.customData
// - vscode.css-custom-data.json: the --circ-* custom properties and ::part() names, for
//   VS Code's css.customData
// - web-types.json: the same for JetBrains IDEs (package.json "web-types" names it)
//
// They sit beside custom-elements.json at the package root, are git-ignored and published,
// and `npm run analyze` writes all four, so they never disagree. Run from anywhere:
// `node scripts/build/editor-data.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  getVsCodeCssCustomData,
  getVsCodeHtmlCustomData,
} from 'custom-element-vs-code-integration';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The files this script writes, at the package root. */
export const editorDataFiles = {
  vsCodeHtml: 'vscode.html-custom-data.json',
  vsCodeCss: 'vscode.css-custom-data.json',
  webTypes: 'web-types.json',
};

const generatorOptions = {
  // The full description (the summary is one line; editors have room for more).
  descriptionSrc: 'description',
  // Attribute value types for editors (see forEditors).
  typesSrc: 'editorType',
  hideLogs: true,
};

/** `'a' | 'b'`, `2 | 3`, `boolean`, `number`, `string`: a type an attribute's text can show. */
const attributeValueType =
  /^(boolean|number|string|(\s*('[^']*'|"[^"]*"|-?\d+(\.\d+)?)\s*)(\|\s*('[^']*'|"[^"]*"|-?\d+(\.\d+)?)\s*)*)$/;

/**
 * What the generators are given: the manifest with, on each element, only the public
 * instance members (protected members are for subclasses and statics are no markup
 * concern; the generators would otherwise print an empty "Methods" heading), and each
 * attribute's `editorType`: its type when the attribute's text spells it (a union of
 * literals, boolean, number, string), else `string`. An attribute that takes JSON
 * (`answers`, `sources`) would otherwise be offered its TypeScript type name as a value.
 */
function forEditors(manifest) {
  const copy = structuredClone(manifest);
  for (const element of elementsOf(copy)) {
    element.members = (element.members ?? []).filter(
      (member) => (member.privacy ?? 'public') === 'public' && !member.static,
    );
    for (const attribute of element.attributes ?? []) {
      const text = attribute.type?.text?.trim();
      attribute.editorType = { text: text && attributeValueType.test(text) ? text : 'string' };
    }
  }
  return copy;
}

/**
 * Each element inherits the same --circ-* tokens, and several have a `base` or `heading`
 * part, so the generators list them once per element. Keep one entry per name; a name
 * whose descriptions differ says what it is on each element.
 */
function mergeByName(entries, tagsByName) {
  const merged = new Map();
  for (const entry of entries) {
    const seen = merged.get(entry.name);
    if (!seen) merged.set(entry.name, { ...entry, descriptions: [entry.description] });
    else seen.descriptions.push(entry.description);
  }
  return [...merged.values()].map(({ descriptions, ...entry }) => {
    const distinct = [...new Set(descriptions)];
    if (distinct.length === 1) return { ...entry, description: distinct[0] };
    const tags = tagsByName.get(entry.name) ?? [];
    return {
      ...entry,
      description: descriptions.map((text, i) => `\`<${tags[i]}>\`: ${text}`).join('\n\n'),
    };
  });
}

/** The custom elements of the manifest (declarations with a tag name), in order. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName),
  );
}

/** For each CSS property or part name, the tags that list it, in the generators' order. */
function tagsByName(manifest, list, name) {
  const tags = new Map();
  for (const element of elementsOf(manifest)) {
    for (const item of element[list] ?? []) {
      const key = name(item);
      tags.set(key, [...(tags.get(key) ?? []), element.tagName]);
    }
  }
  return tags;
}

/**
 * The three files' contents, from a manifest. The generators do the work; on top of them
 * boolean attributes get VS Code's value set `v` (written without a value, as
 * `with-critical`), and repeated CSS properties and parts are merged.
 */
export async function editorData(publishedManifest) {
  const manifest = forEditors(publishedManifest);
  const html = JSON.parse(getVsCodeHtmlCustomData(manifest, generatorOptions));
  const booleanAttributes = new Map(
    elementsOf(manifest).map((element) => [
      element.tagName,
      new Set(
        (element.attributes ?? [])
          .filter((attribute) => attribute.type?.text === 'boolean')
          .map((attribute) => attribute.name),
      ),
    ]),
  );
  for (const tag of html.tags) {
    for (const attribute of tag.attributes) {
      if (booleanAttributes.get(tag.name)?.has(attribute.name)) {
        delete attribute.values;
        attribute.valueSet = 'v';
      }
    }
  }

  const propertyTags = tagsByName(manifest, 'cssProperties', (item) => item.name);
  const css = JSON.parse(getVsCodeCssCustomData(manifest, generatorOptions));
  css.properties = mergeByName(css.properties, propertyTags);
  css.pseudoElements = mergeByName(
    css.pseudoElements,
    tagsByName(manifest, 'cssParts', (item) => `::part(${item.name})`),
  );

  // The JetBrains generator reads ./package.json (name and version) when it loads.
  const cwd = process.cwd();
  process.chdir(root);
  let webTypes;
  try {
    const { getWebTypesData } = await import('custom-element-jet-brains-integration');
    webTypes = JSON.parse(getWebTypesData(manifest, generatorOptions));
  } finally {
    process.chdir(cwd);
  }
  const cssContributions = webTypes.contributions.css;
  cssContributions.properties = mergeByName(cssContributions.properties, propertyTags);
  cssContributions['pseudo-elements'] = mergeByName(
    cssContributions['pseudo-elements'],
    tagsByName(manifest, 'cssParts', (item) => `part(${item.name})`),
  );

  return { vsCodeHtml: html, vsCodeCss: css, webTypes };
}

/** Reads custom-elements.json at the package root and writes the three files beside it. */
export async function writeEditorData() {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const data = await editorData(manifest);
  for (const [key, file] of Object.entries(editorDataFiles)) {
    writeFileSync(`${root}${file}`, `${JSON.stringify(data[key], null, 2)}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeEditorData();
