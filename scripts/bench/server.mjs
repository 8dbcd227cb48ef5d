// The benchmark's static server, on loopback only. It computes the raw, gzip -9 and
// brotli size of every file it serves, so a page's transferred JS can be summed from
// what was actually requested.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { compressedSizes } from './sizes.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
};

/**
 * Serves `routes`: URL path prefix → directory (longest prefix wins) or exact path →
 * file. Resolves to `{ origin, sizesOf(pathname), close() }`.
 */
export async function startServer(routes) {
  const sizes = new Map();
  const resolveFile = (pathname) => {
    if (Object.hasOwn(routes.files, pathname)) return routes.files[pathname];
    const prefix = Object.keys(routes.dirs)
      .filter((candidate) => pathname.startsWith(candidate))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) return undefined;
    const dir = path.resolve(routes.dirs[prefix]);
    const file = path.resolve(dir, `.${pathname.slice(prefix.length - 1)}`);
    return file.startsWith(`${dir}${path.sep}`) ? file : undefined;
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolveFile(pathname);
    let body;
    try {
      body = file && readFileSync(file);
    } catch {
      body = undefined;
    }
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    sizes.set(pathname, compressedSizes(body));
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    sizesOf: (pathname) => sizes.get(pathname),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
