import * as z from 'zod/mini';
import { measureSchema } from '../../../domain/schemas/measure';
import { StoreError, type FieldError } from '../../storeError';

/**
 * A field's refusal as the API sends it: the Thai sentence, and the code and values a screen words
 * in its reader's language (absent from older servers and from refusals the server words itself).
 */
const fieldSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.optional(z.string()),
  values: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

/**
 * The body every error response carries: `{ "error": { kind, message, fields?, current? } }`; a
 * forbidden one may also say why as the access rule's `code` and `values` (src/domain/access.ts).
 */
export const errorBodySchema = z.object({
  error: z.object({
    kind: z.string(),
    message: z.string(),
    fields: z.optional(z.array(fieldSchema)),
    code: z.optional(z.string()),
    values: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))),
    current: z.optional(z.unknown()),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const NETWORK_MESSAGES = {
  timeout: (seconds: number) => `เซิร์ฟเวอร์ไม่ตอบกลับภายใน ${seconds} วินาที ข้อมูลที่พิมพ์ไว้ยังอยู่ กรุณาลองอีกครั้ง`,
  offline: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ (อาจไม่มีการเชื่อมต่อเครือข่าย) ข้อมูลที่พิมพ์ไว้ยังอยู่ กรุณาลองอีกครั้ง',
  server: (status: number) => `เซิร์ฟเวอร์ขัดข้อง (รหัส ${status}) ข้อมูลที่พิมพ์ไว้ยังอยู่ กรุณาลองอีกครั้งภายหลัง`,
  badResponse: 'เซิร์ฟเวอร์ตอบกลับด้วยข้อมูลที่ไม่ถูกต้อง จึงไม่ได้นำมาใช้ กรุณาแจ้งผู้ดูแลระบบ',
} as const;

export const badResponse = () => new StoreError({ kind: 'network', reason: 'bad-response' }, NETWORK_MESSAGES.badResponse);

/**
 * A refusal of the request as a whole that says why by code (a restore too large to take:
 * `restore.tooLarge` with its size and limit) as a field of no path, so a screen words it in its
 * reader's language as it does a field's code; none for a refusal the server words only in Thai.
 */
function wholeRefusal({ message, code, values }: ErrorBody['error']): FieldError[] {
  if (code === undefined) return [];
  const plain = Object.entries(values ?? {}).filter((entry): entry is [string, string | number] => !Array.isArray(entry[1]));
  return [{ path: '', message, code, ...(plain.length ? { values: Object.fromEntries(plain) } : {}) }];
}

/** Maps an HTTP error response back to the store's typed error, as the adapter promised screens. */
export function errorFromResponse(status: number, body: unknown): StoreError {
  const parsed = errorBodySchema.safeParse(body);
  const message = parsed.success ? parsed.data.error.message : undefined;
  // 413: a body over the server's limit, or files over the agency's space (`evidence.agency.overQuota`).
  if ((status === 400 || status === 413) && parsed.success) {
    return new StoreError({ kind: 'validation', fields: parsed.data.error.fields ?? wholeRefusal(parsed.data.error) }, parsed.data.error.message);
  }
  // 401: not signed in, or the session ended; the server says so in Thai, and the person can sign in again.
  // A lock met while changing a password (429) says when it ends, by code, like an access rule.
  if ((status === 403 || status === 429) && parsed.success && parsed.data.error.code !== undefined) {
    const { code, values } = parsed.data.error;
    return new StoreError({ kind: 'forbidden', code, ...(values ? { values } : {}) }, parsed.data.error.message);
  }
  if ((status === 401 || status === 403 || status === 429) && message) return new StoreError({ kind: 'forbidden' }, message);
  if (status === 404 && message) return new StoreError({ kind: 'not-found' }, message);
  if (status === 409 && parsed.success) {
    const current = measureSchema.safeParse(parsed.data.error.current);
    if (current.success) return new StoreError({ kind: 'conflict', current: current.data }, parsed.data.error.message);
  }
  if (status === 507) {
    return new StoreError({ kind: 'storage', reason: 'quota' }, message ?? 'พื้นที่เก็บข้อมูลของเซิร์ฟเวอร์เต็ม ข้อมูลที่พิมพ์ไว้ยังอยู่');
  }
  if (status >= 500) return new StoreError({ kind: 'network', reason: 'server', status }, message ?? NETWORK_MESSAGES.server(status));
  return badResponse();
}
