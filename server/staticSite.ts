import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appPage } from './appPage';

/** The app's production build, from the same origin as the API. */
export function addStaticSite(app: Hono, staticRoot: string): void {
  // The app learns from its page that it talks to this server: sign-in, no browser storage.
  const page = appPage(readFileSync(join(staticRoot, 'index.html'), 'utf8'));
  const index = (c: Context) => c.html(page, 200, { 'Cache-Control': 'no-cache' });
  app.get('/', index);
  app.get('/index.html', index);
  app.use('/*', serveStatic({ root: staticRoot }));
  // A file of a build that is gone (a tab open across an update) is missing, not the app's page.
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.get('*', index);
}
