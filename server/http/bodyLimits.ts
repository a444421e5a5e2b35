import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from '../../api/respond';
import { EVIDENCE_LIMITS } from '../../src/domain/evidence/limits';
import { isMultipart, multipartRoute } from './multipartRoutes';
import { restoreTooLarge } from './restoreLimit';

/** An update's files at their limits, and a megabyte for its JSON and the parts' headers. */
export const UPLOAD_MAX_BYTES = EVIDENCE_LIMITS.filesPerUpdate * EVIDENCE_LIMITS.fileBytes + 1024 * 1024;

/** The most of a refused body read and dropped: a restore with every file of a 4,000 MB quota. */
const DRAIN_MAX_BYTES = 4 * 1024 * 1024 * 1024;

/**
 * Reads and drops what is left of a refused body before the answer goes. Answered at once, a
 * browser still sending (a restore with its files, say) sees its connection reset, not the 413
 * that says why; a body whose sender goes on past the cap is left to be cut off.
 */
async function drain(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (!body || body.locked) return;
  const reader = body.getReader();
  for (let read = 0; read <= DRAIN_MAX_BYTES; ) {
    const chunk = await reader.read().catch(() => null);
    if (!chunk || chunk.done) return;
    read += chunk.value.length;
  }
  await reader.cancel().catch(() => undefined);
}

const limited = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: async (c) => {
      await drain(c.req.raw.body);
      return errorResponse(413, { kind: 'validation', message: `คำขอใหญ่เกินไป (เกิน ${Math.round(maxSize / 1_048_576)} MB)` });
    },
  });

/**
 * A restore's declared size against its limit, the body left unread: the route streams it to
 * disk and counts it as it goes (server/routes/restoreRoute.ts), so a body sent without a
 * Content-Length is stopped there, as soon as it passes the limit.
 */
const declared =
  (maxSize: number): MiddlewareHandler =>
  async (c, next) => {
    const length = c.req.header('content-length');
    const size = length !== undefined && !c.req.header('transfer-encoding') ? Number(length) : Number.NaN;
    if (!(size > maxSize)) return next();
    await drain(c.req.raw.body);
    return restoreTooLarge(maxSize, size);
  };

/**
 * The API's limit on a request body, a larger one for an update sent with its files, and for a
 * restore with its files (PUT /data, multipart) the quota's worth (restoreBodyBytes), checked
 * here by its Content-Length only: the route reads it as a stream, never whole (multipart only:
 * the same routes' JSON keeps the API's limit).
 */
export function apiBodyLimits({ apiBytes, uploadBytes, restoreBytes }: { apiBytes: number; uploadBytes: number; restoreBytes: number }): MiddlewareHandler {
  const api = limited(apiBytes);
  const upload = limited(uploadBytes);
  const restore = declared(restoreBytes);
  return (c, next) => {
    const route = isMultipart(c.req.header('content-type')) ? multipartRoute(c.req.method, c.req.path) : null;
    return (route === 'upload' ? upload : route === 'restore' ? restore : api)(c, next);
  };
}
