// Fails when src/base/version.ts and package.json disagree: define() compares versions,
// so a stale constant would hide a real version clash on a partner's page.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const source = readFileSync(new URL('../src/base/version.ts', import.meta.url), 'utf8');
const match = /VERSION = '([^']+)'/.exec(source);

if (!match || match[1] !== pkg.version) {
  console.error(
    `src/base/version.ts says ${match?.[1] ?? 'nothing'}, package.json says ${pkg.version}: make them equal.`,
  );
  process.exit(1);
}
console.log(`version ${pkg.version} is consistent`);
