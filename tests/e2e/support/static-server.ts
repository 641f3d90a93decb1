import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../../../scripts/vite/csp';

/** Content types of the files a build holds. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The policy header a host sends with the app (docs/deploy.md). The end-to-end tests serve the
 * build with it, so that anything the policy blocks fails the test that meets it (a console
 * error). The schools' pages of the embedding tests come from another port: any page may frame
 * the app here.
 */
export const CSP_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy({ frameAncestors: '*' }),
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234/masari/` */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `base` (a sub-path such as `/masari/`) on a free loopback port, as a static
 * host would: the build must work from a sub-path, not only from `/`. `root` may be a function,
 * read on each request, so that a test can deploy a new version under the same address. `headers`
 * are sent with every file, as a host's configuration would (docs/deploy.md).
 */
export async function serveStatic(
  rootOrCurrent: string | (() => string),
  base = '/masari/',
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const root = typeof rootOrCurrent === 'string' ? rootOrCurrent : rootOrCurrent();
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    stat(file).then(
      (info) => {
        const path = info.isDirectory() ? join(file, 'index.html') : file;
        response.writeHead(200, {
          ...headers,
          'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        createReadStream(path).pipe(response);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
