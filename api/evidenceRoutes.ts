import type { Store } from '../src/data/store';
import { blobBody } from '../src/data/adapters/http/blobBody';
import { evidenceHeaders } from './evidenceHeaders';
import { filesInOrder, isMultipart, readMultipart } from './multipart';
import { jsonBody } from './respond';
import type { ApiRoute } from './routes';

const ok = (value: unknown, status = 200) => Response.json(value, { status });

/** An update, as JSON alone or as multipart with its files (docs/api.md). */
async function appendProgress(store: Store, request: Request, measureId: string): Promise<Response> {
  if (!isMultipart(request)) return ok(await store.appendProgress(measureId, (await jsonBody(request)) as never), 201);
  const { json, parts } = await readMultipart(request, 'update');
  const files = filesInOrder(json, parts);
  return ok(await store.appendProgress(measureId, json as never, { files }), 201);
}

/** A restore, as JSON alone or as multipart with every file the updates name, by id; the store checks them all. */
async function replaceData(store: Store, request: Request): Promise<Response> {
  const onlyIfEmpty = new URL(request.url).searchParams.get('ifEmpty') === 'true';
  if (!isMultipart(request)) await store.replaceData((await jsonBody(request)) as never, { onlyIfEmpty });
  else {
    const { json, parts } = await readMultipart(request, 'data');
    await store.replaceData(json as never, { onlyIfEmpty, files: parts });
  }
  return new Response(null, { status: 204 });
}

async function readEvidence(store: Store, request: Request, fileId: string): Promise<Response> {
  const { file, blob } = await store.readEvidence(fileId);
  const headers = evidenceHeaders(file);
  // The browser asks again with the ETag it holds (a forced reload): the bytes never change.
  if (request.headers.get('If-None-Match') === headers.get('ETag')) {
    headers.delete('Content-Length');
    return new Response(null, { status: 304, headers });
  }
  return new Response(await blobBody(blob), { status: 200, headers });
}

export const EVIDENCE_ROUTES: ApiRoute[] = [
  { method: 'POST', path: '/measures/:id/progress', answer: (s, r, p) => appendProgress(s, r, p.id ?? '') },
  { method: 'PUT', path: '/data', answer: (s, r) => replaceData(s, r) },
  { method: 'GET', path: '/evidence/:fileId', answer: (s, r, p) => readEvidence(s, r, p.fileId ?? '') },
  { method: 'GET', path: '/evidence-usage', answer: async (s) => ok(await s.evidenceUsage()) },
];
