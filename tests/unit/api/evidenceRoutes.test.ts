import { evidenceHeaders } from '../../../api/evidenceHeaders';
import { responseFor, routeOf } from '../../../api/respond';
import { API_ROUTES } from '../../../api/routes';
import { blobBody } from '../../../src/data/adapters/http/blobBody';
import { decodeEvidenceHeader } from '../../../src/data/adapters/http/evidenceHeader';
import { multipartBody, type Part } from '../../../src/data/adapters/http/multipartBody';
import { uploadRefused } from '../../../src/data/files/checkUpload';
import type { Store } from '../../../src/data/store';
import { notFound } from '../../../src/data/storeError';
import type { EvidenceFile } from '../../../src/domain/evidence/schema';

const ref = (id: string, name: string, type: EvidenceFile['type'] = 'pdf', size = 3): EvidenceFile => ({
  id,
  name,
  type,
  size,
  sha256: id.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a'),
  ...(type === 'jpeg' || type === 'png' ? { width: 10, height: 10 } : {}),
});
const input = (files: EvidenceFile[]) => ({ date: '2026-12-06', status: 'in-progress', percent: 40, note: 'อบรม', evidenceUrl: '', files });

function fakeStore(kept?: { file: EvidenceFile; bytes: Uint8Array }) {
  const store = {
    appendProgress: vi.fn((_id: string, given: unknown) => Promise.resolve({ ...(given as object), id: 'upd-1' })),
    replaceData: vi.fn(() => Promise.resolve()),
    readEvidence: vi.fn((id: string) =>
      kept && kept.file.id === id ? Promise.resolve({ file: kept.file, blob: new Blob([kept.bytes as Uint8Array<ArrayBuffer>]) }) : Promise.reject(notFound(`ไม่พบไฟล์ ${id}`)),
    ),
    evidenceUsage: vi.fn(() => Promise.resolve({ used: 1234, limit: 2048 })),
  };
  return store;
}

/** As the MSW handlers and the server do: the route the path names, its refusals as responses. */
async function serve(store: ReturnType<typeof fakeStore>, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace('/api/v1', '');
  const pattern = routeOf(API_ROUTES, request.method, path);
  const route = API_ROUTES.find((r) => r.method === request.method && r.path === pattern);
  if (!route) throw new Error(`no route for ${request.method} ${path}`);
  const names = route.path.split('/');
  const params = Object.fromEntries(
    path
      .split('/')
      .map((segment, i) => [names[i]?.slice(1) ?? '', decodeURIComponent(segment)])
      .filter((_, i) => names[i]?.startsWith(':')),
  );
  try {
    return await route.answer(store as unknown as Store, request, params);
  } catch (error) {
    return responseFor(error);
  }
}

async function multipart(method: string, path: string, parts: Part[]): Promise<Request> {
  const { body, contentType } = multipartBody(parts);
  return new Request(`http://localhost/api/v1${path}`, { method, headers: { 'Content-Type': contentType }, body: await blobBody(body) });
}
const bytesOf = async (blob: Blob) => Array.from(new Uint8Array(await blob.arrayBuffer()));
const errorOf = async (response: Response) => ((await response.json()) as { error: { kind: string; fields: { path: string; code?: string; values?: object }[] } }).error;

describe('POST /measures/:id/progress', () => {
  it('takes JSON alone as before, with no files', async () => {
    const store = fakeStore();
    const body = input([]);
    const response = await serve(store, new Request('http://localhost/api/v1/measures/m1/progress', { method: 'POST', body: JSON.stringify(body) }));
    expect(response.status).toBe(201);
    expect(store.appendProgress).toHaveBeenCalledWith('m1', body);
  });

  it('hands the store the files of a multipart update in the order of its references, whatever order the parts came in', async () => {
    const store = fakeStore();
    const files = [ref('f-a', 'รายงาน.pdf'), ref('f-b', 'รูป.jpg', 'jpeg', 2)];
    const request = await multipart('POST', '/measures/m%201/progress', [
      { name: 'update', json: input(files) },
      { name: 'f-b', blob: new Blob([new Uint8Array([9, 8])]) },
      { name: 'f-a', blob: new Blob([new Uint8Array([1, 2, 255])]) },
    ]);
    const response = await serve(store, request);
    expect(response.status).toBe(201);
    const [measureId, given, upload] = store.appendProgress.mock.calls[0] as unknown as [string, unknown, { files: Blob[] }];
    expect(measureId).toBe('m 1');
    expect(given).toEqual(input(files));
    expect(await Promise.all(upload.files.map(bytesOf))).toEqual([
      [1, 2, 255],
      [9, 8],
    ]);
  });

  it.each([
    ['a reference with no part', [{ name: 'f-a', blob: new Blob(['abc']) }], 'files.1', { name: 'รูป.jpg' }],
    ['a part no reference names', [{ name: 'f-a', blob: new Blob(['abc']) }, { name: 'f-b', blob: new Blob(['ab']) }, { name: 'stray', blob: new Blob(['x']) }], 'files', { name: 'stray' }],
    ['a file sent twice', [{ name: 'f-a', blob: new Blob(['abc']) }, { name: 'f-a', blob: new Blob(['abc']) }, { name: 'f-b', blob: new Blob(['ab']) }], 'files', { name: 'f-a' }],
    ['a file sent as text', [{ name: 'f-a', json: 'abc' }, { name: 'f-b', blob: new Blob(['ab']) }], 'files', { name: 'f-a' }],
  ] as [string, Part[], string, object][])('refuses %s before the store is asked', async (_, files, path, values) => {
    const store = fakeStore();
    const refs = [ref('f-a', 'รายงาน.pdf'), ref('f-b', 'รูป.jpg', 'jpeg', 2)];
    const response = await serve(store, await multipart('POST', '/measures/m1/progress', [{ name: 'update', json: input(refs) }, ...files]));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toEqual([{ path, code: 'evidence.file.hashMismatch', values, message: expect.any(String) as string }]);
    expect(store.appendProgress).not.toHaveBeenCalled();
  });

  it('refuses 21 files as too many before anything else', async () => {
    const store = fakeStore();
    const refs = Array.from({ length: 20 }, (_, i) => ref(`f-${i}`, `${i}.pdf`));
    const parts: Part[] = Array.from({ length: 21 }, (_, i) => ({ name: `f-${i}`, blob: new Blob(['abc']) }));
    const response = await serve(store, await multipart('POST', '/measures/m1/progress', [{ name: 'update', json: input(refs) }, ...parts]));
    expect((await errorOf(response)).fields).toMatchObject([{ path: 'files', code: 'evidence.update.tooMany', values: { count: 21, limit: 20 } }]);
    expect(store.appendProgress).not.toHaveBeenCalled();
  });

  it('refuses a multipart body with no update part, or one that does not parse', async () => {
    const store = fakeStore();
    const noUpdate = await serve(store, await multipart('POST', '/measures/m1/progress', [{ name: 'f-a', blob: new Blob(['abc']) }]));
    expect(noUpdate.status).toBe(400);
    expect((await errorOf(noUpdate)).fields.map((f) => f.path)).toEqual(['update']);
    const cut = new Request('http://localhost/api/v1/measures/m1/progress', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="update"\r\n\r\n{"a":',
    });
    expect((await serve(store, cut)).status).toBe(400);
    const notJson = await serve(store, await multipart('POST', '/measures/m1/progress', [{ name: 'update', json: 'ไม่ใช่ออบเจ็กต์' }]));
    expect(notJson.status).toBe(400);
    expect(store.appendProgress).not.toHaveBeenCalled();
  });

  it('answers 413 with the validation body when the agency is out of space', async () => {
    const store = fakeStore();
    store.appendProgress.mockRejectedValueOnce(uploadRefused({ path: 'files', refusal: { code: 'agency.overQuota', values: { used: 10, adding: 5, limit: 12 } } }));
    const files = [ref('f-a', 'a.pdf')];
    const response = await serve(store, await multipart('POST', '/measures/m1/progress', [{ name: 'update', json: input(files) }, { name: 'f-a', blob: new Blob(['abc']) }]));
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ kind: 'validation', fields: [{ path: 'files', code: 'evidence.agency.overQuota', values: { used: 10, adding: 5, limit: 12 } }] });
  });
});

describe('PUT /data', () => {
  it('takes a restore as multipart, its files by id, and keeps ifEmpty', async () => {
    const store = fakeStore();
    const data = { units: [], progressUpdates: [] };
    const response = await serve(store, await multipart('PUT', '/data?ifEmpty=true', [{ name: 'data', json: data }, { name: 'f-1', blob: new Blob(['abc']) }]));
    expect(response.status).toBe(204);
    const [given, options] = store.replaceData.mock.calls[0] as unknown as [unknown, { onlyIfEmpty: boolean; files: Map<string, Blob> }];
    expect(given).toEqual(data);
    expect(options.onlyIfEmpty).toBe(true);
    expect([...options.files.keys()]).toEqual(['f-1']);
    expect(await bytesOf(options.files.get('f-1') as Blob)).toEqual([97, 98, 99]);
  });

  it('takes JSON alone as before', async () => {
    const store = fakeStore();
    await serve(store, new Request('http://localhost/api/v1/data', { method: 'PUT', body: '{"units":[]}' }));
    expect(store.replaceData).toHaveBeenCalledWith({ units: [] }, { onlyIfEmpty: false });
  });
});

describe('GET /evidence/:fileId', () => {
  const thai = ref('f-1', 'รายงานการประชุม (ครั้งที่ 1) 100%.pdf');

  it('sends the bytes under the reference type, inline, with a Thai name the browser can read back', async () => {
    const store = fakeStore({ file: thai, bytes: new Uint8Array([37, 80, 68]) });
    const response = await serve(store, new Request('http://localhost/api/v1/evidence/f-1'));
    expect(response.status).toBe(200);
    expect(await bytesOf(await response.blob())).toEqual([37, 80, 68]);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': '3',
      'content-disposition':
        "inline; filename=\"evidence_1_100.pdf\"; filename*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%E0%B8%81%E0%B8%B2%E0%B8%A3%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B8%E0%B8%A1%20%28%E0%B8%84%E0%B8%A3%E0%B8%B1%E0%B9%89%E0%B8%87%E0%B8%97%E0%B8%B5%E0%B9%88%201%29%20100%25.pdf",
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=31536000, immutable',
      etag: `"${thai.sha256}"`,
      'cross-origin-resource-policy': 'same-origin',
    });
    // Not on a PDF: Chromium's viewer does not run sandboxed.
    expect(response.headers.has('content-security-policy')).toBe(false);
    const star = /filename\*=UTF-8''(.*)$/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? '';
    expect(decodeURIComponent(star)).toBe(thai.name);
    expect(decodeEvidenceHeader(response.headers.get('x-evidence-file'))).toEqual(thai);
  });

  it.each([
    ['photo.jpg', 'jpeg', 'inline; filename="photo.jpg"', true],
    ['แผน งบ.docx', 'docx', 'attachment; filename="evidence.docx"', false],
    ['scan 01.tif', 'tiff', 'attachment; filename="scan_01.tif"', true],
    ['"quoted"\\x.xlsx', 'xlsx', 'attachment; filename="quoted_x.xlsx"', false],
  ] as const)('sends %s (%s) as %s', (name, type, disposition, sandboxed) => {
    const headers = evidenceHeaders(ref('f-2', name, type));
    expect(headers.get('content-disposition')).toMatch(new RegExp(`^${disposition.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; filename\\*=UTF-8''`));
    expect(headers.get('content-security-policy')).toBe(sandboxed ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox" : null);
  });

  it('answers 304 to the ETag the browser holds', async () => {
    const store = fakeStore({ file: thai, bytes: new Uint8Array([1, 2, 3]) });
    const response = await serve(store, new Request('http://localhost/api/v1/evidence/f-1', { headers: { 'If-None-Match': `"${thai.sha256}"` } }));
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for an id the agency does not hold', async () => {
    const response = await serve(fakeStore({ file: thai, bytes: new Uint8Array([1, 2, 3]) }), new Request('http://localhost/api/v1/evidence/nope'));
    expect(response.status).toBe(404);
    expect((await errorOf(response)).kind).toBe('not-found');
  });
});

it('GET /evidence-usage answers the space used and the limit', async () => {
  const response = await serve(fakeStore(), new Request('http://localhost/api/v1/evidence-usage'));
  expect(await response.json()).toEqual({ used: 1234, limit: 2048 });
});
