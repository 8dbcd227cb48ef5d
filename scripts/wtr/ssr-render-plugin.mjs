// wtr command `ssr-render`: `{ fragment, locale }` rendered by circulation-elements/ssr (the
// built dist/ssr/index.js, so `npm run build` first), for the browser tests of pre-rendered
// pages and hydration. It renders in a worker thread: @lit-labs/ssr installs its DOM shim
// (customElements, HTMLElement …) on the global object, which the test runner's own
// process should not carry.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const workerSource = `
  import { parentPort, workerData } from 'node:worker_threads';
  const { renderToString } = await import(workerData.entry);
  parentPort.on('message', async ({ id, fragment, locale }) => {
    try {
      parentPort.postMessage({ id, html: await renderToString(fragment, { locale }) });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error) });
    }
  });
`;

export function ssrRenderPlugin({ rootDir }) {
  const entry = new URL('dist/ssr/index.js', `file://${rootDir}/`);
  let worker;
  let nextId = 0;
  const pending = new Map();
  const start = () => {
    worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(workerSource)}`), {
      workerData: { entry: entry.href },
    });
    worker.on('message', ({ id, html, error }) => {
      const { resolve, reject } = pending.get(id);
      pending.delete(id);
      if (error) reject(new Error(error));
      else resolve(html);
    });
    worker.unref();
  };
  return {
    name: 'circ-ssr-render-command',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      if (!existsSync(entry))
        throw new Error('ssr-render: run `npm run build` first (no dist/ssr).');
      if (!worker) start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, fragment: payload.fragment, locale: payload.locale });
      });
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
}
