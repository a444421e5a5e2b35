import { FINANCE_HEAD } from '../contract/storeContract';
import { PASSWORD, startTestServer, type ApiInit } from './testServer';

// Who may take back a progress update on the server: its author, known by the account's name
// (which no other account may have), or the planning officer.
let server: Awaited<ReturnType<typeof startTestServer>>;
let planner: string | null;
beforeAll(async () => {
  server = await startTestServer();
  planner = (await server.signIn('planner')).cookie;
});
afterAll(() => server.close());

const api = (path: string, init?: ApiInit) => server.api(path, init);
const newAccount = (username: string, name: string) =>
  api('/accounts', { method: 'POST', cookie: planner, body: JSON.stringify({ username, name, role: 'department-head', unitId: 'unit-finance', password: PASSWORD }) });
const fieldsOf = async (response: Response) => ((await response.json()) as { error: { fields?: { path: string }[] } }).error.fields?.map((f) => f.path);

it('gives no two accounts one name, whatever its case or spaces, on creation or rename', async () => {
  const twin = await newAccount('finance-twin', ` ${FINANCE_HEAD.name} `);
  expect(twin.status).toBe(400);
  expect(await fieldsOf(twin)).toEqual(['name']);
  const deputy = await newAccount('finance-deputy', 'รองผู้อำนวยการกองคลัง');
  expect(deputy.status).toBe(201);
  const { id } = (await deputy.json()) as { id: string };
  const rename = await api(`/accounts/${id}`, { method: 'PATCH', cookie: planner, body: JSON.stringify({ name: FINANCE_HEAD.name }) });
  expect(rename.status).toBe(400);
  expect(await fieldsOf(rename)).toEqual(['name']);
  expect((await api(`/accounts/${id}`, { method: 'PATCH', cookie: planner, body: JSON.stringify({ name: 'รองผู้อำนวยการกองคลัง (คนที่ 1)' }) })).status).toBe(200);
});

it('refuses with 403 and the reason a colleague of the same unit taking back the author’s update', async () => {
  const finance = (await server.signIn('finance')).cookie;
  const posted = await api('/measures/msr-plan-3/progress', {
    method: 'POST',
    cookie: finance,
    body: JSON.stringify({ date: '2023-01-15', status: 'in-progress', percent: 40, note: 'ทดสอบ', evidenceUrl: '' }),
  });
  expect(posted.status).toBe(201);
  const { id } = (await posted.json()) as { id: string };
  const colleague = (await server.signIn('finance-deputy')).cookie;
  const refused = await api(`/progress/${id}`, { method: 'DELETE', cookie: colleague });
  expect(refused.status).toBe(403);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
    `ถอนรายงานความคืบหน้าได้เฉพาะผู้บันทึกรายงานนั้น (${FINANCE_HEAD.name}) หรือเจ้าหน้าที่วิเคราะห์นโยบายและแผน`,
  );
  expect((await api(`/progress/${id}`, { method: 'DELETE', cookie: finance })).status).toBe(200);
});
