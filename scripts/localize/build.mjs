// npm run localize — `lit-localize build`, then undo its over-escaping.
//
// @lit/localize-tools 0.8 writes `&`, `<` and `>` of every translation into the generated
// src/locales/*.ts as `&amp;`, `&lt;` and `&gt;` (lit/lit#5012, fix proposed in #5058).
// That is right for html`` messages, but ours are all plain or str`` text, rendered as
// text, so a reader would see "A&amp;E". We decode the XML entities back to characters,
// and refuse to run if an html`` message ever appears (it would need the escapes).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
const outputDir = path.join(root, config.output.outputDir);

const build = spawnSync('npx', ['lit-localize', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const entities = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };
for (const name of readdirSync(outputDir).filter((file) => file.endsWith('.ts'))) {
  const file = path.join(outputDir, name);
  const source = readFileSync(file, 'utf8');
  if (/\bhtml`/.test(source)) {
    console.error(`${name} has an html\`\` message: its escapes must stay; decode selectively.`);
    process.exit(1);
  }
  writeFileSync(
    file,
    source.replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => entities[entity]),
  );
}
