// npm run release:check: everything short of publishing. Builds, runs the whole test
// suite (`npm test`), then packs exactly what `npm publish` would upload into a new
// temporary folder and prints its size and file count. It never publishes, and nothing
// publishes from CI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args, options = {}) {
  console.log(`\n== npm ${args.join(' ')}`);
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`release:check: npm ${args.join(' ')} failed; nothing was packed.`);
    process.exit(result.status ?? 1);
  }
  return result;
}

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

run(['run', 'build']);
run(['test']);

// `npm pack` makes the same tarball as `npm publish` (same `files`, same lifecycle
// scripts), into a folder of its own so nothing in the checkout changes.
const destination = mkdtempSync(join(tmpdir(), 'circulation-elements-release-'));
console.log(`\n== npm pack --pack-destination ${destination}`);
const packed = spawnSync(npm, ['pack', '--json', '--pack-destination', destination], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (packed.status !== 0) {
  console.error('release:check: npm pack failed.');
  process.exit(packed.status ?? 1);
}
const [tarball] = JSON.parse(packed.stdout);

const status = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
const uncommitted = status.status === 0 && status.stdout.trim() !== '';

console.log(`
release:check passed: built, tested and packed. Nothing was published.

  ${tarball.id}
  tarball:  ${join(destination, tarball.filename)}
  packed:   ${kilobytes(tarball.size)}
  unpacked: ${kilobytes(tarball.unpackedSize)}
  files:    ${tarball.entryCount}
  ${tarball.integrity}`);
if (uncommitted) {
  console.log('\n  Note: the checkout has uncommitted changes; the tarball includes them.');
}
