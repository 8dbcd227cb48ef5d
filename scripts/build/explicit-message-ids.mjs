// A Vite plugin for the CDN builds (issue 12): @lit/localize without its id hashing.
//
// In runtime mode `msg()` looks a message up by its `id` option, or, when a call has
// none, by a hash of its text (`generateMsgId`, with an FNV-1a implementation): about
// 0.35 KB gzip in every CDN file that holds Lit, used by no message of ours. Every
// `msg()` call of ours gives its id, and this plugin makes sure of it:
//
// - each of our modules (`src/`, not tests) is parsed, and a `msg()` call whose second
//   argument is not an object literal with an `id` fails the build, naming the file and
//   the call;
// - `@lit/localize`'s own import of `./id-generation.js` resolves to a module whose
//   `generateMsgId` returns no id. Should a call without one reach the bundle anyway (from
//   a dependency), it finds no translation and shows its source text, as a message missing
//   from a locale module does: English, never an error.
//
// The npm build leaves @lit/localize to the partner's bundler, untouched.
import { parseAst } from 'vite';

/** Stands for `@lit/localize/internal/id-generation.js` in the CDN builds. */
const noHashing = '\0circ:msg-id-generation';

const runtimeMsg = /[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/;

/** Whether `node` (an object literal) has an `id` property. */
function hasIdProperty(node) {
  return (
    node?.type === 'ObjectExpression' &&
    node.properties.some(
      (property) =>
        property.type === 'Property' &&
        !property.computed &&
        (property.key.name === 'id' || property.key.value === 'id'),
    )
  );
}

/**
 * The `msg()` calls in `code` (JavaScript) without an explicit id, each as the source
 * text of the call, shortened.
 */
export function callsWithoutId(code) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'msg' &&
      !hasIdProperty(node.arguments[1])
    ) {
      found.push(code.slice(node.start, Math.min(node.end, node.start + 80)));
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

/**
 * The plugins: the check of our `msg()` calls (after TypeScript), and the id generation
 * without hashing (resolved before Vite's own resolver would find the real file).
 * `srcDir`: our sources, whose `msg()` calls must each give an id.
 */
export function explicitMessageIds({ srcDir }) {
  const ours = (id) => id.startsWith(srcDir) && !/\.(test|stories)\.ts$/.test(id);
  const withoutHashing = {
    name: 'circ:msg-ids-without-hashing',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer && runtimeMsg.test(importer)) {
        return noHashing;
      }
      return null;
    },
    load(id) {
      if (id !== noHashing) return null;
      return 'export const generateMsgId = () => "";\n';
    },
  };
  const check = {
    name: 'circ:explicit-message-ids',
    transform(code, id) {
      if (!ours(id) || !code.includes('msg(')) return null;
      const missing = callsWithoutId(code);
      if (missing.length > 0) {
        this.error(
          `${id}: msg() without an explicit { id } (the CDN builds look messages up by id only): ${missing.join('; ')}`,
        );
      }
      return null;
    },
  };
  return [withoutHashing, check];
}
