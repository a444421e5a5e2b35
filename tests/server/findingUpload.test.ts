import type { Finding } from '../../src/domain/schemas/finding';
import { PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { jpeg, pdf, type Sample } from './evidenceSamples';
import { startTestServer } from './testServer';

// A finding sent with its new files as multipart to the whole server on PostgreSQL: the body
// limit of an update's files, the agency's quota (413, nothing kept), and parts refused.
const QUOTA = 100_000;
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ evidenceQuotaBytes: QUOTA });
});
afterAll(() => server.close());
beforeEach(async () => {
  await server.db.pool.query('DELETE FROM evidence_files');
});

const FINDING = (): Finding => {
  const [finding] = seedData().findings;
  if (!finding) throw new Error('the seed has no finding');
  return finding;
};

/** The finding listing `refs`, and a part for each of `files` (the new ones), as the HTTP store sends it. */
function findingForm(finding: Finding, files: Sample[], extra: [string, Blob][] = []): FormData {
  const form = new FormData();
  form.append('finding', JSON.stringify(finding));
  for (const f of files) form.append(f.ref.id, new Blob([f.bytes], { type: 'application/octet-stream' }), f.ref.name);
  for (const [name, blob] of extra) form.append(name, blob, name);
  return form;
}
const put = (form: FormData) =>
  server.fetchAs(() => PLANNER)(`${server.base}/api/v1/findings/${encodeURIComponent(FINDING().id)}`, { method: 'PUT', body: form });
const errorOf = async (response: Response) => ((await response.json()) as { error: { fields?: { path: string; code?: string; values?: object }[] } }).error;
const keptIds = async () => (await server.db.pool.query<{ id: string }>('SELECT id FROM evidence_files ORDER BY id')).rows.map((r) => r.id);
const listed = async () => {
  const response = await server.fetchAs(() => PLANNER)(`${server.base}/api/v1/findings?assessmentId=${FINDING().assessmentId}`);
  return ((await response.json()) as Finding[]).find((f) => f.id === FINDING().id);
};

it('keeps a finding with the files of its parts, and adds a file later beside the kept one', async () => {
  const first = jpeg('หน้าเว็บไซต์.jpg');
  const saved = await put(findingForm({ ...FINDING(), files: [first.ref] }, [first]));
  expect(saved.status).toBe(200);
  const later = pdf('หนังสือ.pdf');
  const added = await put(findingForm({ ...FINDING(), files: [later.ref, first.ref] }, [later]));
  expect(added.status).toBe(200);
  expect((await listed())?.files).toEqual([later.ref, first.ref]);
  expect(await keptIds()).toEqual([first.ref.id, later.ref.id].sort());
});

it('refuses files past the quota with 413, naming the space, and keeps neither the finding’s change nor a file', async () => {
  const kept = jpeg('ที่เก็บไว้.jpg', 60_000);
  expect((await put(findingForm({ ...FINDING(), files: [kept.ref] }, [kept]))).status).toBe(200);
  const more = pdf('เกินพื้นที่.pdf', 50_000);
  const refused = await put(findingForm({ ...FINDING(), title: 'ไม่ควรถูกบันทึก', files: [kept.ref, more.ref] }, [more]));
  expect(refused.status).toBe(413);
  expect((await errorOf(refused)).fields).toEqual([
    expect.objectContaining({ path: 'files', code: 'evidence.agency.overQuota', values: { used: 60_000, adding: 50_000, limit: QUOTA } }),
  ]);
  expect(await listed()).toMatchObject({ title: FINDING().title, files: [kept.ref] });
  expect(await keptIds()).toEqual([kept.ref.id]);
});

it('reads a finding of 60 MB of files whole, past the API’s 50 MB, before it weighs it against the quota', async () => {
  const files = Array.from({ length: 6 }, (_, i) => pdf(`ใหญ่-${i + 1}.pdf`, 10 * 1024 * 1024));
  const response = await put(findingForm({ ...FINDING(), files: files.map((f) => f.ref) }, files));
  expect(response.status).toBe(413);
  expect((await errorOf(response)).fields?.[0]?.code).toBe('evidence.agency.overQuota');
});

it('refuses a part no reference names, and a new file sent without its part, keeping nothing', async () => {
  const photo = jpeg('รูป.jpg');
  const stray = await put(findingForm({ ...FINDING(), files: [photo.ref] }, [photo], [['ไม่มีใครอ้างถึง', new Blob(['x'])]]));
  expect(stray.status).toBe(400);
  expect((await errorOf(stray)).fields).toEqual([expect.objectContaining({ path: 'files', code: 'evidence.file.hashMismatch' })]);
  const letter = pdf('หนังสือ.pdf');
  const missing = await put(findingForm({ ...FINDING(), files: [photo.ref, letter.ref] }, [letter]));
  expect(missing.status).toBe(400);
  // The photo is the new file with no part: its bytes are what the store lacks, at its place.
  expect((await errorOf(missing)).fields).toEqual([expect.objectContaining({ path: 'files.0', code: 'evidence.file.hashMismatch' })]);
  expect(await keptIds()).toEqual([]);
});
