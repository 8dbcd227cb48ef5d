// npm run test:consumers: the package as a partner meets it, from the tarball `npm pack`
// makes (run `npm run build` first). Three temporary projects install the tarball (and
// what each needs from the npm registry, one shared npm cache, each installed once, all
// three at the same time), are type-checked and built as a partner would, and are opened
// in headless Chromium (/usr/bin/chromium), which must show the elements rendered and an
// event reaching the app:
//
//   cdn-page  a plain HTML page with `dist/cdn/loader.js` from the installed package on a
//             <script type="module" integrity crossorigin> (hashes from
//             dist/cdn/integrity.json), its chunks under an import map's integrity; a page
//             whose loader hash is wrong must define nothing
//   vite-ts   a Vite vanilla-TypeScript app importing single-element entries, `tsc --noEmit`
//             in strict mode against our .d.ts (HTMLElementTagNameMap, HTMLElementEventMap,
//             the entries' types and emptyAnswers(), and circulation-elements/vue against
//             Vue's own types), then built and opened
//   react     a React 19 app: the wrappers from circulation-elements/react both ways round
//             (onCircResultChange before and after answers), and the plain tag typed by
//             circulation-elements/jsx, rendered before the element is defined (React writes
//             answers="[object Object]": one warning, and the app still gets events)
//
// Each project's files are in scripts/consumers/<name>/; checks.mjs holds the browser checks.
// KEEP_CONSUMERS=1 keeps the temporary folder (its path is printed) to look into a failure.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_BIN } from '../wtr/engines.mjs';
import { checks } from './checks.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const started = Date.now();
const timings = [];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** Runs a command; resolves to its output, rejects with the output on a non-zero exit. */
function run(command, args, { cwd, label }) {
  const since = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      timings.push(`${label.padEnd(36)} ${seconds(since).padStart(6)}s`);
      if (code === 0) resolve(output);
      else reject(new Error(`${label} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

for (const file of [
  'dist/index.js',
  'dist/react/index.js',
  'dist/jsx.d.ts',
  'dist/cdn/loader.js',
]) {
  if (!existsSync(`${root}${file}`)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'circ-consumers-'));
const apps = ['cdn-page', 'vite-ts', 'react'];
const problems = [];
let browser;
try {
  // The tarball, exactly as `npm publish` would send it.
  const packed = JSON.parse(
    await run('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      label: 'npm pack',
    }),
  );
  const tarball = join(work, packed[0].filename);
  console.log(
    `packed ${packed[0].filename}: ${packed[0].entryCount} files, ${packed[0].size} bytes`,
  );

  for (const app of apps) {
    cpSync(join(here, app), join(work, app), { recursive: true });
    const manifestPath = join(work, app, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.dependencies = { ...manifest.dependencies, 'circulation-elements': `file:${tarball}` };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }

  // One install per app, all at once, through the one npm cache (packages the project's
  // own `npm ci` fetched, Vite and TypeScript among them, come from it).
  await Promise.all(
    apps.map((app) =>
      run('npm', ['install', '--prefer-offline', '--no-package-lock', '--loglevel=error'], {
        cwd: join(work, app),
        label: `${app}: npm install`,
      }),
    ),
  );

  // Type-check and build each app as its partner would.
  for (const app of ['vite-ts', 'react']) {
    await run('npx', ['tsc', '--noEmit', '-p', '.'], {
      cwd: join(work, app),
      label: `${app}: tsc --noEmit`,
    });
    await run('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: join(work, app),
      label: `${app}: vite build`,
    });
  }

  browser = await puppeteer.launch({
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  for (const app of apps) {
    const since = Date.now();
    const server = await serve(join(work, app), app === 'cdn-page' ? 'cdn' : 'dist');
    try {
      for (const check of checks[app]) {
        const results = await check({ browser, url: server.url, dir: join(work, app) });
        for (const [name, ok] of Object.entries(results)) {
          console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${app}: ${name}`);
          if (!ok) problems.push(`${app}: not so: ${name}`);
        }
        if (Object.keys(results).length === 0) problems.push(`${app}: nothing was checked`);
      }
    } finally {
      server.close();
    }
    timings.push(`${`${app}: in Chromium`.padEnd(36)} ${seconds(since).padStart(6)}s`);
  }
} catch (error) {
  problems.push(error.message);
} finally {
  await browser?.close();
  if (process.env.KEEP_CONSUMERS) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\n${timings.map((line) => `  ${line}`).join('\n')}\n  total ${seconds(started)}s`);
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  'consumer apps: the packed tarball works in a plain page, Vite + TypeScript and React 19',
);
