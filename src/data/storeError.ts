import type * as z from 'zod/mini';
import { refusalInThai, type AccessRefusal } from '../domain/access';
import type { Measure } from '../domain/schemas/measure';
import { issueCode } from '../domain/zodIssue';

export type StorageReason = 'quota' | 'blocked' | 'unreadable' | 'newer-version' | 'unavailable';
/** `cancelled`: the person stopped the sending themselves (an upload's Cancel), nothing kept. */
export type NetworkReason = 'timeout' | 'offline' | 'server' | 'bad-response' | 'cancelled';

export type FieldErrorValues = Record<string, string | number>;

export interface FieldError {
  /** Dotted path of the field, e.g. 'steps.2.text'; '' for the record as a whole. */
  path: string;
  /** Thai, for the API and the server's log; screens word the code in the reader's language. */
  message: string;
  /**
   * What is wrong, for a screen to word: zod's issue code ('too_small', 'invalid_format'), or a
   * check's own code from its params ('timeframe-start-without-end'). Absent where a store words
   * a refusal itself: the message is then all there is.
   */
  code?: string;
  /** The issue's limits and kinds (minimum, maximum, origin, format, expected) and a check's params. */
  values?: FieldErrorValues;
}

export type StoreErrorDetail =
  | { kind: 'validation'; fields: FieldError[] }
  | { kind: 'not-found' }
  /**
   * `code` and `values` say why (src/domain/access.ts: 'planning-only', 'not-own-unit' with the
   * unitIds…) for a screen to word; absent where a store or the server words a refusal itself.
   */
  | { kind: 'forbidden'; code?: string; values?: Record<string, string | number | string[]> }
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

export const UPLOAD_CANCELLED_TH = 'ยกเลิกการส่งแล้ว ไม่ได้บันทึกสิ่งใด ข้อความที่พิมพ์และไฟล์ที่เลือกไว้ยังอยู่ ส่งใหม่ได้';

/** The refusal of an upload the person cancelled, the same from every store. */
export const uploadCancelled = () => new StoreError({ kind: 'network', reason: 'cancelled' }, UPLOAD_CANCELLED_TH);

export function isStoreError(error: unknown, kind?: StoreErrorKind): error is StoreError {
  return error instanceof StoreError && (kind === undefined || error.kind === kind);
}

/** One zod issue as a field error: its Thai message, and its code and values for other languages. */
export function fieldErrorOf(issue: z.core.$ZodIssue): FieldError {
  const { code, values } = issueCode(issue);
  return { path: issue.path.map(String).join('.'), message: issue.message, code, ...(Object.keys(values).length ? { values } : {}) };
}

export function fieldErrorsOf(error: z.core.$ZodError): FieldError[] {
  return error.issues.map(fieldErrorOf);
}

/**
 * A form's faults as react-hook-form keeps them: the first of each field, keyed by where it shows
 * (`place`, its path by default) and worded by `word`, so a screen says it in the reader's language.
 */
export function faultsByField(error: z.core.$ZodError, word: (field: FieldError) => string, place: (field: FieldError) => string = (f) => f.path): Record<string, { type: string; message: string }> {
  const faults: Record<string, { type: string; message: string }> = {};
  for (const issue of error.issues) {
    const field = fieldErrorOf(issue);
    faults[place(field)] ??= { type: issue.code, message: word(field) };
  }
  return faults;
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

/**
 * Turns the domain's refusal into the store's error: a Thai reason alone, or (better) the access
 * rule's code and values, sent in Thai and kept for a screen to word; null is allowed.
 */
export function refuse(refusal: string | AccessRefusal | null): void {
  if (refusal === null || refusal === '') return;
  throw typeof refusal === 'string' ? forbidden(refusal) : forbiddenBy(refusal);
}

/** An access rule's refusal as the store's error: sent in Thai, its code kept for a screen to word. */
export const forbiddenBy = (refusal: AccessRefusal) => new StoreError({ kind: 'forbidden', code: refusal.code, values: refusal.values }, refusalInThai(refusal));

/**
 * The API's Thai sentence for a conflict. Screens word it from the detail (the measure's title and
 * that their typing is kept); the version number is for the API, as people do not count versions.
 */
export function conflict(current: Measure): StoreError {
  return new StoreError(
    { kind: 'conflict', current },
    `มีผู้บันทึกมาตรการ "${current.title}" ก่อนหน้าคุณ (ฉบับที่ ${current.version}) ข้อมูลที่คุณพิมพ์ยังอยู่ กรุณาตรวจสอบฉบับล่าสุดแล้วบันทึกอีกครั้ง`,
  );
}
