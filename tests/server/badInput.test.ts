import { API_ROUTES } from '../../api/routes';
import { createServerApp } from '../../server/serverApp';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { DEFAULT_REMINDER_SETTINGS } from '../../src/domain/reminders/settings';
import { FINANCE_HEAD, PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { PASSWORD, startTestServer } from './testServer';

// Every bad input is a 400 (415 for a body that is not JSON) whose Thai message names the field,
// never a 500: each kind sent to every route the server has, as a signed-in planning officer.
let server: Awaited<ReturnType<typeof startTestServer>>;
let plannerId = '';
beforeAll(async () => {
  server = await startTestServer();
  const session = await server.fetchAs(() => PLANNER)(`${server.base}/api/v1/session`);
  plannerId = ((await session.json()) as { account: { id: string } }).account.id;
});
afterAll(() => server.close());

const data: DataSet = seedData();
const INT_TOO_BIG = 2 ** 31;
const HUGE = 99_999_999_999_999;
const text = (n: number) => 'ก'.repeat(n);
type Body = Record<string, unknown>;
const withPath = (value: Body, path: string, replacement: unknown): Body => {
  const copy = structuredClone(value);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1) as string] = replacement;
  return copy;
};

/** A valid body for each route that takes one, the field to make too long, and an integer to overflow. */
interface BodyCase {
  body: () => Body;
  long?: [path: string, value: string];
  integer?: [path: string, value: number];
}
const newMeasure = () => ({
  assessmentId: 'asm-2565',
  kind: 'plan',
  title: 'มาตรการทดสอบ',
  description: '',
  steps: [],
  unitIds: ['unit-finance'],
  timeframe: 'ต.ค.65-ธ.ค.66',
  followUp: '',
  links: { indicators: [], oItems: [], findingIds: [] },
});
const BODIES: Record<string, BodyCase> = {
  'POST /measures': { body: newMeasure, long: ['title', text(1_001)], integer: ['links.indicators', HUGE] },
  'PATCH /measures/:id': { body: () => ({ expectedVersion: 1, changes: { followUp: 'ตรวจทุกเดือน' } }), long: ['changes.followUp', text(20_001)], integer: ['expectedVersion', INT_TOO_BIG] },
  'PUT /measures/:id/archived': { body: () => ({ expectedVersion: 1, archived: true }), integer: ['expectedVersion', INT_TOO_BIG] },
  'POST /measures/:id/progress': {
    body: () => ({ date: '2026-11-20', status: 'in-progress', percent: 50, note: '', evidenceUrl: '' }),
    long: ['note', text(20_001)],
    integer: ['percent', HUGE],
  },
  'PATCH /settings': { body: () => ({ improvementMark: 90 }), integer: ['improvementMark', HUGE] },
  'PUT /organisation': { body: () => ({ ...data.organisation }), long: ['name', text(201)] },
  'PUT /units/:id': { body: () => ({ ...data.units.find((u) => u.id === 'unit-finance') }), long: ['name', text(201)] },
  'PUT /frameworks/:fiscalYear': { body: () => structuredClone(data.frameworks.find((f) => f.fiscalYear === 2565)) as never, long: ['name', text(201)], integer: ['passMark', HUGE] },
  'PUT /assessments/:id': { body: () => structuredClone(data.assessments[0]) as never, long: ['overview', text(20_001)], integer: ['reportedPassCount.passed', INT_TOO_BIG] },
  'PUT /findings/:id': { body: () => structuredClone(data.findings.find((f) => f.id === 'fnd-eit-1')) as never, long: ['analysis', text(20_001)], integer: ['order', INT_TOO_BIG] },
  'PUT /data': { body: () => structuredClone(data) as never, long: ['organisation.name', text(201)], integer: ['measures.0.version', INT_TOO_BIG] },
  'POST /session': { body: () => ({ username: 'planner', password: 'x' }), long: ['username', 'a'.repeat(5_000)] },
  'POST /accounts': { body: () => ({ username: 'newcomer', name: 'ผู้มาใหม่', role: 'executive', unitId: null, password: PASSWORD }), long: ['name', text(201)] },
  'PATCH /accounts/:id': { body: () => ({ name: 'ชื่อใหม่' }), long: ['name', text(201)] },
  'PUT /session/password': { body: () => ({ currentPassword: 'not the password', newPassword: 'x' }), long: ['currentPassword', 'x'.repeat(5_000)] },
  'POST /setup/first-account': { body: () => ({ setupCode: '1234-5678-9012', username: 'newcomer', name: 'ผู้มาใหม่', password: PASSWORD }), long: ['name', text(201)] },
  'PUT /reminders/settings': { body: () => ({ ...DEFAULT_REMINDER_SETTINGS }), long: ['email.smtp.host', text(201)], integer: ['daysBefore', HUGE] },
  'POST /reminders/test/line': { body: () => ({}), long: ['to', 'U'.repeat(5_000)] },
  'POST /reminders/test/email': { body: () => ({}), long: ['to', 'a'.repeat(5_000)] },
};
const PARAMS: Record<string, () => string> = { id: () => 'msr-plan-3', fiscalYear: () => '2565' };
const paramsFor = (path: string): Record<string, () => string> =>
  path.startsWith('/units') ? { id: () => 'unit-finance' } :
  path.startsWith('/assessments') ? { id: () => 'asm-2565', fiscalYear: () => '2565' } :
  path.startsWith('/findings') ? { id: () => 'fnd-eit-1' } :
  path.startsWith('/accounts') ? { id: () => plannerId } :
  path.startsWith('/progress') ? { id: () => 'prg-none' } : PARAMS;

// Every route the server answers below /api/v1: the contract's table and the server's own.
// (Built only to list its routes: no request reaches its pool.)
const ROUTES = createServerApp({ pool: {} as never, log: () => undefined })
  .routes.filter((r) => r.path.startsWith('/api/v1/') && !r.path.includes('*') && r.method !== 'ALL')
  .map((r) => ({ method: r.method, path: r.path.slice('/api/v1'.length) }))
  .filter((r, i, all) => all.findIndex((o) => o.method === r.method && o.path === r.path) === i);

const urlOf = (path: string, params: Record<string, string> = {}, query = '') =>
  `/api/v1${path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? paramsFor(path)[name]?.() ?? 'x')}${query}`;

interface Answer {
  status: number;
  error: { message: string; fields?: { path: string }[] };
}
async function send(method: string, url: string, body?: string, contentType = 'application/json'): Promise<Answer> {
  // A write with no body of its own carries an empty JSON one, as the app's do.
  const sent = body ?? (method === 'GET' || method === 'DELETE' ? undefined : '{}');
  const headers: Record<string, string> = sent === undefined ? {} : { 'Content-Type': contentType };
  const response = await server.fetchAs(() => PLANNER)(`${server.base}${url}`, { method, headers, body: sent });
  const parsed = (await response.json().catch(() => ({}))) as { error?: Answer['error'] };
  return { status: response.status, error: parsed.error ?? { message: '' } };
}

const THAI = /[\u0E00-\u0E7F]/;
function expectRefusal(answer: Answer, field: string, status = 400) {
  expect(answer.status, answer.error.message).toBe(status);
  expect(answer.error.message).toMatch(THAI);
  if (status === 400) {
    expect(answer.error.message).toContain(field);
    expect(answer.error.fields?.map((f) => f.path).some((p) => p === field || p.endsWith(`.${field}`) || field.endsWith(`.${p}`) || p.startsWith(`${field}.`))).toBe(true);
  }
}

it('knows every write of the contract, so a new route needs a row here', () => {
  const writes = ROUTES.filter((r) => r.method !== 'GET' && r.method !== 'DELETE').map((r) => `${r.method} ${r.path}`);
  expect(API_ROUTES.length).toBeGreaterThan(20);
  for (const route of API_ROUTES) expect(ROUTES).toContainEqual({ method: route.method, path: route.path });
  expect(writes.filter((w) => !BODIES[w])).toEqual([]);
});

describe.each(ROUTES)('$method $path', ({ method, path }) => {
  const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
  const row = BODIES[`${method} ${path}`];

  it('refuses a bad query parameter: NUL, a lone surrogate, bytes that are not UTF-8, an overlong one', async () => {
    for (const value of ['%00', 'a%0A%00b', '%ED%A0%80', '%C0%80', 'x'.repeat(201)]) {
      expectRefusal(await send(method, urlOf(path, {}, `?assessmentId=${value}`)), 'assessmentId');
    }
    expectRefusal(await send(method, urlOf(path, {}, '?%00=1')), 'ชื่อพารามิเตอร์ใน URL');
  });

  if (names.length > 0) it('refuses a bad path parameter, naming it', async () => {
    for (const name of names) {
      for (const value of ['%00', 'msr%00', '%ED%A0%80', '%FF', 'x'.repeat(201)]) expectRefusal(await send(method, urlOf(path, { [name]: value })), name);
    }
  });

  if (path.includes(':fiscalYear')) it('refuses a fiscal year out of range', async () => {
    const body = row ? JSON.stringify(withPath(row.body(), 'fiscalYear', HUGE)) : undefined;
    expectRefusal(await send(method, urlOf(path, { fiscalYear: String(HUGE) }), body), 'fiscalYear');
    expectRefusal(await send(method, urlOf(path, { fiscalYear: '0x9f5' }), body), 'fiscalYear');
  });

  if (row) it('refuses NUL and lone surrogates anywhere in the JSON, and names where', async () => {
    const body = row?.body() ?? {};
    const cases: [string, string][] = [
      [JSON.stringify({ ...body, deep: { list: ['ok', 'a\u0000b'] } }), 'deep.list.1'],
      [JSON.stringify({ ...body, deep: { list: ['ok', 'a\ud800b'] } }), 'deep.list.1'],
      [JSON.stringify({ ...body, deep: { list: ['\udc00'] } }), 'deep.list.0'],
      [JSON.stringify({ ...body, 'bad\u0000key': 1 }), 'bad\\u0000key'],
      ['"\\u0000"', 'เนื้อหาคำขอ'],
    ];
    for (const [json, field] of cases) {
      const answer = await send(method, urlOf(path), json);
      expect(answer.status, answer.error.message).toBe(400);
      expect(answer.error.message).toMatch(THAI);
      expect(answer.error.message).toContain(field);
    }
  });

  if (row) it('refuses a body that is no JSON (400), one nested deep (400), and one that is not JSON at all (415)', async () => {
    for (const json of ['{"title": ', '\u0000', `${'['.repeat(50_000)}${']'.repeat(50_000)}`]) {
      const answer = await send(method, urlOf(path), json);
      expect(answer.status, answer.error.message).toBe(400);
      expect(answer.error.message).toMatch(THAI);
    }
    expectRefusal(await send(method, urlOf(path), 'title=x', 'text/plain'), '', 415);
    expectRefusal(await send(method, urlOf(path), 'title=x', 'application/x-www-form-urlencoded'), '', 415);
  });

  if (row?.long) it('refuses an oversized text, naming the field', async () => {
    const [field, value] = row?.long ?? ['', ''];
    expectRefusal(await send(method, urlOf(path), JSON.stringify(withPath(row?.body() ?? {}, field, value))), field.replace(/^changes\./, ''));
  });

  if (row?.integer) it('refuses an integer out of range, naming the field', async () => {
    const [field, value] = row?.integer ?? ['', 0];
    const answer = await send(method, urlOf(path), JSON.stringify(withPath(row?.body() ?? {}, field, field === 'links.indicators' ? [value] : value)));
    expectRefusal(answer, field);
  });
});

it('refuses a write whose Origin is no URL with 403, not 500', async () => {
  for (const origin of ['not a url', 'http://', 'null', '://x']) {
    const response = await fetch(`${server.base}/api/v1/session`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'planner', password: 'x' }),
    });
    expect(response.status, origin).toBe(403);
  }
});

it('still answers a department head’s good request after all of it', async () => {
  const response = await server.fetchAs(() => FINANCE_HEAD)(`${server.base}/api/v1/measures?assessmentId=asm-2565`);
  expect(response.status).toBe(200);
});

it('still refuses a body past the limit with 413, sent whole or streamed with no length', async () => {
  const app = createServerApp({ pool: server.db.pool, maxBodyBytes: 1_024, log: () => undefined, logRequest: () => undefined });
  const headers = { 'Content-Type': 'application/json', Origin: 'http://localhost', Host: 'localhost' };
  const body = JSON.stringify({ improvementMark: 90, padding: 'x'.repeat(2_000) });
  const whole = await app.request('/api/v1/settings', { method: 'PATCH', headers: { ...headers, 'Content-Length': String(body.length) }, body });
  expect(whole.status).toBe(413);
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(body));
      controller.close();
    },
  });
  const streamed = await app.request('/api/v1/settings', { method: 'PATCH', headers, body: stream, duplex: 'half' } as RequestInit);
  expect(streamed.status).toBe(413);
  expect(((await streamed.json()) as { error: { message: string } }).error.message).toMatch(/^คำขอใหญ่เกินไป/);
});
