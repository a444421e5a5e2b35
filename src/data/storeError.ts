import type * as z from 'zod/mini';
import type { Measure } from '../domain/schemas/measure';

export type StorageReason = 'quota' | 'blocked' | 'unreadable' | 'newer-version' | 'unavailable';
export type NetworkReason = 'timeout' | 'offline' | 'server' | 'bad-response';

export interface FieldError {
  /** Dotted path of the field, e.g. 'steps.2.text'; '' for the record as a whole. */
  path: string;
  message: string;
}

export type StoreErrorDetail =
  | { kind: 'validation'; fields: FieldError[] }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  /** Someone else saved first; `current` is their version, for the person to compare with theirs. */
  | { kind: 'conflict'; current: Measure }
  | { kind: 'storage'; reason: StorageReason }
  | { kind: 'network'; reason: NetworkReason; status?: number };

export type StoreErrorKind = StoreErrorDetail['kind'];

/** Every failure of every adapter, typed, with a Thai message a person can act on. */
export class StoreError extends Error {
  constructor(
    readonly detail: StoreErrorDetail,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }

  get kind(): StoreErrorKind {
    return this.detail.kind;
  }
}

export function isStoreError(error: unknown, kind?: StoreErrorKind): error is StoreError {
  return error instanceof StoreError && (kind === undefined || error.kind === kind);
}

export function fieldErrorsOf(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function validationError(fields: FieldError[]): StoreError {
  const list = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  return new StoreError({ kind: 'validation', fields }, `ข้อมูลไม่ถูกต้อง: ${list}`);
}

/** Parses input at the store's door: a bad value is refused with every field's message. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

export const notFound = (message: string) => new StoreError({ kind: 'not-found' }, message);
export const forbidden = (message: string) => new StoreError({ kind: 'forbidden' }, message);

/** Turns the domain's refusal (a Thai reason, or null for allowed) into the store's error. */
export function refuse(refusal: string | null): void {
  if (refusal) throw forbidden(refusal);
}

export function conflict(current: Measure): StoreError {
  return new StoreError(
    { kind: 'conflict', current },
    `มีผู้บันทึกมาตรการ "${current.title}" ก่อนหน้าคุณ (ฉบับที่ ${current.version}) ข้อมูลที่คุณพิมพ์ยังอยู่ กรุณาตรวจสอบฉบับล่าสุดแล้วบันทึกอีกครั้ง`,
  );
}
