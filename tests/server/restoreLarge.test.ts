import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SPOOL_PREFIX } from '../../server/http/restoreSpool';
import type { EvidenceFile } from '../../src/domain/evidence/schema';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { EXECUTIVE, PLANNER } from '../contract/storeContract';
import { pdf, progressInput, type Sample } from './evidenceSamples';
import { startTestServer } from './testServer';

// A restore with its files on the agency's server (PUT /api/v1/data, multipart), streamed to disk
// rather than read into memory: larger than the API's 50 MB, within the quota; refused past the
// quota's worth (413) or with a damaged file (400, named), nothing changed either way; the
// temporary folder empty after every request, a client that went away mid-upload included.

// os.tmpdir() reads TMPDIR at each call: this file's requests spool where only it looks.
const spoolRoot = mkdtempSync(join(tmpdir(), 'ita-restore-test-'));
process.env.TMPDIR = spoolRoot;
const spoolDirs = () => readdirSync(spoolRoot).filter((name) => name.startsWith(SPOOL_PREFIX));
const spooledBytes = () => spoolDirs().reduce((sum, dir) => sum + readdirSync(join(spoolRoot, dir)).reduce((s, f) => s + statSync(join(spoolRoot, dir, f)).size, 0), 0);

const MB = 1024 * 1024;
// The collector, asked for by name: this file measures what a restore keeps alive.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MEASURE = 'msr-plan-3';
/** A server on the seed, with one update (no files yet) for the backups to give files to. */
async function serverWithAnUpdate(options: Parameters<typeof startTestServer>[0] = {}) {
  const started = await startTestServer(options);
  const made = await started.fetchAs(() => PLANNER)(`${started.base}/api/v1/measures/${MEASURE}/progress`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(progressInput([])),
  });
  expect(made.status).toBe(201);
  return started;
}
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await serverWithAnUpdate();
});
afterAll(async () => {
  await server.close();
  rmSync(spoolRoot, { recursive: true, force: true });
});

const url = (path: string) => `${server.base}/api/v1${path}`;
const exported = async (s = server) => (await (await s.fetchAs(() => PLANNER)(`${s.base}/api/v1/data`)).json()) as DataSet;
const keptFiles = async (s = server) =>
  (await s.db.pool.query<{ id: string; update_id: string | null; finding_id: string | null; sha256: string }>('SELECT id, update_id, finding_id, sha256 FROM evidence_files ORDER BY id')).rows;

/** A generated PDF: `%PDF-` and a pattern of its own, made 64 KB at a time, never held whole. */
interface Big {
  ref: EvidenceFile;
  chunks: () => Generator<Uint8Array>;
}
function bigPdf(name: string, size: number): Big {
  const block = new Uint8Array(64 * 1024);
  const salt = Math.floor(Math.random() * 256);
  for (let i = 0; i < block.length; i++) block[i] = (i * 31 + salt + (i >> 9)) & 0xff;
  block.set(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n'));
  function* chunks() {
    for (let at = 0; at < size; at += block.length) yield block.subarray(0, Math.min(block.length, size - at));
  }
  const hash = createHash('sha256');
  for (const chunk of chunks()) hash.update(chunk);
  return { chunks, ref: { id: randomUUID(), name, type: 'pdf', size, sha256: hash.digest('hex') } };
}
const small = (sample: Sample): Big => ({ ref: sample.ref, chunks: function* () { yield sample.bytes; } });

const BOUNDARY = '----ita-restore-test';
const text = (s: string) => new TextEncoder().encode(s);
/** The body the HTTP store sends (multipartBody.ts), as a stream: the data set, then each file by its id. */
function* restoreParts(data: unknown, files: readonly Big[]): Generator<Uint8Array> {
  yield text(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`);
  for (const f of files) {
    yield text(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${f.ref.id}"; filename="${f.ref.id}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    yield* f.chunks();
    yield text('\r\n');
  }
  yield text(`--${BOUNDARY}--\r\n`);
}

/** PUT /data with the body streamed (chunked, no Content-Length); `hold` stops it once that many bytes went, until the signal aborts. */
function restore(target: typeof server, data: unknown, files: readonly Big[], { signal, hold }: { signal?: AbortSignal; hold?: number } = {}) {
  const parts = restoreParts(data, files);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (hold !== undefined && sent >= hold) await new Promise((_, fail) => signal?.addEventListener('abort', () => fail(signal.reason as Error)));
      const next = parts.next();
      if (next.done) controller.close();
      else {
        sent += next.value.length;
        controller.enqueue(next.value);
      }
    },
  });
  return target.fetchAs(() => PLANNER)(`${target.base}/api/v1/data`, {
    method: 'PUT',
    body,
    headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` },
    signal,
    duplex: 'half',
  } as RequestInit);
}

/** The data set as it is, with an update and a finding carrying these files. */
function withFiles(data: DataSet, onUpdate: readonly Big[], onFinding: readonly Big[]): DataSet {
  const [update] = data.progressUpdates;
  const [finding, ...findings] = data.findings;
  if (!update || !finding) throw new Error('the seed has a finding and beforeAll an update');
  return {
    ...data,
    progressUpdates: [{ ...update, id: 'prg-restored', files: onUpdate.map((f) => f.ref) }],
    findings: [{ ...finding, files: onFinding.map((f) => f.ref) }, ...findings],
  };
}

async function sha256Of(response: Response): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

it('restores 63 MB of files (past the API’s 50 MB) from disk, byte for byte, without holding them in memory', async () => {
  const files = Array.from({ length: 7 }, (_, i) => bigPdf(`รายงานฉบับเต็ม ${i + 1}.pdf`, 9 * MB));
  const data = withFiles(await exported(), files.slice(0, 5), files.slice(5));
  // What is live, not what waits for the collector: each sample collects first.
  gc();
  const before = process.memoryUsage();
  const peak = { rss: before.rss, heapUsed: before.heapUsed, arrayBuffers: before.arrayBuffers };
  const sample = setInterval(() => {
    gc();
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
  }, 250);
  const started = Date.now();
  const response = await restore(server, data, files);
  clearInterval(sample);
  const after = process.memoryUsage();
  expect(response.status, await response.clone().text()).toBe(204);
  const total = files.reduce((sum, f) => sum + f.ref.size, 0);
  const growth = (key: 'rss' | 'heapUsed' | 'arrayBuffers') => `${((peak[key] - before[key]) / MB).toFixed(1)} MB`;
  console.info(
    `restore of ${total / MB} MB in ${Date.now() - started} ms; peak growth: rss ${growth('rss')}, heapUsed ${growth('heapUsed')}, arrayBuffers ${growth('arrayBuffers')}; ` +
      `after: rss ${((after.rss - before.rss) / MB).toFixed(1)} MB, heapUsed ${((after.heapUsed - before.heapUsed) / MB).toFixed(1)} MB`,
  );
  // Loose on purpose (about a file's worth a few times over: read, sent to PostgreSQL); held
  // whole, as Request.formData() held it, the files alone would be 63 MB live at once.
  expect(peak.heapUsed + peak.arrayBuffers - before.heapUsed - before.arrayBuffers).toBeLessThan(total);

  for (const f of files) {
    const back = await server.fetchAs(() => PLANNER)(url(`/evidence/${f.ref.id}`));
    expect(back.status).toBe(200);
    expect(await sha256Of(back)).toEqual({ size: f.ref.size, sha256: f.ref.sha256 });
  }
  const restored = await exported();
  expect(restored.progressUpdates.map((u) => u.files)).toEqual([files.slice(0, 5).map((f) => f.ref)]);
  expect(restored.findings.find((f) => f.id === data.findings[0]?.id)?.files).toEqual(files.slice(5).map((f) => f.ref));
  const owners = (await keptFiles()).map((row) => [row.id, row.update_id, row.finding_id]);
  expect(owners).toEqual(expect.arrayContaining([...files.slice(0, 5).map((f) => [f.ref.id, 'prg-restored', null]), ...files.slice(5).map((f) => [f.ref.id, null, data.findings[0]?.id])]));
  expect(owners).toHaveLength(7);
  expect(spoolDirs()).toEqual([]);
});

describe('refused, nothing changed, nothing left on disk', () => {
  it('names a damaged file on an update or a finding, and a file id named twice', async () => {
    const before = await exported();
    const kept = await keptFiles();
    const good = small(pdf('ครบ.pdf'));
    const photo = pdf('เสียหาย.pdf');
    const damaged: Sample = { ...photo, bytes: photo.bytes.slice() };
    damaged.bytes[500] = (damaged.bytes[500] ?? 0) ^ 0xff;
    const cases: [DataSet, Big[], string, string][] = [
      [withFiles(before, [good, small(photo)], []), [good, small(damaged)], 'progressUpdates.0.files.1', 'evidence.file.hashMismatch'],
      [withFiles(before, [good], [small(photo)]), [good, small(damaged)], 'findings.0.files.0', 'evidence.file.hashMismatch'],
      [withFiles(before, [good], [good]), [good], 'findings.0.files.0', 'evidence-duplicate-id'],
    ];
    for (const [data, files, path, code] of cases) {
      const response = await restore(server, data, files);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { message: string; fields: { path: string; code: string }[] } };
      expect(error.fields).toEqual([expect.objectContaining({ path, code })]);
      expect(error.message).toContain(code === 'evidence-duplicate-id' ? 'ครบ.pdf' : 'เสียหาย.pdf');
    }
    expect(await exported()).toEqual(before);
    expect(await keptFiles()).toEqual(kept);
    expect(spoolDirs()).toEqual([]);
  });

  it('lets nothing change and leaves no file when the client goes away mid-upload', async () => {
    const before = await exported();
    const kept = await keptFiles();
    const files = [bigPdf('ส่งไม่จบ-1.pdf', 3 * MB), bigPdf('ส่งไม่จบ-2.pdf', 3 * MB)];
    const abort = new AbortController();
    const sending = restore(server, withFiles(before, files, []), files, { signal: abort.signal, hold: 4 * MB }).catch((error: unknown) => error);
    // Aborted only once the server has part of it on disk: the cleaning is what is tested.
    await vi.waitFor(() => expect(spooledBytes()).toBeGreaterThan(MB), { timeout: 20_000, interval: 20 });
    abort.abort(new Error('the person closed the page'));
    expect(await sending).toBeInstanceOf(Error);
    await vi.waitFor(() => expect(spoolDirs()).toEqual([]), { timeout: 20_000, interval: 20 });
    expect(await exported()).toEqual(before);
    expect(await keptFiles()).toEqual(kept);
  });
});

describe('who may restore', () => {
  it('refuses anyone but the planning officer before reading a byte, and leaves a restore as JSON to the shared route', async () => {
    const before = await exported();
    const files = [bigPdf('ไม่มีสิทธิ์.pdf', 2 * MB)];
    const data = withFiles(before, files, []);
    const asExecutive = await server.fetchAs(() => EXECUTIVE)(url('/data'), {
      method: 'PUT',
      body: restoreParts(data, files).next().value,
      headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` },
    });
    expect(asExecutive.status).toBe(403);
    const nobody = await server.api('/data', { method: 'PUT', body: new Blob([...restoreParts(data, files)].map((c) => c.slice())), headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` } });
    expect(nobody.status).toBe(401);
    expect(spoolDirs()).toEqual([]);
    expect(await exported()).toEqual(before);

    const noFiles = withFiles(before, [], []);
    const json = await server.fetchAs(() => PLANNER)(url('/data'), { method: 'PUT', body: JSON.stringify(noFiles), headers: { 'Content-Type': 'application/json' } });
    expect(json.status).toBe(204);
    expect(await exported()).toEqual(noFiles);
    expect(await keptFiles()).toEqual([]);
  });
});

describe('over the quota’s worth (413)', () => {
  // A server of its own: a quota of 2 MB and the JSON's 1 MB, so a restore body may hold 4 MB.
  let tight: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    tight = await serverWithAnUpdate({ evidenceQuotaBytes: 2 * MB, maxBodyBytes: MB });
  });
  afterAll(() => tight.close());
  const refusal = async (response: Response) => {
    expect(response.status).toBe(413);
    return ((await response.json()) as { error: { message: string; code?: string; values?: Record<string, number> } }).error;
  };

  it('refuses by the declared size before reading, by the count when none is declared, and by the quota once read', async () => {
    const before = await exported(tight);
    const files = [bigPdf('ใหญ่-1.pdf', 1.5 * MB), bigPdf('ใหญ่-2.pdf', 1.5 * MB), bigPdf('ใหญ่-3.pdf', 1.5 * MB)];
    const data = withFiles(before, files, []);

    const form = new FormData();
    form.append('data', JSON.stringify(data));
    for (const f of files) form.append(f.ref.id, new Blob([...f.chunks()].map((c) => c.slice())), f.ref.id);
    const declared = await refusal(await tight.fetchAs(() => PLANNER)(`${tight.base}/api/v1/data`, { method: 'PUT', body: form }));
    expect(declared).toMatchObject({ code: 'restore.tooLarge', values: { limit: 4 * MB, size: expect.any(Number) } });
    expect(declared.message).toMatch(/^คำขอใหญ่เกินไป: .*มีขนาด 4\.\d+ MB เกิน 4 MB/);

    const counted = await refusal(await restore(tight, data, files));
    expect(counted).toMatchObject({ code: 'restore.tooLarge', values: { limit: 4 * MB } });
    expect(counted.message).toContain('เกิน 4 MB');

    // Within the body's limit, over the quota itself: the store's refusal, as for an upload.
    const two = files.slice(0, 2);
    const quota = await refusal(await restore(tight, withFiles(before, two, []), two));
    expect(quota.message).toContain('2 MB');

    expect(await exported(tight)).toEqual(before);
    expect(await keptFiles(tight)).toEqual([]);
    expect(spoolDirs()).toEqual([]);
  });
});
