import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createServerApp } from '../../server/serverApp';

// docs/api.md is the contract a person reads: every route the server answers is in its tables,
// and every route in its tables is one the server answers.
const PREFIX = '/api/v1';
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Method and path below /api/v1, path parameters written {name} as the document writes them. */
function serverRoutes(): string[] {
  // Never connected: only the routing table is read.
  const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  const app = createServerApp({ pool, log: () => undefined });
  const routes = app.routes
    // Middleware and the catch-all 404 are registered for every method ('ALL') or with a wildcard.
    .filter((r) => METHODS.has(r.method) && r.path.startsWith(`${PREFIX}/`) && !r.path.includes('*'))
    .map((r) => `${r.method} ${r.path.slice(PREFIX.length).replace(/:(\w+)/g, '{$1}')}`);
  void pool.end();
  return [...new Set(routes)].sort();
}

/** Every row of the document's route tables: `| METHOD | \`/path?query\` | …`. */
function documentedRoutes(markdown: string): string[] {
  const rows = [...markdown.matchAll(/^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`([^`]+)`\s*\|/gm)];
  return [...new Set(rows.map(([, method, path]) => `${method} ${(path ?? '').split('?')[0]}`))].sort();
}

const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

it('reads the route tables of a document, queries left out', () => {
  expect(documentedRoutes('| method | path |\n|---|---|\n| GET | `/measures?assessmentId=` | |\n| DELETE | `/progress/{id}` | | 200 |\ntext | GET | `/not-a-row`')).toEqual([
    'DELETE /progress/{id}',
    'GET /measures',
  ]);
});

it('documents every route the server serves', () => {
  const documented = new Set(documentedRoutes(doc));
  expect(serverRoutes().filter((route) => !documented.has(route))).toEqual([]);
});

it('documents no route the server does not serve', () => {
  const served = new Set(serverRoutes());
  expect(documentedRoutes(doc).filter((route) => !served.has(route))).toEqual([]);
});

it('finds the routes it compares (the parsing has not silently gone blind)', () => {
  expect(serverRoutes()).toEqual(expect.arrayContaining(['GET /health', 'PUT /session/password', 'DELETE /progress/{id}', 'GET /measures/{id}/audit', 'GET /audit-log']));
  expect(documentedRoutes(doc).length).toBeGreaterThan(30);
});
