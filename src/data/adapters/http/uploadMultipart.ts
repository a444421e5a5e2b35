import type * as z from 'zod/mini';
import { StoreError, uploadCancelled } from '../../storeError';
import { blobBody } from './blobBody';
import { badResponse, errorFromResponse, NETWORK_MESSAGES } from './httpErrors';
import { multipartBody, type Part } from './multipartBody';

/** How long an upload may go without a byte moving before it is given up. */
export const UPLOAD_SILENCE_MS = 30_000;

export { UPLOAD_CANCELLED_TH } from '../../storeError';

export interface UploadOptions {
  method: 'POST' | 'PUT';
  headers: Record<string, string>;
  parts: readonly Part[];
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
  /** Given up after this long without an upload progress event. */
  silenceMs: number;
  /** Given up after this long between the last byte sent and the answer (the server hashes and writes meanwhile). */
  answerMs: number;
  onUnauthorized?: () => void;
  /** The browser's, unless a test gives its own. */
  XMLHttpRequest?: typeof globalThis.XMLHttpRequest;
}

function payloadOf(xhr: XMLHttpRequest): unknown {
  if (xhr.status === 204 || xhr.responseText === '') return undefined;
  try {
    return JSON.parse(xhr.responseText);
  } catch {
    return undefined;
  }
}

/**
 * Sends files as multipart/form-data with XMLHttpRequest, the one browser API that reports an
 * upload's progress: fetch cannot, and a streamed fetch body works only over HTTP/2 in Chromium.
 * The answer is parsed with `schema`, and every failure is the StoreError jsonCall would give.
 */
export async function uploadMultipart<S extends z.ZodMiniType>(schema: S, url: string, options: UploadOptions): Promise<z.infer<S>> {
  const { body, contentType } = multipartBody(options.parts);
  const sendable = await blobBody(body);
  if (options.signal?.aborted) throw uploadCancelled();
  const Xhr = options.XMLHttpRequest ?? globalThis.XMLHttpRequest;
  const xhr = new Xhr();
  const payload = await new Promise<unknown>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = (error: StoreError) => {
      settle();
      xhr.abort();
      reject(error);
    };
    const wait = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => stop(new StoreError({ kind: 'network', reason: 'timeout' }, NETWORK_MESSAGES.timeout(Math.round(ms / 1000)))), ms);
    };
    const cancel = () => stop(uploadCancelled());
    const settle = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
      xhr.onload = xhr.onerror = xhr.upload.onprogress = xhr.upload.onload = null;
    };
    options.signal?.addEventListener('abort', cancel);
    xhr.upload.onprogress = (event) => {
      wait(options.silenceMs);
      options.onProgress?.(event.loaded, event.lengthComputable ? event.total : body.size);
    };
    xhr.upload.onload = () => wait(options.answerMs);
    xhr.onerror = () => {
      settle();
      reject(new StoreError({ kind: 'network', reason: 'offline' }, NETWORK_MESSAGES.offline));
    };
    xhr.onload = () => {
      settle();
      resolve(payloadOf(xhr));
    };
    xhr.open(options.method, url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', contentType);
    for (const [name, value] of Object.entries(options.headers)) xhr.setRequestHeader(name, value);
    wait(options.silenceMs);
    xhr.send(sendable);
  });
  if (xhr.status === 401) options.onUnauthorized?.();
  if (xhr.status < 200 || xhr.status >= 300) throw errorFromResponse(xhr.status, payload);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw badResponse();
  return parsed.data;
}
