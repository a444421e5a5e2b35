import type { KeptEvidence } from '../../store';
import { StoreError } from '../../storeError';
import { badResponse, errorFromResponse, NETWORK_MESSAGES } from './httpErrors';
import { decodeEvidenceHeader, EVIDENCE_FILE_HEADER } from './evidenceHeader';

export interface FetchEvidenceOptions {
  headers: Record<string, string>;
  fetch: typeof globalThis.fetch;
  /** Given up after this long without a byte arriving (not for the whole file: 10 MB on a slow line takes a while). */
  silenceMs: number;
  onUnauthorized?: () => void;
}

/**
 * One kept file over the API: the bytes, and the reference from the X-Evidence-File header,
 * checked against them (the size; the hash is the server's word, as it is for every record).
 */
export async function fetchEvidence(url: string, { headers, fetch, silenceMs, onUnauthorized }: FetchEvidenceOptions): Promise<KeptEvidence> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), silenceMs);
  const heard = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), silenceMs);
  };
  const failed = () =>
    controller.signal.aborted
      ? new StoreError({ kind: 'network', reason: 'timeout' }, NETWORK_MESSAGES.timeout(Math.round(silenceMs / 1000)))
      : new StoreError({ kind: 'network', reason: 'offline' }, NETWORK_MESSAGES.offline);
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers: { Accept: '*/*', ...headers }, signal: controller.signal });
    } catch {
      throw failed();
    }
    if (response.status === 401) onUnauthorized?.();
    if (!response.ok) throw errorFromResponse(response.status, await response.json().catch(() => undefined));
    const file = decodeEvidenceHeader(response.headers.get(EVIDENCE_FILE_HEADER));
    if (!file || !response.body) throw badResponse();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        heard();
        chunks.push(value);
      }
    } catch {
      throw failed();
    }
    const blob = new Blob(chunks, { type: response.headers.get('Content-Type') ?? '' });
    if (blob.size !== file.size) throw badResponse();
    return { file, blob };
  } finally {
    clearTimeout(timer);
  }
}
