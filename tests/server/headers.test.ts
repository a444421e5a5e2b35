import { serve, type ServerType } from '@hono/node-server';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createAccounts } from '../../server/auth/accounts';
import { createServerApp } from '../../server/serverApp';
import { createPgStore } from '../../server/store/pgStore';
import { PLANNER } from '../contract/storeContract';
import { seedData } from '../support/seed';
import { freshDatabase } from './database';
import { PASSWORD } from './testServer';

// The headers the server sends: a Content-Security-Policy of its own origin with the hashes of
// the page's inline script and styles, HSTS only over https, and the build's files compressed,
// kept for good when their names are hashed and checked each time when not.
const SCRIPT = "\n      if (location.hash === '#/x') document.title = 'x';\n    ";
const STYLE = `.loading{color:#333}${'.a{margin:0}'.repeat(200)}`;
const PAGE = `<!doctype html>
<html lang="th">
  <head>
    <title>แดชบอร์ดมาตรการ ITA</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/seed-abc123.js" data-first-visit>
    <style>${STYLE}</style>
  </head>
  <body><div id="root"></div><script>${SCRIPT}</script></body>
</html>`;
const SCRIPT_FILE = `export const words = ${JSON.stringify('มาตรการส่งเสริมคุณธรรมและความโปร่งใส '.repeat(200))};\n`;

let db: Awaited<ReturnType<typeof freshDatabase>>;
let root = '';
beforeAll(async () => {
  db = await freshDatabase();
  root = mkdtempSync(join(tmpdir(), 'ita-headers-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'assets', 'index-abc123.js'), SCRIPT_FILE);
  writeFileSync(join(root, 'assets', 'font-abc123.woff2'), Buffer.alloc(4_000, 7));
  writeFileSync(join(root, 'sw.js'), `// worker\n${'self.x = 1;\n'.repeat(200)}`);
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await db.drop();
});

const appWith = (options: { secureCookies?: boolean; trustProxy?: boolean } = {}) =>
  createServerApp({ pool: db.pool, staticRoot: root, log: () => undefined, logRequest: () => undefined, ...options });
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directives = (policy: string | null) => new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));

it('allows only its own origin, and the page’s inline script and styles by their hashes', async () => {
  const response = await appWith().request('/');
  const policy = directives(response.headers.get('content-security-policy'));
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'", hash(SCRIPT)]);
  expect(policy.get('style-src')).toEqual(["'self'", hash(STYLE)]);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  for (const name of ['font-src', 'connect-src', 'worker-src', 'base-uri', 'form-action']) expect(policy.get(name)).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(response.headers.get('content-security-policy')).not.toContain('unsafe');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  // The page itself is as before: marked as the server's, without the first visit's preloads.
  const page = await response.text();
  expect(page).toContain('<meta name="ita-data-source" content="server">');
  expect(page).not.toContain('data-first-visit');
  expect(response.headers.get('cache-control')).toBe('no-cache');
});

it('sends the same policy with the API’s answers', async () => {
  const response = await appWith().request('/api/v1/session');
  expect(response.status).toBe(401);
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
});

it('sends HSTS only over https: never over plain http, whatever a proxy it does not trust says', async () => {
  const hsts = async (options: Parameters<typeof appWith>[0], headers: Record<string, string> = {}, url = 'http://office.local/') =>
    (await appWith(options).request(url, { headers })).headers.get('strict-transport-security');
  expect(await hsts({})).toBeNull();
  expect(await hsts({}, { 'X-Forwarded-Proto': 'https' })).toBeNull();
  expect(await hsts({ trustProxy: true }, { 'X-Forwarded-Proto': 'https' })).toBe('max-age=31536000; includeSubDomains');
  expect(await hsts({ trustProxy: true }, { 'X-Forwarded-Proto': 'http' })).toBeNull();
  expect(await hsts({ trustProxy: true, secureCookies: true }, { 'X-Forwarded-Proto': 'http' })).toBeNull();
  expect(await hsts({ secureCookies: true })).toBe('max-age=31536000; includeSubDomains');
  expect(await hsts({}, {}, 'https://office.local/')).toBe('max-age=31536000; includeSubDomains');
});

it('sends the build’s files compressed, brotli when it is ready and gzip before, the same bytes once unpacked', async () => {
  const app = appWith();
  const gzip = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip, deflate' } });
  expect(gzip.headers.get('content-encoding')).toBe('gzip');
  expect(gzip.headers.get('vary')).toBe('Accept-Encoding');
  expect(gzip.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  const packed = Buffer.from(await gzip.arrayBuffer());
  expect(Number(gzip.headers.get('content-length'))).toBe(packed.length);
  expect(packed.length).toBeLessThan(Buffer.byteLength(SCRIPT_FILE) / 5);
  expect(gunzipSync(packed).toString()).toBe(SCRIPT_FILE);

  // Brotli is made in the background after the start: asked until it comes.
  await expect.poll(async () => (await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip, br' } })).headers.get('content-encoding'), { timeout: 20_000 }).toBe('br');
  const br = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'br;q=1, gzip;q=0.5' } });
  expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(SCRIPT_FILE);

  const plain = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toBe(SCRIPT_FILE);
  // A font is compressed already.
  const font = await app.request('/assets/font-abc123.woff2', { headers: { 'Accept-Encoding': 'gzip, br' } });
  expect(font.headers.get('content-encoding')).toBeNull();
  expect(font.headers.get('content-type')).toBe('font/woff2');
  expect((await font.arrayBuffer()).byteLength).toBe(4_000);
});

it('keeps hashed files for good, checks the rest each time, and answers 304 for a file the browser has', async () => {
  const app = appWith();
  const asset = await app.request('/assets/index-abc123.js');
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  const worker = await app.request('/sw.js', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(worker.headers.get('cache-control')).toBe('no-cache');
  expect(worker.headers.get('content-encoding')).toBe('gzip');
  const page = await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers.get('content-encoding')).toBe('gzip');
  const again = await app.request('/', { headers: { 'If-None-Match': page.headers.get('etag') ?? '' } });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe('');
  expect((await app.request('/', { headers: { 'If-None-Match': 'W/"another"' } })).status).toBe(200);
  // A file of a build that is gone is missing; any other path is the app's page.
  expect((await app.request('/assets/gone-123.js')).status).toBe(404);
  const deep = await app.request('/measures/msr-plan-1');
  expect(deep.status).toBe(200);
  expect(await deep.text()).toContain('ita-data-source');
});

it('compresses the API’s answers for a client that takes gzip', async () => {
  await createPgStore({ pool: db.pool, actor: () => PLANNER }).replaceData(seedData());
  await createAccounts(db.pool).create({ username: 'planner', name: PLANNER.name, role: 'planning-officer', unitId: null, password: PASSWORD });
  // Over a socket: sign-in reads the caller's address.
  const app = appWith();
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const signedIn = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ username: 'planner', password: PASSWORD }),
    });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const measures = await app.request('/api/v1/measures?assessmentId=asm-2565', { headers: { Cookie: cookie, 'Accept-Encoding': 'gzip' } });
    expect(measures.headers.get('content-encoding')).toBe('gzip');
    const list = JSON.parse(gunzipSync(Buffer.from(await measures.arrayBuffer())).toString()) as unknown[];
    expect(list.length).toBeGreaterThan(5);
    // Only to a client that takes it: curl in a health check gets plain JSON.
    const plain = await app.request('/api/v1/health');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual({ database: 'ok' });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
