// A static file server on loopback for the consumer apps: a built Vite app's dist/, or the
// plain page's folder with the installed package's dist/cdn/ under
// /vendor/circulation-elements/, as a partner who self-hosts the CDN files would.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `dir/dist` (`mode: 'dist'`) or `dir` with the package's CDN files (`mode: 'cdn'`). */
export async function serve(dir, mode) {
  const mounts =
    mode === 'cdn'
      ? [
          [
            '/vendor/circulation-elements/',
            join(dir, 'node_modules/circulation-elements/dist/cdn'),
          ],
          ['/', dir],
        ]
      : [['/', join(dir, 'dist')]];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end(); // the browser asks on its own; not the app's
      return;
    }
    const [prefix, base] = mounts.find(([mount]) => path.startsWith(mount));
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
