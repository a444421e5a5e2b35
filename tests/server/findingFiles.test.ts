import type pg from 'pg';
import { inject } from 'vitest';
import { migrate, readMigrations } from '../../server/db/migrate';
import { pgPlans } from '../../server/store/pgPlans';
import { createPgStore } from '../../server/store/pgStore';
import type { Finding } from '../../src/domain/schemas/finding';
import { EXECUTIVE, PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { adminQuery, testPool } from './database';
import { jpeg, pdf, type Sample } from './evidenceSamples';
import { startTestServer } from './testServer';

// A finding's files in PostgreSQL (migration 007): an agency's update files come through the
// migration as they were, each file has exactly one owner, a finding's go with it, and the
// server sends them back as it sends an update's.

const admin = (sql: string) => adminQuery(inject('pgUrl'), sql);

const FINDING = (): Finding => {
  const [finding] = seedData().findings;
  if (!finding) throw new Error('the seed has no finding');
  return finding;
};
const blobsOf = (files: Sample[]) => files.map((f) => new Blob([f.bytes]));

describe('migration 007 on a database of version 6', () => {
  const name = `t_v6_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let pool: pg.Pool;
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    pool = testPool(inject('pgUrl').replace(/\/postgres$/, `/${name}`));
  });
  afterAll(async () => {
    await pool.end();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('keeps every update file as it was, and from then on each file has exactly one owner', async () => {
    const before = readMigrations().filter((m) => m.version < '007');
    expect(before.map((m) => m.version).at(-1)).toBe('006_evidence');
    await migrate(pool, before);
    const photo = jpeg('ภาพการอบรม.jpg');
    const { ref } = photo;
    await pool.query(`INSERT INTO progress_updates (id, measure_id, date, created_at, doc) VALUES ('upd-1', 'msr-1', '2026-11-20', now(), '{}')`);
    await pool.query(
      `INSERT INTO evidence_files (id, update_id, name, type, size, sha256, width, height, content) VALUES ($1, 'upd-1', $2, $3, $4, $5, $6, $7, $8)`,
      [ref.id, ref.name, ref.type, ref.size, ref.sha256, ref.width, ref.height, Buffer.from(photo.bytes)],
    );

    expect(await migrate(pool)).toContain('007_finding_evidence');
    const { rows } = await pool.query<{ update_id: string; finding_id: string | null; content: Buffer; sha256: string }>(
      'SELECT update_id, finding_id, content, sha256 FROM evidence_files',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ update_id: 'upd-1', finding_id: null, sha256: ref.sha256 });
    expect(new Uint8Array(rows[0]?.content ?? [])).toEqual(photo.bytes);
    const read = await createPgStore({ pool, actor: () => PLANNER }).readEvidence(ref.id);
    expect(read.file).toEqual(ref);

    await pool.query(`INSERT INTO findings (id, assessment_id, doc) VALUES ('fnd-1', 'asm-1', '{}')`);
    const insert = (id: string, updateId: string | null, findingId: string | null) =>
      pool.query(`INSERT INTO evidence_files (id, update_id, finding_id, name, type, size, sha256, content) VALUES ($1, $2, $3, 'a.pdf', 'pdf', 1, $4, '\\x25')`, [
        id,
        updateId,
        findingId,
        'b'.repeat(64),
      ]);
    await expect(insert('f-none', null, null)).rejects.toMatchObject({ code: '23514' });
    await expect(insert('f-both', 'upd-1', 'fnd-1')).rejects.toMatchObject({ code: '23514' });
    await expect(insert('f-orphan', null, 'fnd-missing')).rejects.toMatchObject({ code: '23503' });
    await insert('f-finding', null, 'fnd-1');
    // A restore deletes the findings it replaces: their files go with them, an update's stay.
    await pool.query(`DELETE FROM findings WHERE id = 'fnd-1'`);
    expect((await pool.query<{ id: string }>('SELECT id FROM evidence_files ORDER BY id')).rows.map((r) => r.id)).toEqual([ref.id]);
    const plan = await pool.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'evidence_files'`);
    expect(plan.rows.map((r) => r.indexname)).toContain('evidence_files_by_finding');
  });
});

describe('a finding’s files through the server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const read = (id: string, as = EXECUTIVE) => server.fetchAs(() => as)(`${server.base}/api/v1/evidence/${encodeURIComponent(id)}`);

  it('sends a finding’s file back as an update’s, to any signed-in person, and counts it in the space used', async () => {
    const files = [jpeg('หน้าเว็บไซต์.jpg'), pdf('หนังสือแจ้งผล.pdf')];
    const store = createPgStore({ pool: server.db.pool, actor: () => PLANNER });
    const used = (await store.evidenceUsage()).used;
    await store.saveFinding({ ...FINDING(), files: files.map((f) => f.ref) }, { files: blobsOf(files) });

    const [photo, letter] = files as [Sample, Sample];
    const image = await read(photo.ref.id);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-disposition')).toMatch(new RegExp(`^inline; filename="[^"]+"; filename\\*=UTF-8''${encodeURIComponent(photo.ref.name)}$`));
    expect(image.headers.get('etag')).toBe(`"${photo.ref.sha256}"`);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(photo.bytes);
    const document = await read(letter.ref.id);
    expect(document.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await document.arrayBuffer())).toEqual(letter.bytes);

    const signedOut = await fetch(`${server.base}/api/v1/evidence/${encodeURIComponent(photo.ref.id)}`);
    expect(signedOut.status).toBe(401);
    const usage = (await (await server.fetchAs(() => PLANNER)(`${server.base}/api/v1/evidence-usage`)).json()) as { used: number };
    expect(usage.used - used).toBe(photo.ref.size + letter.ref.size);
  });

  it('saves a finding as JSON, as before, and a JSON save that lists no files deletes the kept ones', async () => {
    const files = [pdf('บันทึก.pdf')];
    const store = createPgStore({ pool: server.db.pool, actor: () => PLANNER });
    await store.saveFinding({ ...FINDING(), files: files.map((f) => f.ref) }, { files: blobsOf(files) });
    const put = (finding: Finding) =>
      server.fetchAs(() => PLANNER)(`${server.base}/api/v1/findings/${encodeURIComponent(finding.id)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(finding),
      });
    const kept = await put({ ...FINDING(), title: 'แก้หัวข้อ', files: files.map((f) => f.ref) });
    expect(kept.status).toBe(200);
    expect((await read(files[0]?.ref.id ?? '')).status).toBe(200);
    expect((await put(FINDING())).status).toBe(200);
    expect((await read(files[0]?.ref.id ?? '')).status).toBe(404);
  });
});

describe('a finding’s files against the quota', () => {
  const QUOTA = 50_000;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('lets only one of two findings through when each fits alone but not both, keeping nothing of the other', async () => {
    const plans = pgPlans(server.db.pool, () => PLANNER, QUOTA);
    const [first, second] = seedData().findings as [Finding, Finding];
    const files = [pdf('ข้อบกพร่องแรก.pdf', 30_000), pdf('ข้อบกพร่องที่สอง.pdf', 30_000)] as [Sample, Sample];
    const saves = await Promise.allSettled([
      plans.saveFinding({ ...first, files: [files[0].ref] }, { files: blobsOf([files[0]]) }),
      plans.saveFinding({ ...second, files: [files[1].ref] }, { files: blobsOf([files[1]]) }),
    ]);
    expect(saves.map((s) => s.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = saves.find((s) => s.status === 'rejected');
    expect(refused?.reason).toMatchObject({
      detail: { kind: 'validation', fields: [expect.objectContaining({ path: 'files', code: 'evidence.agency.overQuota', values: { used: 30_000, adding: 30_000, limit: QUOTA } })] },
    });
    const { rows } = await server.db.pool.query<{ finding_id: string }>('SELECT finding_id FROM evidence_files');
    expect(rows).toHaveLength(1);
    const kept = saves[0]?.status === 'fulfilled' ? first : second;
    expect(rows[0]?.finding_id).toBe(kept.id);
    const listed = await plans.listFindings(kept.assessmentId);
    expect(listed.filter((f) => (f.files ?? []).length > 0).map((f) => f.id)).toEqual([kept.id]);
  });
});
