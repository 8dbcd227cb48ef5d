// The three test engines as Debian 12 ships them, and the WTR_BROWSERS selection.
// Shared by web-test-runner.config.mjs and scripts/ensure-browsers.mjs so the check
// before a run and the run itself agree on names, paths and Debian packages.
// Plain Node, no dependencies: ensure-browsers runs before `npm ci`.
import { accessSync, constants, readdirSync } from 'node:fs';
import path from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const CHROMIUM_BIN = '/usr/bin/chromium';
export const FIREFOX_BIN = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_BIN = '/usr/bin/WebKitWebDriver';

/** Parses WTR_BROWSERS ("chromium,firefox,webkit", any subset); empty means all three. */
export function selectedEngines(value = process.env.WTR_BROWSERS) {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) return [...ENGINES];
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `WTR_BROWSERS: unknown engine "${unknown.join('", "')}"; use a comma-separated subset of ${ENGINES.join(',')}`,
    );
  }
  return ENGINES.filter((name) => names.includes(name));
}

export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** First executable `name` on PATH, or undefined. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/**
 * WebKitGTK's MiniBrowser is not on PATH: libwebkit2gtk-4.1-0 puts it under the
 * multiarch lib dir (/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser on amd64),
 * so look it up for whatever architecture CI runs on.
 */
export function findMiniBrowser() {
  let triplets = [];
  try {
    triplets = readdirSync('/usr/lib').filter((dir) => dir.endsWith('-linux-gnu'));
  } catch {
    return undefined;
  }
  for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
    for (const triplet of triplets) {
      const candidate = path.join('/usr/lib', triplet, api, 'MiniBrowser');
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** MiniBrowser needs an X display; without DISPLAY the WebKit launcher starts Xvfb. */
export function needsXvfb(env = process.env) {
  return !env.DISPLAY && !env.WAYLAND_DISPLAY;
}
