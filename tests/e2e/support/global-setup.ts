import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CSP_HEADERS, serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's address, e.g. `http://127.0.0.1:41234/masari/`. */
    baseUrl: string;
  }
}

/** Serves the production build (`dist/`) under `/masari/` for the whole e2e run, under the CSP. */
export default async function setup(project: TestProject) {
  const dist = resolve('dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('No build in dist/: run `npm run build` first (npm run test:e2e does).');
  }
  const server = await serveStatic(dist, '/masari/', CSP_HEADERS);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
