import type * as z from 'zod/mini';
import { StoreError } from '../../storeError';
import { badResponse, errorFromResponse, NETWORK_MESSAGES } from './httpErrors';

export interface JsonCallOptions {
  timeoutMs: number;
  fetch: typeof globalThis.fetch;
  /** Told when the server answers 401: the session has ended, and the person must sign in again. */
  onUnauthorized?: () => void;
}

/**
 * One request to the API, as both of the app's clients (the data set's store and the accounts)
 * make it: JSON in and out, a time limit, the answer parsed with the domain's schema, and every
 * failure a StoreError in Thai (offline, timed out, refused with the server's own words).
 */
export async function jsonCall<S extends z.ZodMiniType>(
  schema: S,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: unknown; credentials?: RequestCredentials },
  { timeoutMs, fetch, onUnauthorized }: JsonCallOptions,
): Promise<z.infer<S>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      credentials: init.credentials,
      headers: { Accept: 'application/json', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: controller.signal,
    });
  } catch {
    throw controller.signal.aborted
      ? new StoreError({ kind: 'network', reason: 'timeout' }, NETWORK_MESSAGES.timeout(Math.round(timeoutMs / 1000)))
      : new StoreError({ kind: 'network', reason: 'offline' }, NETWORK_MESSAGES.offline);
  } finally {
    clearTimeout(timer);
  }
  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.status === 401) onUnauthorized?.();
  if (!response.ok) throw errorFromResponse(response.status, payload);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw badResponse();
  return parsed.data;
}
