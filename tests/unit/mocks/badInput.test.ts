import { createMockApiServer } from '../../../mocks/node';
import { actorHeaders } from '../../../src/data/adapters/http/actorHeaders';
import { PLANNER } from '../../contract/storeContract';
import { seedData } from '../../support/seed';

// The mocked API refuses what the server refuses, in the same words: the browser demo and the
// component tests meet the same 400s as the agency's server.
const { server } = createMockApiServer(seedData);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const api = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`http://localhost/api/v1${path}`, {
    ...init,
    headers: { ...actorHeaders(PLANNER), ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
  });
  return { status: response.status, error: ((await response.json()) as { error: { message: string; fields: { path: string }[] } }).error };
};

it('names a path or query parameter that holds NUL, a lone surrogate or bytes that are not UTF-8', async () => {
  for (const [path, field] of [
    ['/measures/msr%00', 'id'],
    ['/measures/%ED%A0%80/progress', 'id'],
    ['/findings?assessmentId=%00', 'assessmentId'],
    ['/measures?assessmentId=%FF', 'assessmentId'],
  ] as const) {
    const { status, error } = await api(path);
    expect(status, path).toBe(400);
    expect(error.fields.map((f) => f.path)).toEqual([field]);
    expect(error.message).toMatch(/^ที่อยู่ของคำขอไม่ถูกต้อง: /);
  }
});

it('names where in a JSON body a NUL or lone surrogate is, keys included', async () => {
  const patch = (changes: unknown) => api('/measures/msr-plan-1', { method: 'PATCH', body: JSON.stringify({ expectedVersion: 1, changes }) });
  expect((await patch({ steps: [{ text: 'ok', done: false }, { text: 'a\u0000', done: false }] })).error.fields).toMatchObject([
    { path: 'changes.steps.1.text', message: 'มีอักขระ NUL (\\u0000) ซึ่งบันทึกไม่ได้' },
  ]);
  expect((await patch({ title: '\ud83d' })).error.message).toBe('ข้อความใน changes.title มีอักขระที่ไม่สมบูรณ์ (surrogate ของ UTF-16 ที่ไม่มีคู่) ซึ่งบันทึกไม่ได้');
  expect((await patch({ 'x\u0000': 1 })).error.fields.map((f) => f.path)).toEqual(['changes.x\\u0000']);
  // A whole emoji is two halves together, and fine.
  expect((await patch({ followUp: 'ตรวจทุกเดือน 👍' })).status).toBe(200);
});

it('refuses a fiscal year the schemas do not allow, and a body that is a list', async () => {
  expect((await api('/assessments/99999999999999')).error.fields).toMatchObject([{ path: 'fiscalYear', message: 'ปี พ.ศ. ต้องไม่เกิน 2800' }]);
  expect((await api('/assessments/0x9f5')).error.fields).toMatchObject([{ path: 'fiscalYear', message: 'ปีงบประมาณต้องเป็นตัวเลข' }]);
  expect((await api('/settings', { method: 'PATCH', body: '[1]' })).status).toBe(400);
});
