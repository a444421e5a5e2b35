import { createPgStore } from '../../server/store/pgStore';
import { OFFICE_HEAD, PLANNER, draft, progress } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { startTestServer } from './testServer';

// What the browser store gets from IndexedDB's one writer at a time, the server must get from
// PostgreSQL with many requests at once.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  await createPgStore({ pool: server.db.pool, actor: () => PLANNER }).replaceData(seedData());
});

const send = (method: string, path: string, body: unknown, actor = PLANNER) =>
  server.fetchAs(() => actor)(`${server.base}/api/v1${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

it('takes exactly one of twenty edits sent at once from the same version, and refuses the rest with 409', async () => {
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => send('PATCH', '/measures/msr-plan-1', { expectedVersion: 1, changes: { title: `ชื่อใหม่ ครั้งที่ ${i}` } })),
  );
  const statuses = responses.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(19);
  const store = createPgStore({ pool: server.db.pool, actor: () => PLANNER });
  expect((await store.getMeasure('msr-plan-1')).version).toBe(2);
  expect((await store.listAudit('msr-plan-1')).filter((e) => e.action === 'edited')).toHaveLength(1);
});

it('keeps every one of fifty progress updates sent at once, each with its audit entry', async () => {
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) => send('POST', '/measures/msr-plan-1/progress', progress({ percent: i, note: `ครั้งที่ ${i}` }), OFFICE_HEAD)),
  );
  expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
  const store = createPgStore({ pool: server.db.pool, actor: () => PLANNER });
  const notes = (await store.listProgress('msr-plan-1')).map((u) => u.note);
  for (let i = 0; i < 50; i++) expect(notes).toContain(`ครั้งที่ ${i}`);
  expect((await store.listAudit('msr-plan-1')).filter((e) => e.action === 'progress-added')).toHaveLength(50);
});

it('gives ten measures created at once ten different places in the document', async () => {
  const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => send('POST', '/measures', draft({ title: `มาตรการพร้อมกัน ${i}` }))));
  expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
  const orders = (await Promise.all(responses.map((r) => r.json() as Promise<{ order: number }>))).map((m) => m.order);
  expect(new Set(orders).size).toBe(10);
});

it('lets only one of two assessments for the same new year in, even at the same moment', async () => {
  const seed = seedData().assessments[0];
  if (!seed) throw new Error('no assessment');
  const responses = await Promise.all(
    ['asm-a', 'asm-b'].map((id) => send('PUT', `/assessments/${id}`, { ...seed, id, fiscalYear: 2570 })),
  );
  expect(responses.map((r) => r.status).sort()).toEqual([200, 400]);
});

it('lets a restore and framework saves sent at once all land: no deadlock between their table locks', async () => {
  const store = createPgStore({ pool: server.db.pool, actor: () => PLANNER });
  const data = seedData();
  const framework = data.frameworks[0];
  if (!framework) throw new Error('the seed has no framework');
  for (let round = 0; round < 6; round++) {
    const results = await Promise.allSettled([
      store.saveFramework(framework),
      store.replaceData(data),
      store.saveFramework(framework),
      store.saveFramework(framework),
    ]);
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
  }
});

it('runs a transaction PostgreSQL aborted as a deadlock again, and gives up on other errors at once', async () => {
  const { inTransaction } = await import('../../server/store/pgAccess');
  let tries = 0;
  const result = await inTransaction(server.db.pool, async (client) => {
    tries += 1;
    await client.query('SELECT 1');
    if (tries < 3) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
    return 'landed';
  });
  expect([result, tries]).toEqual(['landed', 3]);
  let failures = 0;
  await expect(
    inTransaction(server.db.pool, () => {
      failures += 1;
      return Promise.reject(Object.assign(new Error('unique violation'), { code: '23505' }));
    }),
  ).rejects.toThrow('unique violation');
  expect(failures).toBe(1);
});
