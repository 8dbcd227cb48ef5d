import { readFileSync } from 'node:fs';

/**
 * custom-elements-manifest analyzer config: writes `custom-elements.json` at the
 * package root (generated, gitignored, published; named by package.json's
 * `customElements`). Storybook reads it for controls and API tables.
 */

/**
 * Our registration entries call `define('circ-x', CircX)` from `src/base/define.ts`
 * (idempotent, version-aware) instead of `customElements.define` directly, which the
 * analyzer does not recognise. This records those calls as custom-element
 * definitions, exactly as the analyzer's own `customElements.define` handling does,
 * so each class gets its `tagName`.
 */
function circDefineCallsPlugin() {
  return {
    name: 'circ-define-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'define') return;
      const defineImport = context.imports?.find(
        (imported) => imported.name === 'define' && /(^|\/)define\.js$/.test(imported.importPath),
      );
      if (!defineImport) return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteralLike(tagArg) || !classArg || !ts.isIdentifier(classArg)) {
        return;
      }
      const className = classArg.text;
      const classImport = context.imports?.find((imported) => imported.name === className);
      const declaration =
        classImport && !classImport.isBareModuleSpecifier
          ? {
              name: className,
              module: new URL(classImport.importPath, `file:///${moduleDoc.path}`).pathname,
            }
          : { name: className, module: moduleDoc.path };
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration },
      ];
    },
  };
}

/**
 * Partners get `dist/`, not `src/`: point every module path and reference at the
 * published file (`src/elements/x/x.element.ts` → `dist/elements/x/x.element.js`).
 * References come as `/src/…` or relative to their module (`./base/define.js`);
 * all become package-relative `dist/…js`.
 */
function publishedPathsPlugin() {
  const toPublished = (reference, modulePath) => {
    const resolved = /^\.\.?\//.test(reference)
      ? new URL(reference, `file:///${modulePath}`).pathname
      : reference;
    return resolved.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  };
  const rewrite = (value, modulePath) => {
    if (Array.isArray(value)) {
      value.forEach((item) => rewrite(item, modulePath));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') {
          value[key] = toPublished(child, modulePath);
        } else {
          rewrite(child, modulePath);
        }
      }
    }
  };
  return {
    name: 'circ-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) rewrite(module, module.path);
    },
  };
}

/**
 * `define()` itself calls `customElements.define(tagName, elementClass)`, which the
 * analyzer records as a definition of a tag literally named "tagName". Drop
 * definitions whose name is not a valid custom element name.
 */
function dropNonTagDefinitionsPlugin() {
  const customElementName = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
  return {
    name: 'circ-drop-non-tag-definitions',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (entry) =>
            entry.kind !== 'custom-element-definition' || customElementName.test(entry.name),
        );
      }
    },
  };
}

/**
 * Attribute and property types are written with aliases (`ExplainerTopic`,
 * `HeadingLevel`), which tell a partner (or Storybook) nothing. Spell out aliases of
 * literal unions, including the `(typeof names)[number]` form over an `as const`
 * array, as the union itself: `'ischaemia' | 'treatment' | …`.
 */
function expandLiteralTypesPlugin() {
  const constArrays = new Map(); // name → ["'a'", "'b'"]
  const aliasNodes = new Map(); // alias name → type node
  const literalTexts = (ts, typeNode) => {
    while (ts.isParenthesizedTypeNode(typeNode)) typeNode = typeNode.type;
    if (ts.isLiteralTypeNode(typeNode)) return [typeNode.getText()];
    if (ts.isUnionTypeNode(typeNode)) {
      const parts = typeNode.types.map((member) => literalTexts(ts, member));
      return parts.every(Boolean) ? parts.flat() : undefined;
    }
    if (
      ts.isIndexedAccessTypeNode(typeNode) &&
      typeNode.indexType.kind === ts.SyntaxKind.NumberKeyword
    ) {
      let query = typeNode.objectType;
      while (ts.isParenthesizedTypeNode(query)) query = query.type;
      if (ts.isTypeQueryNode(query)) return constArrays.get(query.exprName.getText());
    }
    return undefined;
  };
  let tsApi;
  return {
    name: 'circ-expand-literal-types',
    analyzePhase({ ts, node }) {
      tsApi = ts;
      if (ts.isTypeAliasDeclaration(node)) aliasNodes.set(node.name.text, node.type);
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        ts.isAsExpression(node.initializer) &&
        node.initializer.type.getText() === 'const' &&
        ts.isArrayLiteralExpression(node.initializer.expression) &&
        node.initializer.expression.elements.every(ts.isStringLiteral)
      ) {
        constArrays.set(
          node.name.text,
          node.initializer.expression.elements.map((element) => `'${element.text}'`),
        );
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const expanded = new Map();
      for (const [name, typeNode] of aliasNodes) {
        const texts = literalTexts(tsApi, typeNode);
        if (texts?.length) expanded.set(name, texts.join(' | '));
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            const text = item.type?.text;
            if (text && expanded.has(text)) item.type.text = expanded.get(text);
          }
        }
      }
    },
  };
}

/**
 * Private members (`private` in TypeScript, or `#name`) are not public API: they may
 * change in any release, and partners, editors and wrapper generators should never see
 * them. The analyzer lists them anyway, so drop them from the published manifest.
 * Protected members stay (they are documented for subclasses).
 *
 * The analyzer also reads every entry of `static properties` as an attribute unless it
 * says `attribute: false`, so Lit's internal state (`{ state: true }`, which has no
 * attribute) would show up as attributes named after private fields: drop those too.
 */
function dropPrivateMembersPlugin() {
  const isPrivate = (member) => member.privacy === 'private' || member.name.startsWith('#');
  return {
    name: 'circ-drop-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          const privateNames = new Set(declaration.members.filter(isPrivate).map((m) => m.name));
          declaration.members = declaration.members.filter((member) => !isPrivate(member));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !privateNames.has(attribute.fieldName),
            );
          }
        }
      }
    },
  };
}

/**
 * The analyzer lists every module it read, so partners' tools would show our internals
 * (`dist/base/escape-html.js` …) as if they were API. Keep only what a partner can reach:
 * the modules package.json exports, those that declare an element (and the `CircElement`
 * base they extend), and, from any other module, only the declarations those modules
 * export (`classifyChecklist`, `setLocale` …), so that every exported declaration
 * resolves. Types have no declarations in a manifest, so a module wanted only for its
 * types is left out too. Runs last, on the published paths.
 */
function publicModulesOnlyPlugin() {
  const { exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const entryPaths = new Set(
    Object.values(exports)
      .map((target) => (typeof target === 'string' ? target : target.default))
      .filter((target) => typeof target === 'string' && target.endsWith('.js'))
      .map((target) => target.replace(/^\.\//, '')),
  );
  return {
    name: 'circ-public-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const byPath = new Map(modules.map((module) => [module.path, module]));
      const whole = new Set(
        modules
          .filter(
            (module) =>
              entryPaths.has(module.path) ||
              (module.declarations ?? []).some((declaration) => declaration.customElement),
          )
          .map((module) => module.path),
      );
      const wantedNames = new Map(); // path of a module kept in part → names kept
      const pending = [...whole];
      const follow = (module, names) => {
        for (const entry of module.exports ?? []) {
          if (names && !names.has(entry.name)) continue;
          const target = entry.declaration?.module;
          if (!target || target === module.path || whole.has(target) || !byPath.has(target)) {
            continue;
          }
          const kept = wantedNames.get(target) ?? new Set();
          if (kept.has(entry.declaration.name)) continue;
          kept.add(entry.declaration.name);
          wantedNames.set(target, kept);
          pending.push(target);
        }
      };
      while (pending.length > 0) {
        const path = pending.pop();
        follow(byPath.get(path), whole.has(path) ? undefined : wantedNames.get(path));
      }
      customElementsManifest.modules = modules.flatMap((module) => {
        if (whole.has(module.path)) return [module];
        const names = wantedNames.get(module.path);
        if (!names) return [];
        const keep = (item) => names.has(item.name);
        const declarations = (module.declarations ?? []).filter(keep);
        // Only types were wanted (they have no declarations): nothing to list.
        if (declarations.length === 0) return [];
        return [{ ...module, declarations, exports: (module.exports ?? []).filter(keep) }];
      });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.spec.ts',
    'src/**/*.stories.ts',
    'src/**/*.d.ts',
    'src/locales/**',
    'src/test-utils/**',
    'src/fixtures/**',
    'src/cdn/**', // the CDN loader: no elements of its own
    'src/react/**', // the React wrappers: generated from this manifest
  ],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; never let the analyzer rewrite it.
  packagejson: false,
  plugins: [
    circDefineCallsPlugin(),
    dropNonTagDefinitionsPlugin(),
    expandLiteralTypesPlugin(),
    dropPrivateMembersPlugin(),
    publishedPathsPlugin(),
    publicModulesOnlyPlugin(),
  ],
};
