import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LineRequest {
  authorization: string | undefined;
  retryKey: string | undefined;
  body: { to: string; messages: { type: string; text: string }[] };
}
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A fake of LINE's push endpoint on loopback: it keeps what it was sent, answers from a script
 * (then 200), refuses any token but its own with 401, and accepts a retry key once (409 after),
 * as LINE does. `delivered` is what a phone would show: each accepted message once.
 */
export async function startFakeLine(token = 'right-token') {
  const requests: LineRequest[] = [];
  const delivered: { to: string; text: string }[] = [];
  const script: ScriptedAnswer[] = [];
  const accepted = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, body: unknown = {}, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== '/v2/bot/message/push') return answer(404, { message: 'Not found' });
      const request: LineRequest = {
        authorization: req.headers.authorization,
        retryKey: req.headers['x-line-retry-key'] as string | undefined,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as LineRequest['body'],
      };
      requests.push(request);
      if (request.authorization !== `Bearer ${token}`) return answer(401, { message: 'Authentication failed. Confirm that the access token in the authorization header is valid.' });
      if (request.retryKey && accepted.has(request.retryKey)) return answer(409, { message: 'The retry key is already accepted' });
      const scripted = script.shift();
      if (scripted) return answer(scripted.status, scripted.body ?? {}, scripted.headers);
      if (!/^[UCR][0-9a-f]{32}$/.test(request.body.to)) return answer(400, { message: 'The property, \'to\', in the request body is invalid' });
      if (request.retryKey) accepted.add(request.retryKey);
      for (const m of request.body.messages) delivered.push({ to: request.body.to, text: m.text });
      return answer(200, { sentMessages: [{ id: String(delivered.length) }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    requests,
    delivered,
    /** The next answers, in order, before the fake answers for itself again. */
    answer: (...answers: ScriptedAnswer[]) => script.push(...answers),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type FakeLine = Awaited<ReturnType<typeof startFakeLine>>;
