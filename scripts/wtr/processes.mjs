// Helper processes the WebKit launcher owns (Xvfb, WebKitWebDriver), started on free
// display numbers / ports so two test runs on one machine cannot clash, and killed
// however wtr ends: normal exit, failed run, Ctrl-C, SIGTERM/SIGHUP from CI.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';

const owned = new Set();

// Each child gets its own process group (detached) so one kill also takes down what it
// started (MiniBrowser and its web processes under WebKitWebDriver).
function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export function killOwned() {
  for (const child of owned) killGroup(child);
  owned.clear();
}

// 'exit' covers wtr's own process.exit() after a run and after Ctrl-C (wtr and puppeteer
// both exit on SIGINT). SIGTERM/SIGHUP (CI timeouts, closed terminals) would end Node
// without 'exit', and puppeteer 24's own 'exit' cleanup kills only the first of our two
// puppeteer browsers (it edits its listener list while walking it). So treat them as
// Ctrl-C, whose path (puppeteer's SIGINT handler, then 'exit') stops every browser.
process.once('exit', killOwned);
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killOwned();
    process.kill(process.pid, 'SIGINT');
  });
}

/** Spawns a helper process that is killed (with its process group) when Node exits. */
export function spawnOwned(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  owned.add(child);
  child.once('exit', () => owned.delete(child));
  // detached children would keep Node's event loop alive; cleanup is explicit instead
  child.unref();
  return child;
}

export function stopOwned(child) {
  if (!child) return;
  killGroup(child);
  owned.delete(child);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last few KB a child's pipe printed, for error messages. */
export function collectOutput(stream) {
  let text = '';
  // keep draining (a full pipe would block the child) without keeping Node alive
  stream?.unref?.();
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk) => {
    text = (text + chunk).slice(-4000);
  });
  return () => text.trim();
}

/**
 * Starts Xvfb on a display number it picks itself (-displayfd writes it to fd 3 once
 * the server accepts connections) and resolves to that DISPLAY value, e.g. ":99".
 */
export function startXvfb() {
  const child = spawnOwned(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const stderr = collectOutput(child.stderr);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => fail(new Error('Xvfb did not report a display within 15 s')),
      15_000,
    );
    function fail(error) {
      clearTimeout(timer);
      stopOwned(child);
      reject(new Error(`${error.message}\n${stderr()}`));
    }
    const exitedEarly = (code) => fail(new Error(`Xvfb exited (${code}) before it was ready`));
    child.once('error', fail);
    child.once('exit', exitedEarly);
    child.stdio[3].setEncoding('utf8');
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      const match = /^(\d+)\n/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', exitedEarly);
      child.stdio[3].destroy();
      resolve({ child, display: `:${match[1]}` });
    });
  });
}

function answers(url) {
  return new Promise((resolve) => {
    const request = get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.setTimeout(2_000, () => request.destroy());
    request.once('error', () => resolve(false)); // not listening yet
  });
}

/** Polls a WebDriver server's /status until it answers or `timeoutMs` passes. */
export async function waitForWebDriver(url, child, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `WebDriver server exited (${child.exitCode ?? child.signalCode}) before it was ready`,
      );
    }
    if (await answers(`${url}/status`)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebDriver server at ${url} did not answer within ${timeoutMs / 1000} s`);
}
