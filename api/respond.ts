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

const OVER_QUOTA = 'evidence.agency.overQuota';

function statusOf(error: StoreError): number {
  const { detail } = error;
  switch (detail.kind) {
    case 'validation':
      // Files over the agency's space: the request is fine, but too large for what is left.
      return detail.fields.some((f) => f.code === OVER_QUOTA) ? 413 : 400;
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
      // Why a write was refused, for a screen in another language than the Thai message.
      ...(detail.kind === 'forbidden' && detail.code !== undefined ? { code: detail.code, ...(detail.values ? { values: detail.values } : {}) } : {}),
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
  return jsonText(await request.text());
}

/** A JSON body's text, read with the same checks whether it came whole or as a multipart's part. */
export function jsonText(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RequestError([{ path: '', message: 'เนื้อหาคำขอไม่ใช่ JSON' }], 'เนื้อหาคำขอไม่ใช่ JSON ที่อ่านได้');
  }
  const bad = badTextIn(value);
  if (bad) throw bad;
  // Every route takes a record: an array would be read as one whose fields are its indexes.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RequestError([{ path: '', message: 'เนื้อหาคำขอต้องเป็นออบเจ็กต์ JSON ({ … })' }], 'เนื้อหาคำขอต้องเป็นออบเจ็กต์ JSON ({ … }) ไม่ใช่รายการหรือค่าเดี่ยว');
  }
  return value;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text cannot be kept, or null: PostgreSQL refuses NUL in text and jsonb, and a lone
 * surrogate is half a character that jsonb refuses and UTF-8 cannot carry.
 */
export function badCharacter(text: string): string | null {
  if (text.includes('\u0000')) return 'มีอักขระ NUL (\\u0000) ซึ่งบันทึกไม่ได้';
  if (LONE_SURROGATE.test(text)) return 'มีอักขระที่ไม่สมบูรณ์ (surrogate ของ UTF-16 ที่ไม่มีคู่) ซึ่งบันทึกไม่ได้';
  return null;
}

/** A text shown in a message or a path with its unprintable characters written as escapes. */
export const printable = (text: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it escapes
  text.replace(/[\u0000-\u001f\u007f\u2028\u2029]|[\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The first string or key in a parsed JSON body that cannot be kept, named by its dotted path.
 * A loop, not recursion: a body nested thousands deep must be refused, not overflow the stack.
 */
export function badTextIn(value: unknown): RequestError | null {
  const pending: [unknown, string][] = [[value, '']];
  const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (pending.length) {
    const [item, path] = pending.pop() as [unknown, string];
    let problem: string | null = null;
    let where = path;
    if (typeof item === 'string') problem = badCharacter(item);
    else if (Array.isArray(item)) for (let i = item.length - 1; i >= 0; i--) pending.push([item[i], at(path, String(i))]);
    else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      const badKey = entries.find(([key]) => badCharacter(key));
      if (badKey) {
        where = at(path, printable(badKey[0]));
        problem = `ชื่อช่อง${badCharacter(badKey[0])}`;
      } else for (const [key, child] of entries.reverse()) pending.push([child, at(path, key)]);
    }
    if (problem) {
      const name = where || '(เนื้อหาคำขอ)';
      return new RequestError([{ path: where, message: problem }], `ข้อความใน ${name} ${problem}`);
    }
  }
  return null;
}

export interface RouteInfo {
  method: string;
  path: string;
}

/** The route `path` answers to, to name its parameters: same length, same words where the route has words. */
export function routeOf(routes: readonly RouteInfo[], method: string, path: string): string | null {
  const segments = path.split('/');
  const fits = (route: RouteInfo) => {
    const names = route.path.split('/');
    return (
      (route.method === method || route.method === 'ALL') &&
      !route.path.includes('*') &&
      names.length === segments.length &&
      names.every((name, i) => name.startsWith(':') || name === segments[i])
    );
  };
  return routes.find(fits)?.path ?? null;
}

/** Longest path or query parameter: ids and years are short, and a long one is no record of ours. */
export const URL_PARAM_MAX = 200;

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function paramProblem(raw: string): string | null {
  const value = decoded(raw);
  if (value === null) return 'เข้ารหัสตัวอักษรไม่ถูกต้อง (ไม่ใช่ UTF-8 ที่อ่านได้)';
  return badCharacter(value) ?? (value.length > URL_PARAM_MAX ? `ยาวเกิน ${URL_PARAM_MAX} ตัวอักษร` : null);
}

/**
 * The first path or query parameter of a request that cannot be read or kept, named as the
 * route names it (`pattern`, e.g. '/api/v1/assessments/:fiscalYear', matched from the end of the
 * path); null when every one is fine.
 */
export function badUrlIn(url: string, pattern: string | null): RequestError | null {
  const { pathname, search } = new URL(url);
  const segments = pathname.split('/');
  const names = (pattern ?? '').split('/');
  const offset = segments.length - names.length;
  const found: [string, string][] = segments.map((raw, i) => {
    const name = names[i - offset] ?? '';
    return [name.startsWith(':') ? name.slice(1) : 'ที่อยู่ของคำขอ (path)', raw];
  });
  for (const pair of search.slice(1).split('&')) {
    if (!pair) continue;
    const [rawKey = '', rawValue = ''] = pair.replaceAll('+', ' ').split(/=(.*)/s);
    const key = decoded(rawKey);
    found.push([key === null || badCharacter(key) ? 'ชื่อพารามิเตอร์ใน URL' : key, rawKey], [key ?? printable(rawKey), rawValue]);
  }
  for (const [name, raw] of found) {
    const problem = paramProblem(raw);
    if (problem) return new RequestError([{ path: name, message: problem }], `ที่อยู่ของคำขอไม่ถูกต้อง: ${name} ${problem}`);
  }
  return null;
}
