// npm run localize — `lit-localize build`, then two repairs of the generated modules.
//
// 1. @lit/localize-tools 0.8 writes `&`, `<` and `>` of every translation into the
//    generated src/locales/*.ts as `&amp;`, `&lt;` and `&gt;` (lit/lit#5012, fix proposed
//    in #5058). That is right for html`` messages, but ours are all plain or str`` text,
//    rendered as text, so a reader would see "A&amp;E". We decode the XML entities back to
//    characters, and refuse to run if an html`` message ever appears (it needs the escapes).
// 2. The generated files import `str` from @lit/localize. In the CDN build that shared
//    import becomes a separate chunk the main bundle must import, so it would no longer be
//    one self-contained file. `str` only tags a template (as @lit/localize's
//    internal/str-tag.js does), so each locale module gets its own copy and imports nothing.
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
const strImport = "import {str} from '@lit/localize';";
const localStr = [
  '// Same as str in @lit/localize (internal/str-tag.js), so this file imports nothing.',
  'const str = (strings: TemplateStringsArray, ...values: unknown[]) =>',
  '  ({ strTag: true as const, strings, values });',
].join('\n');

for (const name of readdirSync(outputDir).filter((file) => file.endsWith('.ts'))) {
  const file = path.join(outputDir, name);
  const source = readFileSync(file, 'utf8');
  if (/\bhtml`/.test(source)) {
    console.error(`${name} has an html\`\` message: its escapes must stay; decode selectively.`);
    process.exit(1);
  }
  const decoded = source.replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => entities[entity]);
  writeFileSync(file, decoded.replace(strImport, localStr));
}
