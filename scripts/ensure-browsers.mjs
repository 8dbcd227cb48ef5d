// Checks that the browser engines the test suite uses are installed, before `wtr` runs.
// Tests use Debian's own Chromium, Firefox ESR and WebKitGTK (no test tool may download
// a browser here). As root on Debian it installs exactly the missing packages; anywhere
// else it says what to install and fails. Prints one line per engine for the CI log.
// Honours WTR_BROWSERS like the test config. Plain Node, no dependencies (runs before
// `npm ci`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  CHROMIUM_BIN,
  FIREFOX_BIN,
  WEBKIT_DRIVER_BIN,
  findMiniBrowser,
  isExecutable,
  needsXvfb,
  selectedEngines,
  which,
} from './wtr/engines.mjs';

let engines;
try {
  engines = selectedEngines();
} catch (error) {
  console.error(`ensure-browsers: ${error.message}`);
  process.exit(1);
}

// What each selected engine needs, and the Debian package that provides it.
const requirements = [
  { engine: 'chromium', name: 'Chromium', pkg: 'chromium', find: () => executable(CHROMIUM_BIN) },
  {
    engine: 'firefox',
    name: 'Firefox ESR',
    pkg: 'firefox-esr',
    find: () => executable(FIREFOX_BIN),
  },
  {
    engine: 'webkit',
    name: 'WebKitWebDriver',
    pkg: 'webkit2gtk-driver',
    find: () => executable(WEBKIT_DRIVER_BIN),
  },
  // MiniBrowser ships in libwebkit2gtk-4.1-0, which webkit2gtk-driver depends on
  {
    engine: 'webkit',
    name: 'WebKitGTK MiniBrowser',
    pkg: 'webkit2gtk-driver',
    find: findMiniBrowser,
  },
  { engine: 'webkit', name: 'Xvfb', pkg: 'xvfb', find: () => which('Xvfb'), onlyIf: needsXvfb },
].filter((req) => engines.includes(req.engine) && (req.onlyIf?.() ?? true));

function executable(file) {
  return isExecutable(file) ? file : undefined;
}

function missingRequirements() {
  return requirements.filter((req) => !req.find());
}

function run(command, args, env) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(
      `ensure-browsers: \`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
    process.exit(1);
  }
}

/** First line a command prints on stdout, or undefined (stderr is noise here). */
function firstLine(command, args) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 30_000,
  });
  return result.status === 0 ? result.stdout.trim().split('\n')[0]?.trim() || undefined : undefined;
}

function debianVersion(pkg) {
  return firstLine('dpkg-query', ['--show', '--showformat=${Version}\\n', pkg]);
}

function report() {
  if (engines.includes('chromium')) {
    console.log(
      `Chromium: ${firstLine(CHROMIUM_BIN, ['--version']) ?? 'version unknown'} (${CHROMIUM_BIN})`,
    );
  }
  if (engines.includes('firefox')) {
    console.log(
      `Firefox:  ${firstLine(FIREFOX_BIN, ['--version']) ?? 'version unknown'} (${FIREFOX_BIN})`,
    );
  }
  if (engines.includes('webkit')) {
    // MiniBrowser --version needs an X display; the package version is the WebKitGTK one
    const version = debianVersion('webkit2gtk-driver');
    const display = needsXvfb()
      ? `, Xvfb ${which('Xvfb')}`
      : `, DISPLAY=${process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY}`;
    console.log(
      `WebKit:   WebKitGTK ${version ?? 'version unknown'} (${findMiniBrowser()} via ${WEBKIT_DRIVER_BIN}${display})`,
    );
  }
}

let missing = missingRequirements();
if (missing.length > 0) {
  const packages = [...new Set(missing.map((req) => req.pkg))];
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = process.getuid?.() === 0;
  console.log(`ensure-browsers: missing ${missing.map((req) => req.name).join(', ')}`);
  if (!isDebian || !isRoot) {
    const found = requirements
      .filter((req) => !missing.includes(req))
      .map((req) => `${req.name} (${req.find()})`);
    console.error(`Found: ${found.length > 0 ? found.join(', ') : 'none'}`);
    console.error(
      isDebian
        ? `Install them as root: apt-get install -y ${packages.join(' ')}`
        : `Install the Debian packages ${packages.join(', ')} or their equivalents (the tests expect Debian 12 paths: ` +
            `${CHROMIUM_BIN}, ${FIREFOX_BIN}, ${WEBKIT_DRIVER_BIN}, /usr/lib/<arch>-linux-gnu/webkit2gtk-4.1/MiniBrowser)`,
    );
    console.error('Or run fewer engines, e.g. WTR_BROWSERS=chromium');
    process.exit(1);
  }
  const apt = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q', '-o', 'DPkg::Lock::Timeout=300'], apt);
  run(
    'apt-get',
    ['install', '-y', '-q', '-o', 'Dpkg::Use-Pty=0', '-o', 'DPkg::Lock::Timeout=300', ...packages],
    apt,
  );
  missing = missingRequirements();
  if (missing.length > 0) {
    console.error(
      `ensure-browsers: still missing after apt-get: ${missing.map((req) => req.name).join(', ')}`,
    );
    process.exit(1);
  }
}
report();
