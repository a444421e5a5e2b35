import { createHttpStore } from '../../../../src/data/adapters/http/httpStore';
import { UPLOAD_CANCELLED_TH, UPLOAD_SILENCE_MS } from '../../../../src/data/adapters/http/uploadMultipart';
import { StoreError } from '../../../../src/data/storeError';
import type { EvidenceFile } from '../../../../src/domain/evidence/schema';
import type { ProgressUpdate } from '../../../../src/domain/schemas/measure';
import { PLANNER, progress } from '../../../contract/storeContract';

/** XMLHttpRequest as the adapter uses it, driven by the test: progress, answers, failures. */
class FakeXhr {
  static made: FakeXhr[] = [];
  static sent: (xhr: FakeXhr) => void = () => undefined;
  upload: { onprogress: ((e: ProgressEventInit) => void) | null; onload: (() => void) | null } = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  status = 0;
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  aborted = false;
  constructor() {
    FakeXhr.made.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent(this);
  }
  abort() {
    this.aborted = true;
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  answer(status: number, body?: unknown) {
    this.upload.onload?.();
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.onload?.();
  }
  /** The request body as the server would read it. */
  async form(): Promise<FormData> {
    return new Response(this.body as ArrayBuffer, { headers: { 'Content-Type': this.headers['Content-Type'] ?? '' } }).formData();
  }
}

/** The next request the adapter sends, once it is sent. */
const nextXhr = () => new Promise<FakeXhr>((resolve) => (FakeXhr.sent = resolve));

const BASE = 'http://localhost/api/v1';
const jpeg: EvidenceFile = { id: 'file-1', name: 'อบรม ครั้งที่ 1.jpg', type: 'jpeg', size: 4, sha256: 'a'.repeat(64), width: 10, height: 20 };
const pdf: EvidenceFile = { id: 'file-2', name: 'คำสั่ง.pdf', type: 'pdf', size: 3, sha256: 'b'.repeat(64) };
const input = progress({ files: [jpeg, pdf] });
const blobs = [new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0])]), new Blob(['%PD'])];
const saved: ProgressUpdate = { ...input, id: 'upd-1', measureId: 'msr 1', authorName: PLANNER.name, unitId: null, createdAt: '2026-12-06T10:00:00.000Z' };

function store(more: { onUnauthorized?: () => void; fetch?: typeof fetch } = {}) {
  return createHttpStore({ baseUrl: BASE, actor: () => PLANNER, signedInAs: 'acc-1', XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest, ...more });
}

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(() => new Error('expected a refusal'), (e: unknown) => e);
  if (!(error instanceof StoreError)) throw error;
  return error;
}

afterEach(() => {
  FakeXhr.made = [];
  vi.useRealTimers();
});

describe('an update sent with its files', () => {
  it('goes as multipart with the actor and account headers, the update first, then each file by its id', async () => {
    const sending = nextXhr();
    const saving = store().appendProgress('msr 1', input, { files: blobs });
    const xhr = await sending;
    expect([xhr.method, xhr.url]).toEqual(['POST', `${BASE}/measures/msr%201/progress`]);
    expect(xhr.headers).toMatchObject({ 'X-ITA-Role': 'planning-officer', 'X-ITA-User': encodeURIComponent(PLANNER.name), 'X-ITA-Account': 'acc-1', Accept: 'application/json' });
    expect(xhr.headers['Content-Type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await xhr.form();
    const names: string[] = [];
    form.forEach((_, name) => names.push(name));
    expect(names).toEqual(['update', 'file-1', 'file-2']);
    expect(JSON.parse(form.get('update') as string)).toEqual(input);
    expect(Array.from(new Uint8Array(await (form.get('file-1') as Blob).arrayBuffer()))).toEqual([0xff, 0xd8, 0xff, 0]);
    expect(await (form.get('file-2') as Blob).text()).toBe('%PD');
    xhr.answer(201, saved);
    expect(await saving).toEqual(saved);
  });

  it('tells each progress event as bytes sent of the total', async () => {
    const told: [number, number][] = [];
    const sending = nextXhr();
    const saving = store().appendProgress('msr 1', input, { files: blobs, onProgress: (sent, total) => told.push([sent, total]) });
    const xhr = await sending;
    xhr.progress(100, 400);
    xhr.progress(400, 400);
    xhr.answer(201, saved);
    await saving;
    expect(told).toEqual([
      [100, 400],
      [400, 400],
    ]);
  });

  it('sends JSON alone, over fetch, when there are no files', async () => {
    const fetch = vi.fn(() => Promise.resolve(Response.json(saved, { status: 201 })));
    await store({ fetch }).appendProgress('msr 1', progress(), { files: [] });
    expect(FakeXhr.made).toEqual([]);
    expect(fetch).toHaveBeenCalledWith(`${BASE}/measures/msr%201/progress`, expect.objectContaining({ method: 'POST', body: JSON.stringify(progress()) }));
  });

  it('stops when the signal aborts, with nothing kept and a refusal that says the typing and files are still there', async () => {
    const controller = new AbortController();
    const sending = nextXhr();
    const saving = store().appendProgress('msr 1', input, { files: blobs, signal: controller.signal });
    const xhr = await sending;
    xhr.progress(100, 400);
    controller.abort();
    const error = await failure(saving);
    expect(xhr.aborted).toBe(true);
    expect(error.message).toBe(UPLOAD_CANCELLED_TH);
    expect(error.detail.kind).toBe('network');
  });

  it('sends nothing when the signal has aborted already', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await failure(store().appendProgress('msr 1', input, { files: blobs, signal: controller.signal }))).message).toBe(UPLOAD_CANCELLED_TH);
    expect(FakeXhr.made).toEqual([]);
  });

  it('gives up after 30 s without progress, counted from the last event, not from the start', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const sending = nextXhr();
    const saving = store().appendProgress('msr 1', input, { files: blobs });
    let settled = false;
    void saving.then(
      () => (settled = true),
      () => (settled = true),
    );
    const xhr = await sending;
    for (const sent of [100, 200, 300]) {
      vi.advanceTimersByTime(UPLOAD_SILENCE_MS - 1_000);
      xhr.progress(sent, 400);
    }
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(xhr.aborted).toBe(false);
    vi.advanceTimersByTime(UPLOAD_SILENCE_MS);
    const error = await failure(saving);
    expect(error.detail).toEqual({ kind: 'network', reason: 'timeout' });
    expect(error.message).toContain('30 วินาที');
    expect(xhr.aborted).toBe(true);
  });

  it.each([
    [
      'a refused file, with its field and code',
      400,
      { error: { kind: 'validation', message: 'ไฟล์ไม่ตรง', fields: [{ path: 'files.1', message: 'ไม่ตรง', code: 'evidence.file.hashMismatch', values: { name: 'คำสั่ง.pdf' } }] } },
      { kind: 'validation', fields: [{ path: 'files.1', message: 'ไม่ตรง', code: 'evidence.file.hashMismatch', values: { name: 'คำสั่ง.pdf' } }] },
    ],
    [
      'the agency out of space (413)',
      413,
      { error: { kind: 'validation', message: 'เต็ม', fields: [{ path: 'files', message: 'เต็ม', code: 'evidence.agency.overQuota', values: { used: 1, adding: 2, limit: 2 } }] } },
      { kind: 'validation', fields: [{ path: 'files', message: 'เต็ม', code: 'evidence.agency.overQuota', values: { used: 1, adding: 2, limit: 2 } }] },
    ],
    ['a body over the server limit (413)', 413, { error: { kind: 'validation', message: 'คำขอใหญ่เกินไป' } }, { kind: 'validation', fields: [] }],
    ['an access rule', 403, { error: { kind: 'forbidden', message: 'ไม่ใช่หน่วยงาน', code: 'not-own-unit', values: { unitIds: ['u1'] } } }, { kind: 'forbidden', code: 'not-own-unit', values: { unitIds: ['u1'] } }],
    ['a server fault', 503, undefined, { kind: 'network', reason: 'server', status: 503 }],
    ['an answer that is no update', 201, { id: 1 }, { kind: 'network', reason: 'bad-response' }],
  ])('maps %s as jsonCall does', async (_, status, body, detail) => {
    const sending = nextXhr();
    const saving = store().appendProgress('msr 1', input, { files: blobs });
    (await sending).answer(status, body);
    expect((await failure(saving)).detail).toEqual(detail);
  });

  it('tells onUnauthorized on a 401, and says the network failed on a dropped connection', async () => {
    const onUnauthorized = vi.fn();
    let sending = nextXhr();
    let saving = store({ onUnauthorized }).appendProgress('msr 1', input, { files: blobs });
    (await sending).answer(401, { error: { kind: 'unauthorized', message: 'กรุณาเข้าสู่ระบบ' } });
    expect((await failure(saving)).detail).toEqual({ kind: 'forbidden' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
    sending = nextXhr();
    saving = store().appendProgress('msr 1', input, { files: blobs });
    (await sending).onerror?.();
    expect((await failure(saving)).detail).toEqual({ kind: 'network', reason: 'offline' });
  });
});

describe('a restore sent with its files', () => {
  it('goes as a multipart PUT: the data set, then each file by its id', async () => {
    const sending = nextXhr();
    const data = { units: [] } as never;
    // The store asks the file space's limit first (restoreQuota.test.ts); here there is none.
    const fetch = vi.fn(() => Promise.resolve(Response.json({ used: 0, limit: null })));
    const restoring = store({ fetch }).replaceData(data, { onlyIfEmpty: true, files: new Map([['file-1', blobs[0] as Blob]]) });
    const xhr = await sending;
    expect([xhr.method, xhr.url]).toEqual(['PUT', `${BASE}/data?ifEmpty=true`]);
    const form = await xhr.form();
    expect(JSON.parse(form.get('data') as string)).toEqual({ units: [] });
    expect((form.get('file-1') as Blob).size).toBe(4);
    xhr.answer(204);
    await expect(restoring).resolves.toBeUndefined();
  });
});
