import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createServerApp } from '../../../server/serverApp';

// docs/reminders.md's route table (to be folded into docs/api.md) names exactly the reminder
// routes the server answers, written as docs/api.md writes them.
const doc = readFileSync(new URL('../../../docs/reminders.md', import.meta.url), 'utf8');

it('documents every reminder route the server serves, and no other', () => {
  // Never connected: only the routing table is read.
  const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  const served = createServerApp({ pool, log: () => undefined })
    .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/v1/reminders'))
    .map((r) => `${r.method} ${r.path.slice('/api/v1'.length)}`);
  void pool.end();
  const documented = [...doc.matchAll(/^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`([^`]+)`\s*\|/gm)].map(([, method, path]) => `${method} ${(path ?? '').split('?')[0]}`);
  expect(served.length).toBe(6);
  expect([...new Set(documented)].sort()).toEqual([...new Set(served)].sort());
});
