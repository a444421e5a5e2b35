import { ACTOR_HEADERS } from '../src/data/adapters/http/actorHeaders';
import type { ErrorBody } from '../src/data/adapters/http/httpErrors';
import { fieldErrorsOf, StoreError, type FieldError } from '../src/data/storeError';
import { actorSchema, type Actor } from '../src/domain/schemas/actor';

/** A refusal the handler itself makes before the store is asked (bad headers, bad JSON). */
export class RequestError extends Error {
  constructor(
    readonly fields: FieldError[],
    message: string,
  ) {
    super(message);
  }
}

/** A refusal with its own status, made before any store is asked: not signed in (401), a cross-site request (403). */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(status: number, error: ErrorBody['error']) {
  return Response.json({ error }, { status });
}

function statusOf(error: StoreError): number {
  const { detail } = error;
  switch (detail.kind) {
    case 'validation':
      return 400;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
      return 409;
    case 'storage':
      return detail.reason === 'quota' ? 507 : 500;
    case 'network':
      return 502;
  }
}

/**
 * What a server answers for a refusal: the status the contract names and a Thai body. Anything
 * else is the server's own fault, said in the words `unexpected` gives it.
 */
export function responseFor(error: unknown, unexpected = (message: string) => `API จำลองขัดข้อง: ${message}`) {
  if (error instanceof RequestError) return errorResponse(400, { kind: 'validation', message: error.message, fields: error.fields });
  if (error instanceof HttpRefusal) return errorResponse(error.status, { kind: error.kind, message: error.message });
  if (error instanceof StoreError) {
    const { detail } = error;
    return errorResponse(statusOf(error), {
      kind: detail.kind,
      message: error.message,
      ...(detail.kind === 'validation' ? { fields: detail.fields } : {}),
      ...(detail.kind === 'conflict' ? { current: detail.current } : {}),
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return errorResponse(500, { kind: 'server', message: unexpected(message) });
}

export function actorFrom(request: Request): Actor {
  let name: string | null = request.headers.get(ACTOR_HEADERS.user);
  try {
    name = name === null ? null : decodeURIComponent(name);
  } catch {
    name = null;
  }
  const unit = request.headers.get(ACTOR_HEADERS.unit);
  const parsed = actorSchema.safeParse({ name, role: request.headers.get(ACTOR_HEADERS.role), unitId: unit ? unit : null });
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error).map((f) => ({ ...f, path: `actor.${f.path}` }));
    throw new RequestError(fields, `ไม่ทราบว่าใครเป็นผู้ส่งคำขอ: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`);
  }
  return parsed.data;
}

export async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError([{ path: '', message: 'เนื้อหาคำขอไม่ใช่ JSON' }], 'เนื้อหาคำขอไม่ใช่ JSON ที่อ่านได้');
  }
}
