import { responseFor } from '../../../api/respond';
import { API_ROUTES } from '../../../api/routes';
import { blobBody } from '../../../src/data/adapters/http/blobBody';
import { findingParts } from '../../../src/data/adapters/http/findingParts';
import { multipartBody, type Part } from '../../../src/data/adapters/http/multipartBody';
import type { Store } from '../../../src/data/store';
import type { EvidenceFile } from '../../../src/domain/evidence/schema';
import type { Finding } from '../../../src/domain/schemas/finding';

const ref = (id: string, name = `${id}.pdf`): EvidenceFile => ({ id, name, type: 'pdf', size: 3, sha256: 'a'.repeat(64) });
const finding = (files?: EvidenceFile[]): Finding => ({
  id: 'fnd-1',
  assessmentId: 'asm-2565',
  instrument: 'OIT',
  order: 1,
  target: { kind: 'oItem', code: 'O1' },
  title: 'โครงสร้าง',
  statedScore: 0,
  group: '',
  assessorComment: '',
  analysis: '',
  improvement: '',
  unitIds: [],
  ...(files ? { files } : {}),
});
const blob = (...bytes: number[]) => new Blob([new Uint8Array(bytes)]);
const bytesOf = async (b: Blob) => Array.from(new Uint8Array(await b.arrayBuffer()));

function fakeStore() {
  return { saveFinding: vi.fn((given: unknown) => Promise.resolve(given)) };
}

const route = API_ROUTES.find((r) => r.method === 'PUT' && r.path === '/findings/:id');

async function put(store: ReturnType<typeof fakeStore>, request: Request, id = 'fnd-1'): Promise<Response> {
  if (!route) throw new Error('no PUT /findings/:id');
  try {
    return await route.answer(store as unknown as Store, request, { id });
  } catch (error) {
    return responseFor(error);
  }
}

async function multipart(parts: readonly Part[]): Promise<Request> {
  const { body, contentType } = multipartBody(parts);
  return new Request('http://localhost/api/v1/findings/fnd-1', { method: 'PUT', headers: { 'Content-Type': contentType }, body: await blobBody(body) });
}
const fieldsOf = async (response: Response) => ((await response.json()) as { error: { fields: { path: string; code?: string; values?: object }[] } }).error.fields;

describe('PUT /findings/:id', () => {
  it('takes JSON alone as before, with no upload for the store', async () => {
    const store = fakeStore();
    const body = finding([ref('f-kept')]);
    const response = await put(store, new Request('http://localhost/api/v1/findings/fnd-1', { method: 'PUT', body: JSON.stringify(body) }));
    expect(response.status).toBe(200);
    expect(store.saveFinding).toHaveBeenCalledWith(body, undefined);
  });

  it('hands the store the parts in the order of the references, the kept ones having none', async () => {
    const store = fakeStore();
    const body = finding([ref('f-new-1'), ref('f-kept'), ref('f-new-2')]);
    const request = await multipart([
      { name: 'finding', json: body },
      { name: 'f-new-2', blob: blob(2, 2) },
      { name: 'f-new-1', blob: blob(1) },
    ]);
    expect((await put(store, request)).status).toBe(200);
    const [given, upload] = store.saveFinding.mock.calls[0] as unknown as [Finding, { files: Blob[] }];
    expect(given).toEqual(body);
    expect(await Promise.all(upload.files.map(bytesOf))).toEqual([[1], [2, 2]]);
  });

  it.each([
    ['a part no reference names', [{ name: 'f-a', blob: blob(1) }, { name: 'stray', blob: blob(2) }], { name: 'stray' }],
    ['a file sent twice', [{ name: 'f-a', blob: blob(1) }, { name: 'f-a', blob: blob(1) }], { name: 'f-a' }],
    ['a file sent as text', [{ name: 'f-a', json: 'abc' }], { name: 'f-a' }],
  ] as [string, Part[], object][])('refuses %s before the store is asked', async (_, files, values) => {
    const store = fakeStore();
    const response = await put(store, await multipart([{ name: 'finding', json: finding([ref('f-a')]) }, ...files]));
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual([{ path: 'files', code: 'evidence.file.hashMismatch', values, message: expect.any(String) as string }]);
    expect(store.saveFinding).not.toHaveBeenCalled();
  });

  it('refuses 21 parts as too many, and a body with no finding part', async () => {
    const store = fakeStore();
    const parts: Part[] = Array.from({ length: 21 }, (_, i) => ({ name: `f-${i}`, blob: blob(i) }));
    const tooMany = await put(store, await multipart([{ name: 'finding', json: finding([]) }, ...parts]));
    expect(await fieldsOf(tooMany)).toMatchObject([{ path: 'files', code: 'evidence.update.tooMany', values: { count: 21, limit: 20 } }]);
    const noFinding = await put(store, await multipart([{ name: 'f-a', blob: blob(1) }]));
    expect(noFinding.status).toBe(400);
    expect((await fieldsOf(noFinding)).map((f) => f.path)).toEqual(['finding']);
    expect(store.saveFinding).not.toHaveBeenCalled();
  });

  it('refuses a multipart finding whose id is not the path’s', async () => {
    const store = fakeStore();
    const response = await put(store, await multipart([{ name: 'finding', json: finding([ref('f-a')]) }, { name: 'f-a', blob: blob(1) }]), 'fnd-2');
    expect(response.status).toBe(400);
    expect((await fieldsOf(response)).map((f) => f.path)).toEqual(['id']);
    expect(store.saveFinding).not.toHaveBeenCalled();
  });
});

describe('the HTTP store’s parts for a finding', () => {
  const names = (parts: Part[]) => parts.map((p) => p.name);

  it('names every blob by its reference when all are new, without asking what the server keeps', async () => {
    const listed = vi.fn(() => Promise.resolve([]));
    const parts = await findingParts(finding([ref('f-1'), ref('f-2')]), [blob(1), blob(2)], listed);
    expect(names(parts)).toEqual(['finding', 'f-1', 'f-2']);
    expect(parts[0]).toEqual({ name: 'finding', json: finding([ref('f-1'), ref('f-2')]) });
    expect(listed).not.toHaveBeenCalled();
  });

  it('skips the files the server keeps for this finding, wherever they stand', async () => {
    const held = finding([ref('f-kept-1'), ref('f-kept-2')]);
    const other = { ...finding([ref('f-new-2')]), id: 'fnd-other' };
    const saving = finding([ref('f-new-1'), ref('f-kept-1'), ref('f-new-2'), ref('f-kept-2')]);
    const parts = await findingParts(saving, [blob(1), blob(2)], () => Promise.resolve([other, held]));
    expect(names(parts)).toEqual(['finding', 'f-new-1', 'f-new-2']);
    expect(await Promise.all(parts.slice(1).map((p) => ('blob' in p ? bytesOf(p.blob) : [])))).toEqual([[1], [2]]);
  });

  it('names a blob with no new reference left by its place, for the server to refuse', async () => {
    const parts = await findingParts(finding([ref('f-kept'), ref('f-new')]), [blob(1)], () => Promise.resolve([finding([ref('f-kept'), ref('f-new')])]));
    expect(names(parts)).toEqual(['finding', '#1']);
  });
});
