import type { Context, Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPage } from './appPage';
import { loadStaticFiles, sendFile, staticFile, type StaticFile } from './http/staticFiles';

/** The build, read once at the start: the page as served (its hashes go into the CSP) and every file. */
export interface StaticSite {
  page: string;
  pageFile: StaticFile;
  files: Map<string, StaticFile>;
}

export function loadStaticSite(staticRoot: string): StaticSite {
  // The app learns from its page that it talks to this server: sign-in, no browser storage.
  const page = appPage(readFileSync(join(staticRoot, 'index.html'), 'utf8'));
  return { page, pageFile: staticFile(new TextEncoder().encode(page), 'text/html; charset=utf-8'), files: loadStaticFiles(staticRoot) };
}

// Hashed names change with their content, so a browser keeps them for good; everything else
// (the page, the service workers, the icon) is checked with the server at each use.
const FOREVER = 'public, max-age=31536000, immutable';
const CHECK = 'no-cache';

/** The app's production build, from the same origin as the API, compressed. */
export function addStaticSite(app: Hono, { pageFile, files }: StaticSite): void {
  const index = (c: Context) => sendFile(c, pageFile, CHECK);
  app.get('/', index);
  app.get('/index.html', index);
  app.get('/assets/*', (c) => {
    const file = files.get(c.req.path);
    // A file of a build that is gone (a tab open across an update) is missing, not the app's page.
    return file ? sendFile(c, file, FOREVER) : c.text('Not found', 404);
  });
  app.get('*', (c) => {
    const file = files.get(c.req.path);
    return file ? sendFile(c, file, CHECK) : index(c);
  });
}
