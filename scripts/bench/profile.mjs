// Self time per function in a V8 CPU profile (CDP Profiler.stop), mapped through the
// source maps of the served bundles to the original file, line and name.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';

/**
 * Top `limit` functions by self time, our functions by total time, and self time by
 * kind. `fileForUrl(url)` gives the local path of a served script (its `.map` is read
 * from beside it), or undefined; `sourcesDir(file)` the directory its map's relative
 * sources start from, when the file was copied away from where it was built.
 */
export function topSelfTime(profile, { fileForUrl, sourcesDir, root, limit = 15 }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = ({ callFrame }) =>
    `${callFrame.functionName}|${callFrame.url}|${callFrame.lineNumber}|${callFrame.columnNumber}`;
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  // A sample lasts until the next one (DevTools counts it the same way).
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const micros = profile.timeDeltas[i + 1];
    total += micros;
    const node = byId.get(profile.samples[i]);
    const entry = self.get(keyOf(node)) ?? { callFrame: node.callFrame, micros: 0 };
    entry.micros += micros;
    self.set(keyOf(node), entry);
    // Inclusive time: once per function on the stack, however often it recurses.
    const onStack = new Set();
    for (let id = node.id; id !== undefined; id = parentOf.get(id)) {
      const frame = byId.get(id);
      if (onStack.has(keyOf(frame))) continue;
      onStack.add(keyOf(frame));
      const sum = inclusive.get(keyOf(frame)) ?? { callFrame: frame.callFrame, micros: 0 };
      sum.micros += micros;
      inclusive.set(keyOf(frame), sum);
    }
  }
  const report = ({ callFrame, micros }) => ({
    selfMs: micros / 1000,
    share: micros / total,
    ...describe(callFrame, fileForUrl(callFrame.url), root, sourcesDir),
  });
  const bySelf = [...self.values()].sort((a, b) => b.micros - a.micros).map(report);
  const buckets = {};
  for (const entry of bySelf) {
    const bucket = entry.where === '(native)' ? entry.name : bucketOf(entry.where);
    buckets[bucket] = (buckets[bucket] ?? 0) + entry.selfMs;
  }
  // Our own functions by inclusive time: what each costs with everything it calls.
  const ours = [...inclusive.values()]
    .filter(({ callFrame }) => callFrame.url)
    .sort((a, b) => b.micros - a.micros)
    .map(({ callFrame, micros }) => ({
      totalMs: micros / 1000,
      share: micros / total,
      ...describe(callFrame, fileForUrl(callFrame.url), root, sourcesDir),
    }))
    .filter((entry) => entry.where.startsWith('src/'))
    .slice(0, limit);
  return { totalMs: total / 1000, top: bySelf.slice(0, limit), buckets, oursInclusive: ours };
}

/** Groups mapped self time: our source, Lit, or another script. */
function bucketOf(where) {
  if (where.startsWith('src/')) return 'our code (src/)';
  if (
    /(^|\/)(lit-html|lit-element|@lit|reactive-element)\b|^node_modules\/(lit|@lit)/.test(where)
  ) {
    return 'Lit';
  }
  return 'other script';
}

const maps = new Map();

/** The source map beside `file` (`file.map`), parsed once; undefined if there is none. */
function mapBeside(file, dir = path.dirname(file)) {
  if (!maps.has(file)) {
    let map;
    if (existsSync(`${file}.map`)) {
      const payload = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
      map = { sourceMap: new SourceMap(payload), payload, dir };
    }
    maps.set(file, map);
  }
  return maps.get(file);
}

/**
 * Where a profiled function comes from. Follows the bundle's map, then the map of the
 * file it leads to when that file ships one (Lit's published files are minified and map
 * to Lit's TypeScript), and quotes the original line from the map's sourcesContent.
 */
function describe(callFrame, file, root, sourcesDir = path.dirname) {
  const described = {
    name: callFrame.functionName || '(anonymous)',
    where: callFrame.url
      ? `${new URL(callFrame.url).pathname}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`
      : '(native)',
  };
  if (!file || callFrame.lineNumber < 0) return described;
  let position = { file, line: callFrame.lineNumber, column: callFrame.columnNumber };
  let found;
  for (let depth = 0; depth < 3; depth++) {
    const map = depth === 0 ? mapBeside(file, sourcesDir(file)) : mapBeside(position.file);
    const entry = map?.sourceMap.findEntry(position.line, position.column);
    if (!entry?.originalSource) break;
    const index = map.payload.sources.indexOf(entry.originalSource);
    found = {
      name: entry.name ?? found?.name,
      file: path.resolve(map.dir, map.payload.sourceRoot ?? '', entry.originalSource),
      line: entry.originalLine,
      column: entry.originalColumn,
      code: map.payload.sourcesContent?.[index]?.split('\n')[entry.originalLine],
    };
    position = found;
  }
  if (!found) return described;
  return {
    name: found.name ?? described.name,
    where: `${path.relative(root, found.file)}:${found.line + 1}`,
    generated: described.where,
    code: (found.code ?? '').trim().slice(0, 100),
  };
}
