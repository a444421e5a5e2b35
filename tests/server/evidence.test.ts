import type { ProgressUpdate } from '../../src/domain/schemas/measure';
import { EXECUTIVE, FINANCE_HEAD, PLANNER } from '../contract/storeContract';
import { docx, jpeg, pdf, progressInput, uploadForm, type Sample } from './evidenceSamples';
import { startTestServer } from './testServer';

// Evidence files through the whole server on PostgreSQL, over real multipart: kept with their
// update, sent back with the headers that keep a browser safe, refused over the quota with
// nothing kept (two uploads at once included), gone with a withdrawn update, and restored.
const QUOTA = 400_000;
const MEASURE = 'msr-plan-3';
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer({ evidenceQuotaBytes: QUOTA });
});
afterAll(() => server.close());
beforeEach(async () => {
  await server.db.pool.query('DELETE FROM progress_updates');
});

const url = (path: string) => `${server.base}/api/v1${path}`;
const upload = (files: Sample[], as = PLANNER) => server.fetchAs(() => as)(url(`/measures/${MEASURE}/progress`), { method: 'POST', body: uploadForm(files) });
const read = (id: string, as = EXECUTIVE, headers: Record<string, string> = {}) => server.fetchAs(() => as)(url(`/evidence/${encodeURIComponent(id)}`), { headers });
const usage = async () => (await (await server.fetchAs(() => PLANNER)(url('/evidence-usage'))).json()) as { used: number; limit: number };
const keptRows = async () => Number((await server.db.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM evidence_files')).rows[0]?.n);
const updates = async () => (await (await server.fetchAs(() => PLANNER)(url(`/measures/${MEASURE}/progress`))).json()) as ProgressUpdate[];
/** The plain-ASCII name for old browsers: whatever it is, printable ASCII with no quote. */
const ascii = (response: Response) => {
  const name = /filename="([^"]*)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? '';
  expect(name).toMatch(/^[\x20-\x7e]+\.(jpg|pdf|docx)$/);
  return name;
};
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

it('keeps an update with a JPEG and a PDF sent as multipart, and sends each back whole to any signed-in person', async () => {
  const photo = jpeg('ภาพการอบรม ครั้งที่ 1.jpg');
  const report = pdf('รายงานผล.pdf');
  const sent = await upload([photo, report]);
  expect(sent.status).toBe(201);
  const update = (await sent.json()) as ProgressUpdate;
  expect(update.files).toEqual([photo.ref, report.ref]);
  expect((await updates())[0]?.files).toEqual([photo.ref, report.ref]);

  for (const file of [photo, report]) {
    const response = await read(file.ref.id, FINANCE_HEAD);
    expect(response.status).toBe(200);
    expect(await bytesOf(response)).toEqual(file.bytes);
  }
  expect(await usage()).toEqual({ used: photo.ref.size + report.ref.size, limit: QUOTA });
});

it('sends a file with its type, its Thai name, nosniff and no compression: inline for a photo or PDF, attachment for Word', async () => {
  const photo = jpeg('ภาพการอบรม ครั้งที่ 1.jpg');
  const report = pdf('รายงานผล.pdf');
  const memo = docx('บันทึกข้อความ.docx');
  expect((await upload([photo, report, memo])).status).toBe(201);

  const image = await read(photo.ref.id, EXECUTIVE, { 'Accept-Encoding': 'gzip' });
  expect(image.headers.get('content-type')).toBe('image/jpeg');
  expect(image.headers.get('x-content-type-options')).toBe('nosniff');
  expect(image.headers.get('content-disposition')).toBe(`inline; filename="${ascii(image)}"; filename*=UTF-8''${encodeURIComponent('ภาพการอบรม ครั้งที่ 1.jpg')}`);
  // Sent as kept: gzip would only spend time on bytes compressed already, and lose the length.
  expect(image.headers.get('content-encoding')).toBeNull();
  expect(image.headers.get('content-length')).toBe(String(photo.ref.size));
  expect(image.headers.get('etag')).toBe(`"${photo.ref.sha256}"`);
  expect(image.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  expect(image.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  // The image's own policy, sandboxed, not the page's.
  expect(image.headers.get('content-security-policy')).toBe("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  expect(await bytesOf(image)).toEqual(photo.bytes);

  const document = await read(report.ref.id);
  expect(document.headers.get('content-type')).toBe('application/pdf');
  expect(document.headers.get('content-disposition')).toMatch(/^inline; /);
  // The page's policy has object-src 'none', which would stop Chromium's PDF viewer.
  expect(document.headers.get('content-security-policy') ?? '').not.toContain("object-src 'none'");

  const word = await read(memo.ref.id);
  expect(word.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(word.headers.get('content-disposition')).toBe(`attachment; filename="${ascii(word)}"; filename*=UTF-8''${encodeURIComponent('บันทึกข้อความ.docx')}`);
  expect(word.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await bytesOf(word)).toEqual(memo.bytes);
});

it('answers 401 to anyone not signed in, for reading, uploading and the space used, and keeps nothing', async () => {
  const photo = jpeg('รูป.jpg');
  expect((await upload([photo])).status).toBe(201);
  const rows = await keptRows();
  const headers = { Origin: server.base };
  expect((await fetch(url(`/evidence/${photo.ref.id}`), { headers })).status).toBe(401);
  expect((await fetch(url('/evidence-usage'), { headers })).status).toBe(401);
  const stranger = await fetch(url(`/measures/${MEASURE}/progress`), { method: 'POST', headers, body: uploadForm([jpeg('แปลกหน้า.jpg')]) });
  expect(stranger.status).toBe(401);
  expect(await keptRows()).toBe(rows);
});

it('answers 404 for a file it does not hold', async () => {
  const response = await read('no-such-file');
  expect(response.status).toBe(404);
  expect(((await response.json()) as { error: { kind: string } }).error.kind).toBe('not-found');
});

it('refuses files past the quota with 413, naming the space, and keeps neither the update nor a file', async () => {
  expect((await upload([jpeg('แรก.jpg', 300_000)])).status).toBe(201);
  const before = await updates();
  const refused = await upload([pdf('เกิน.pdf', 60_000), jpeg('เกินอีก.jpg', 60_000)]);
  expect(refused.status).toBe(413);
  const { error } = (await refused.json()) as { error: { kind: string; message: string; fields: { path: string; code: string; values: Record<string, number> }[] } };
  expect(error.kind).toBe('validation');
  expect(error.fields).toEqual([expect.objectContaining({ path: 'files', code: 'evidence.agency.overQuota', values: { used: 300_000, adding: 120_000, limit: QUOTA } })]);
  expect(error.message).toMatch(/[\u0E00-\u0E7F]/);
  expect(await updates()).toEqual(before);
  expect(await keptRows()).toBe(1);
  expect((await usage()).used).toBe(300_000);
});

it('lets only one of several uploads at once through when each fits alone but no two together', async () => {
  // Rounds, since a race missed once may be met the next time.
  for (let round = 0; round < 5; round++) {
    await server.db.pool.query('DELETE FROM progress_updates');
    expect((await upload([jpeg('ก่อน.jpg', 100_000)])).status).toBe(201);
    const sent = await Promise.all([1, 2, 3].map((n) => upload([jpeg(`พร้อมกัน-${n}.jpg`, 200_000)])));
    expect(sent.map((r) => r.status).sort()).toEqual([201, 413, 413]);
    expect(await keptRows()).toBe(2);
    expect((await usage()).used).toBe(300_000);
  }
});

it('refuses a file whose bytes are not what its reference says, keeping nothing', async () => {
  const photo = jpeg('แก้ไขระหว่างทาง.jpg');
  const tampered: Sample = { ...photo, bytes: photo.bytes.slice() };
  tampered.bytes[100] = (tampered.bytes[100] ?? 0) ^ 0xff;
  const response = await upload([tampered]);
  expect(response.status).toBe(400);
  const { error } = (await response.json()) as { error: { fields: { path: string; code: string }[] } };
  expect(error.fields).toEqual([expect.objectContaining({ path: 'files.0', code: 'evidence.file.hashMismatch' })]);
  expect(await updates()).toEqual([]);
  expect(await keptRows()).toBe(0);
});

it('reads an update of 60 MB of files whole, past the API’s 50 MB, before it weighs it against the quota', async () => {
  const files = Array.from({ length: 6 }, (_, i) => pdf(`ใหญ่-${i + 1}.pdf`, 10 * 1024 * 1024));
  const response = await upload(files);
  expect(response.status).toBe(413);
  const { error } = (await response.json()) as { error: { fields?: { code: string }[] } };
  expect(error.fields?.[0]?.code).toBe('evidence.agency.overQuota');
});

it('refuses a NUL in the update’s JSON part, naming the field, as in a JSON body', async () => {
  const photo = jpeg('รูป.jpg');
  const response = await server.fetchAs(() => PLANNER)(url(`/measures/${MEASURE}/progress`), {
    method: 'POST',
    body: uploadForm([photo], { ...progressInput([photo]), note: 'ก\u0000ข' }),
  });
  expect(response.status).toBe(400);
  const { error } = (await response.json()) as { error: { fields: { path: string }[] } };
  expect(error.fields.map((f) => f.path)).toEqual(['note']);
  expect(await keptRows()).toBe(0);
});

it('takes the files away with a withdrawn update', async () => {
  const photo = jpeg('ถอน.jpg');
  const memo = docx('ถอน.docx');
  const update = (await (await upload([photo, memo])).json()) as ProgressUpdate;
  expect(await keptRows()).toBe(2);
  const withdrawn = await server.fetchAs(() => PLANNER)(url(`/progress/${update.id}`), { method: 'DELETE' });
  expect(withdrawn.status).toBe(200);
  expect((await read(photo.ref.id)).status).toBe(404);
  expect((await read(memo.ref.id)).status).toBe(404);
  expect(await keptRows()).toBe(0);
  expect((await usage()).used).toBe(0);
});

describe('a restore with files', () => {
  const restore = (data: unknown, files: Sample[]) => {
    const form = new FormData();
    form.append('data', JSON.stringify(data));
    for (const f of files) form.append(f.ref.id, new Blob([f.bytes]), f.ref.name);
    return server.fetchAs(() => PLANNER)(url('/data'), { method: 'PUT', body: form });
  };
  const exported = async () => (await (await server.fetchAs(() => PLANNER)(url('/data'))).json()) as { progressUpdates: ProgressUpdate[] };

  it('writes every file its updates name and clears the ones kept before', async () => {
    const old = jpeg('เดิม.jpg');
    expect((await upload([old])).status).toBe(201);
    const data = await exported();
    const photo = jpeg('จากสำรอง.jpg');
    const memo = docx('จากสำรอง.docx');
    const backed = { ...(data.progressUpdates[0] as ProgressUpdate), id: 'prg-from-backup', files: [photo.ref, memo.ref] };
    const response = await restore({ ...data, progressUpdates: [backed] }, [photo, memo]);
    expect(response.status).toBe(204);
    expect(await bytesOf(await read(photo.ref.id))).toEqual(photo.bytes);
    expect(await bytesOf(await read(memo.ref.id))).toEqual(memo.bytes);
    expect((await read(old.ref.id)).status).toBe(404);
    expect(await usage()).toEqual({ used: photo.ref.size + memo.ref.size, limit: QUOTA });
  });

  it('refuses a backup whose file is damaged or missing, naming it, and changes nothing', async () => {
    const kept = jpeg('อยู่ก่อน.jpg');
    expect((await upload([kept])).status).toBe(201);
    const data = await exported();
    const photo = jpeg('เสียหาย.jpg');
    const damaged: Sample = { ...photo, bytes: photo.bytes.slice() };
    damaged.bytes[50] = (damaged.bytes[50] ?? 0) ^ 0xff;
    const backed = { ...(data.progressUpdates[0] as ProgressUpdate), id: 'prg-from-backup', files: [photo.ref] };
    for (const files of [[damaged], []]) {
      const response = await restore({ ...data, progressUpdates: [backed] }, files);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { message: string; fields: { path: string; code: string }[] } };
      expect(error.fields).toEqual([expect.objectContaining({ path: 'progressUpdates.0.files.0', code: 'evidence.file.hashMismatch' })]);
      expect(error.message).toContain('เสียหาย.jpg');
    }
    expect(await bytesOf(await read(kept.ref.id))).toEqual(kept.bytes);
    expect((await exported()).progressUpdates).toEqual(data.progressUpdates);
  });
});

describe('request limits', () => {
  // A server of its own, its limits small: the API's 64 KB, an update with files 300 KB.
  let small: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    small = await startTestServer({ maxBodyBytes: 64 * 1024, maxUploadBytes: 300 * 1024 });
  });
  afterAll(() => small.close());
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    small.fetchAs(() => PLANNER)(`${small.base}/api/v1/measures/${MEASURE}/progress`, { method: 'POST', body, headers });

  it('lets an update with files past the API’s limit through, up to its own', async () => {
    expect((await post(uploadForm([jpeg('ใหญ่กว่า JSON.jpg', 200_000)]))).status).toBe(201);
    const over = await post(uploadForm([jpeg('ใหญ่เกิน.jpg', 320 * 1024)]));
    expect(over.status).toBe(413);
    expect(((await over.json()) as { error: { message: string } }).error.message).toMatch(/^คำขอใหญ่เกินไป/);
  });

  it('keeps the API’s limit for the same route’s JSON; a restore with files follows the quota instead', async () => {
    const json = JSON.stringify({ ...progressInput([]), note: 'ก'.repeat(70 * 1024) });
    expect((await post(json, { 'Content-Type': 'application/json' })).status).toBe(413);
    const form = new FormData();
    form.append('data', '{}');
    const photo = jpeg('สำรอง.jpg', 100_000);
    form.append(photo.ref.id, new Blob([photo.bytes]));
    // Past the API's 64 KB, within the 2 GB quota's worth: the store reads it, and refuses the empty data set.
    const restore = await small.fetchAs(() => PLANNER)(`${small.base}/api/v1/data`, { method: 'PUT', body: form });
    expect(restore.status).toBe(400);
  });

  it('refuses multipart on a write that takes JSON only (415)', async () => {
    const form = new FormData();
    form.append('update', JSON.stringify({ improvementMark: 90 }));
    const response = await small.fetchAs(() => PLANNER)(`${small.base}/api/v1/settings`, { method: 'PATCH', body: form });
    expect(response.status).toBe(415);
  });
});

it('keeps the bytes out of line and uncompressed (STORAGE EXTERNAL), cascading from the update', async () => {
  const photo = jpeg('ตาราง.jpg', 300_000);
  expect((await upload([photo])).status).toBe(201);
  const { rows } = await server.db.pool.query<{ storage: string; stored: number; cascade: string }>(
    `SELECT a.attstorage AS storage,
            (SELECT pg_column_size(content) FROM evidence_files WHERE id = $1) AS stored,
            (SELECT confdeltype FROM pg_constraint WHERE conrelid = 'evidence_files'::regclass AND contype = 'f' AND confrelid = 'progress_updates'::regclass) AS cascade
     FROM pg_attribute a WHERE a.attrelid = 'evidence_files'::regclass AND a.attname = 'content'`,
    [photo.ref.id],
  );
  // The sample repeats every 256 bytes: pglz would shrink it to almost nothing if it were allowed to try.
  expect(rows[0]).toEqual({ storage: 'e', stored: photo.ref.size, cascade: 'c' });
});
