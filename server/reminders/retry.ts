import type { SendOutcome } from './sendFailure';

export interface RetryOptions {
  /** Tries in all, the first included. */
  tries?: number;
  /** The first wait; each next one doubles. */
  baseMs?: number;
  /** A wait asked for beyond this is not waited for here: the send is left to a later round. */
  maxWaitMs?: number;
  /** Waits (tests pass one that only records). */
  sleep?: (ms: number) => Promise<void>;
  /** The server stopping: no wait is finished and no try made after it; the send is left to a later round. */
  signal?: AbortSignal;
}

/** Resolves when the signal aborts (never without one). */
const aborted = (signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Tries a send again while its failure says trying can help (429, 5xx, the network), waiting
 * as the other side asks (Retry-After) or twice as long each time. A refusal (400, 401) is
 * answered at once. Returns the last outcome and how many tries it took.
 */
export async function withRetries(
  send: () => Promise<SendOutcome>,
  { tries = 3, baseMs = 2_000, maxWaitMs = 60_000, sleep = realSleep, signal }: RetryOptions = {},
): Promise<{ outcome: SendOutcome; tries: number }> {
  let outcome = await send();
  let made = 1;
  while (!outcome.ok && outcome.failure.retry && made < tries) {
    const wait = outcome.failure.retryAfterMs ?? baseMs * 2 ** (made - 1);
    if (wait > maxWaitMs || signal?.aborted) break;
    await Promise.race([sleep(wait), aborted(signal)]);
    if (signal?.aborted) break;
    outcome = await send();
    made += 1;
  }
  return { outcome, tries: made };
}
