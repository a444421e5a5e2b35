import { randomUUID } from 'node:crypto';
import { detailOf, type SendOutcome } from './sendFailure';

/** LINE's Messaging API; tests point the sender at a fake of their own on loopback. */
export const LINE_API = 'https://api.line.me';
/** The longest text message LINE takes. */
const TEXT_LIMIT = 5_000;

export interface LinePush {
  token: string;
  to: string;
  text: string;
  /**
   * The same for every try of one message: LINE then accepts it once however often it is sent
   * (409 to the tries after), so a reply lost on the way cannot make a second message.
   */
  retryKey?: string;
}

export interface LineSenderOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Seconds (or an HTTP date) in Retry-After, as ms. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** LINE's error body: `{ message, details: [{ message, property }] }`. */
async function lineSaid(response: Response): Promise<string | undefined> {
  const body = (await response.json().catch(() => null)) as { message?: unknown; details?: { message?: unknown; property?: unknown }[] } | null;
  const details = Array.isArray(body?.details) ? body.details.map((d) => [d.property, d.message].filter(Boolean).join(': ')) : [];
  return detailOf([body?.message, ...details].filter(Boolean).join('; '));
}

/** One push message (POST /v2/bot/message/push), told as an outcome: it never throws. */
export function createLineSender({ baseUrl = LINE_API, fetch: send = globalThis.fetch, timeoutMs = 15_000 }: LineSenderOptions = {}) {
  return async function push({ token, to, text, retryKey = randomUUID() }: LinePush): Promise<SendOutcome> {
    let response: Response;
    try {
      response = await send(`${baseUrl.replace(/\/+$/, '')}/v2/bot/message/push`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'X-Line-Retry-Key': retryKey },
        body: JSON.stringify({ to, messages: [{ type: 'text', text: text.slice(0, TEXT_LIMIT) }] }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      // fetch says only "fetch failed"; why (ECONNREFUSED, a timeout) is in its cause.
      const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
      return { ok: false, failure: { code: 'network', values: { channel: 'line', detail: detailOf(cause?.code ?? cause?.message ?? (error as Error).message) }, retry: true } };
    }
    // 409: a try before this one with the same retry key was accepted.
    if (response.ok || response.status === 409) {
      await response.body?.cancel();
      return { ok: true };
    }
    const values = { channel: 'line' as const, status: response.status, detail: await lineSaid(response) };
    if (response.status === 401) return { ok: false, failure: { code: 'line-unauthorized', values, retry: false } };
    if (response.status === 429) return { ok: false, failure: { code: 'rate-limited', values, retry: true, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) } };
    if (response.status >= 500) return { ok: false, failure: { code: 'server-error', values, retry: true, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) } };
    return { ok: false, failure: { code: 'line-refused', values, retry: false } };
  };
}
export type LineSender = ReturnType<typeof createLineSender>;
