import { http, HttpResponse } from 'msw';
import { createMockApiServer } from '../../../mocks/node';
import { createHttpStore } from '../../../src/data/adapters/http/httpStore';
import { StoreError } from '../../../src/data/storeError';
import type { Actor } from '../../../src/domain/schemas/actor';
import { progress, PLANNER } from '../../contract/storeContract';
import { seedData } from '../../support/seed';

const BASE = 'http://localhost/api/v1';
const { server, faults } = createMockApiServer(seedData);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  faults.reset();
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(() => new Error('expected a refusal'), (e: unknown) => e);
  if (!(error instanceof StoreError)) throw error;
  return error;
}

const store = (actor: Actor = PLANNER, timeoutMs?: number) => createHttpStore({ baseUrl: BASE, actor: () => actor, timeoutMs });

describe('the REST adapter', () => {
  it('turns a timeout into a network error that says the typing is kept', async () => {
    faults.set({ latencyMs: 200 });
    const error = await failure(store(PLANNER, 50).getSettings());
    expect(error.detail).toEqual({ kind: 'network', reason: 'timeout' });
    expect(error.message).toContain('ข้อมูลที่พิมพ์ไว้ยังอยู่');
  });

  it('gives a whole-data restore longer than a record read before it times out', async () => {
    faults.set({ latencyMs: 200 });
    const slow = store(PLANNER, 50);
    expect((await failure(slow.getSettings())).detail).toEqual({ kind: 'network', reason: 'timeout' });
    const data = await store().exportData();
    await expect(slow.replaceData(data)).resolves.toBeUndefined();
  });

  it('turns a failed network into an offline error', async () => {
    faults.set({ fail: 'all', failStatus: 0 });
    expect((await failure(store().getSettings())).detail).toEqual({ kind: 'network', reason: 'offline' });
  });

  it('turns an injected server failure on writes into a server error, and still reads', async () => {
    faults.set({ fail: 'writes', failStatus: 503 });
    expect(await store().getSettings()).toEqual({ improvementMark: 90 });
    const error = await failure(store().updateSettings({ improvementMark: 80 }));
    expect(error.detail).toEqual({ kind: 'network', reason: 'server', status: 503 });
    expect(error.message).toContain('รหัส 503');
  });

  it('maps a full server disk to a storage quota error', async () => {
    faults.set({ fail: 'all', failStatus: 507 });
    expect((await failure(store().getSettings())).detail).toEqual({ kind: 'storage', reason: 'quota' });
  });

  it('refuses a response that does not match the schema, rather than showing it', async () => {
    server.use(http.get(`${BASE}/settings`, () => HttpResponse.json({ improvementMark: 'ninety' })));
    const error = await failure(store().getSettings());
    expect(error.detail).toEqual({ kind: 'network', reason: 'bad-response' });
    server.use(http.get(`${BASE}/units`, () => new HttpResponse('<html>proxy error</html>', { status: 502 })));
    expect((await failure(store().listUnits())).detail).toEqual({ kind: 'network', reason: 'server', status: 502 });
    server.use(http.get(`${BASE}/units`, () => new HttpResponse('oops', { status: 418 })));
    expect((await failure(store().listUnits())).detail).toEqual({ kind: 'network', reason: 'bad-response' });
  });

  it('carries a Thai name through the URI-encoded header, as the author of an update', async () => {
    const head: Actor = { name: 'นางสาวมณีรัตน์ ศรีสุข', role: 'department-head', unitId: 'unit-palad' };
    const update = await store(head).appendProgress('msr-plan-1', progress());
    expect(update.authorName).toBe('นางสาวมณีรัตน์ ศรีสุข');
    expect(update.unitId).toBe('unit-palad');
  });
});

describe('the REST adapter on the agency’s server', () => {
  it('names the account the tab signed in as on every request, and says when the server refuses it', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/settings`, ({ request }) => {
        seen.push(request.headers.get('X-ITA-Account'));
        return HttpResponse.json({ error: { kind: 'unauthorized', message: 'กรุณาลงชื่อเข้าใช้ก่อน (หรือการเข้าใช้หมดเวลาแล้ว)' } }, { status: 401 });
      }),
    );
    let ended = 0;
    const tab = createHttpStore({ baseUrl: BASE, actor: () => PLANNER, signedInAs: 'acc-planner', onUnauthorized: () => (ended += 1) });
    expect((await failure(tab.getSettings())).detail).toEqual({ kind: 'forbidden' });
    await failure(store().getSettings());
    expect(seen).toEqual(['acc-planner', null]);
    expect(ended).toBe(1);
  });
});

describe('the mocked API server', () => {
  it('refuses a request with no one named as acting, with Thai field messages', async () => {
    const response = await fetch(`${BASE}/settings`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.kind).toBe('validation');
    expect(body.error.message).toContain('ไม่ทราบว่าใครเป็นผู้ส่งคำขอ');
    expect(body.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['actor.name', 'actor.role']));
  });

  it('refuses a body that is not JSON, and a patch without the version it edits', async () => {
    const headers = { 'X-ITA-Role': 'planning-officer', 'X-ITA-Unit': '', 'X-ITA-User': 'planner' };
    const notJson = await fetch(`${BASE}/settings`, { method: 'PATCH', headers, body: '{improvementMark: 80' });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toBe('เนื้อหาคำขอไม่ใช่ JSON ที่อ่านได้');
    const noVersion = await fetch(`${BASE}/measures/msr-plan-1`, { method: 'PATCH', headers, body: JSON.stringify({ changes: {} }) });
    expect(noVersion.status).toBe(400);
    expect((await noVersion.json()).error.fields).toMatchObject([{ path: 'expectedVersion', message: 'ต้องระบุฉบับ (expectedVersion) ที่แก้ไข' }]);
    const badYear = await fetch(`${BASE}/assessments/abc`, { headers });
    expect(badYear.status).toBe(400);
  });

  it('refuses a PUT whose body names another record than its path', async () => {
    const headers = { 'X-ITA-Role': 'planning-officer', 'X-ITA-Unit': '', 'X-ITA-User': 'planner', 'Content-Type': 'application/json' };
    const response = await fetch(`${BASE}/units/unit-a`, { method: 'PUT', headers, body: JSON.stringify({ id: 'unit-b', name: 'กองช่าง', aliases: [] }) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual([{ path: 'id', message: 'ต้องตรงกับที่อยู่ของคำขอ (unit-a)' }]);
  });

  it('answers a stale write with 409 and the version that was saved', async () => {
    const headers = { 'X-ITA-Role': 'planning-officer', 'X-ITA-Unit': '', 'X-ITA-User': 'planner', 'Content-Type': 'application/json' };
    const first = await fetch(`${BASE}/measures/msr-plan-2`, { method: 'PATCH', headers, body: JSON.stringify({ expectedVersion: 1, changes: { followUp: 'ก' } }) });
    expect(first.status).toBe(200);
    const stale = await fetch(`${BASE}/measures/msr-plan-2`, { method: 'PATCH', headers, body: JSON.stringify({ expectedVersion: 1, changes: { followUp: 'ข' } }) });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current).toMatchObject({ id: 'msr-plan-2', version: 2, followUp: 'ก' });
  });
});
