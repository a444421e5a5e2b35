import { serve, type ServerType } from '@hono/node-server';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { Pool } from 'pg';
import { CONNECT_TIMEOUT_MS, createPool } from '../../server/db/pool';
import { createServerApp } from '../../server/serverApp';

// A database that takes the connection and then says nothing (its machine frozen, a firewall
// dropping the answers): every request must still be answered, 503 with Retry-After, within
// the connect time limit, never left hanging.
let silent: Server;
const sockets: Socket[] = [];
let pool: Pool;
let server: ServerType;
let base = '';

beforeAll(async () => {
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  pool = createPool(`postgres://ita@127.0.0.1:${(silent.address() as AddressInfo).port}/ita`, { log: () => undefined });
  const app = createServerApp({ pool, log: () => undefined, logRequest: () => undefined });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
  await pool.end();
});

it('answers 503 with Retry-After, in time, while the database says nothing', async () => {
  const started = Date.now();
  const timed = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${path}`, init);
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json(), seconds: (Date.now() - started) / 1000 };
  };
  const [read, signIn, health] = await Promise.all([
    timed('/api/v1/measures?assessmentId=asm-2565', { headers: { Cookie: 'ita_session=some-token' } }),
    timed('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ username: 'somchai', password: 'ดอกคูนบานสะพรั่ง-42' }),
    }),
    timed('/api/v1/health'),
  ]);
  const limit = CONNECT_TIMEOUT_MS / 1000 + 3;
  for (const answer of [read, signIn, health]) {
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('5');
    expect(answer.seconds).toBeLessThan(limit);
  }
  // The sign-in's own words: the database is away, nothing was wrong with what was typed.
  expect(signIn.body).toEqual({ error: { kind: 'unavailable', message: expect.stringContaining('ฐานข้อมูลของเซิร์ฟเวอร์ไม่ตอบสนอง') } });
  expect(health.body).toEqual({ database: 'unavailable' });
});
