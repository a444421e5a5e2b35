import { createAccounts, LOCK_AFTER_FAILURES } from '../../server/auth/accounts';
import { createPgStore } from '../../server/store/pgStore';
import { PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { freshDatabase } from './database';

// The rules of accounts and records that only show with PostgreSQL itself: tries at the same
// moment, time passing, and records that cannot be read.
let db: Awaited<ReturnType<typeof freshDatabase>>;
let clock = new Date('2026-12-04T08:00:00Z');
const accounts = () => createAccounts(db.pool, () => clock);
const PASSWORD = 'รหัสผ่านทดสอบ-2565';

beforeAll(async () => {
  db = await freshDatabase();
  await createPgStore({ pool: db.pool, actor: () => PLANNER }).replaceData(seedData());
});
afterAll(() => db.drop());

it('checks no more than the allowed tries of a burst sent at once, so the right password at the end of one is refused', async () => {
  await accounts().create({ username: 'burst', name: 'ผู้ถูกเดารหัสพร้อมกัน', role: 'executive', unitId: null, password: PASSWORD });
  const tries = [...Array.from({ length: 20 }, (_, i) => accounts().signIn('burst', `wrong ${i}`)), accounts().signIn('burst', PASSWORD)];
  const results = await Promise.all(tries);
  expect(results.filter((r) => r.ok)).toHaveLength(0);
  expect(results.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
  expect(results.filter((r) => !r.ok && r.reason === 'wrong')).toHaveLength(LOCK_AFTER_FAILURES - 1);
});

it('starts the count again when a lock runs out: one typo after it does not lock the account again', async () => {
  await accounts().create({ username: 'typo', name: 'ผู้พิมพ์ผิด', role: 'executive', unitId: null, password: PASSWORD });
  for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await accounts().signIn('typo', 'wrong');
  expect(await accounts().signIn('typo', PASSWORD)).toMatchObject({ ok: false, reason: 'locked' });
  clock = new Date(clock.getTime() + 16 * 60_000);
  expect(await accounts().signIn('typo', 'wrong once')).toMatchObject({ ok: false, reason: 'wrong' });
  expect(await accounts().signIn('typo', PASSWORD)).toMatchObject({ ok: true });
});

it('keeps a session in use alive past its first twelve hours, and ends one left alone', async () => {
  await accounts().create({ username: 'daily', name: 'ผู้ใช้ทุกวัน', role: 'executive', unitId: null, password: PASSWORD });
  const used = await accounts().signIn('daily', PASSWORD);
  const idle = await accounts().signIn('daily', PASSWORD);
  if (!used.ok || !idle.ok) throw new Error('sign-in failed');
  clock = new Date(clock.getTime() + 3 * 3_600_000);
  expect(await accounts().fromSession(used.token)).not.toBeNull();
  clock = new Date(clock.getTime() + 10 * 3_600_000);
  expect(await accounts().fromSession(used.token)).not.toBeNull();
  expect(await accounts().fromSession(idle.token)).toBeNull();
});

it('leaves an unreadable record out of lists and backups, reports it, and keeps one copy of it however often it is met', async () => {
  await db.pool.query("INSERT INTO measures (id, assessment_id, version, doc) VALUES ('msr-broken', 'asm-2565', 1, $1)", [JSON.stringify({ id: 'msr-broken', title: 42 })]);
  const store = createPgStore({ pool: db.pool, actor: () => PLANNER });
  expect((await store.listMeasures('asm-2565')).map((m) => m.id)).not.toContain('msr-broken');
  const backup = await store.exportData();
  expect(backup.measures.map((m) => m.id)).not.toContain('msr-broken');
  expect(backup.measures.length).toBeGreaterThan(0);
  await expect(store.getMeasure('msr-broken')).rejects.toThrow('อ่านข้อมูลในฐานข้อมูลของเซิร์ฟเวอร์ไม่ได้');
  // A write that meets it rolls back, but the copy of what was found is kept.
  await expect(store.updateMeasure('msr-broken', 1, { title: 'ซ่อม' })).rejects.toThrow();
  const problems = await store.listProblems();
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ collection: 'measures', key: 'msr-broken', raw: { id: 'msr-broken', title: 42 } });
  expect(problems[0]?.message).toContain('อ่านข้อมูลมาตรการ รหัส "msr-broken" ไม่ได้');
  // A restore replaces the records; the copy stays.
  await store.replaceData(seedData());
  expect(await store.listProblems()).toHaveLength(1);
});

it('forgets wrong passwords a day old, for an account exactly as for a name with no account', async () => {
  await accounts().create({ username: 'slow-typist', name: 'ผู้พิมพ์ผิดนาน ๆ ครั้ง', role: 'executive', unitId: null, password: PASSWORD });
  const answers: Record<string, string[]> = { 'slow-typist': [], 'no-account-here': [] };
  for (const name of Object.keys(answers)) {
    clock = new Date('2026-12-04T08:00:00Z');
    for (let i = 0; i < 4; i++) {
      const result = await accounts().signIn(name, `wrong ${i}`);
      answers[name]?.push(result.ok ? 'ok' : result.reason);
    }
    // A day and an hour later: the four are forgotten, so four more lock only at the fifth.
    clock = new Date('2026-12-05T09:00:00Z');
    for (let i = 0; i < 5; i++) {
      const result = await accounts().signIn(name, `later ${i}`);
      answers[name]?.push(result.ok ? 'ok' : result.reason);
    }
  }
  expect(answers['no-account-here']).toEqual(answers['slow-typist']);
  expect(answers['slow-typist']).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'locked']);
});
