import { sizeText } from '../domain/evidence/limits';
import type { ErrorKey } from './errorMessages';
import type { Language, MessageParams } from './i18n';

/**
 * The shapes of a store's error as the screens read them (src/data/storeError.ts): i18n may not
 * import the data layer, and needs only these fields.
 */
export interface WordableFieldError {
  path: string;
  message: string;
  code?: string;
  values?: Record<string, string | number>;
}

export type WordableDetail =
  | { kind: 'validation'; fields: WordableFieldError[] }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; code?: string; values?: Record<string, string | number | string[]> }
  | { kind: 'conflict'; current: { title: string } }
  | { kind: 'storage'; reason: string }
  | { kind: 'network'; reason: string; status?: number };

type Words = (key: ErrorKey, params?: MessageParams) => string;

const OWN_CODES = new Set(['unit-matches-role', 'head-needs-unit', 'timeframe-start-without-end', 'day-not-in-month']);
const FORBIDDEN = new Set(['read-only', 'planning-only', 'not-own-unit', 'content-planning-only', 'not-the-author', 'withdraw-window', 'already-set-up']);
const STORAGE = new Set(['quota', 'blocked', 'unreadable', 'newer-version', 'unavailable']);
const NETWORK = new Set(['timeout', 'offline', 'server', 'bad-response', 'cancelled']);

/** The catalog key for a zod issue's code and values, or null for one it has no words for. */
function fieldKey(code: string, values: Record<string, string | number>): ErrorKey | null {
  const { origin, minimum, expected, format } = values;
  if (OWN_CODES.has(code)) return `fieldError.${code}` as ErrorKey;
  switch (code) {
    case 'too_small':
      if (origin === 'string') return minimum === 1 ? 'fieldError.required' : 'fieldError.tooShort';
      if (origin === 'array' || origin === 'set') return 'fieldError.tooFew';
      return origin === 'number' ? 'fieldError.tooSmall' : null;
    case 'too_big':
      if (origin === 'string') return 'fieldError.tooLong';
      if (origin === 'array' || origin === 'set') return 'fieldError.tooMany';
      return origin === 'number' ? 'fieldError.tooBig' : null;
    case 'invalid_type':
      if (expected === 'number') return 'fieldError.number';
      if (expected === 'int') return 'fieldError.integer';
      return expected === 'string' ? 'fieldError.required' : null;
    case 'invalid_format':
      if (format === 'date') return 'fieldError.date';
      return format === 'url' ? 'fieldError.url' : 'fieldError.format';
    case 'invalid_value':
    case 'invalid_union':
      return 'fieldError.choice';
    default:
      return null;
  }
}

/**
 * A field's fault in the reader's language. Thai readers get the schema's own sentence, which
 * names the field; others get their words for its code, or for a code their catalog does not
 * know a plain "not valid" rather than a Thai sentence. Only a fault a store worded itself,
 * with no code, keeps its sentence.
 */
export function wordFieldError(field: WordableFieldError, language: Language, t: Words): string {
  if (language === 'th' || field.code === undefined) return field.message;
  return t(fieldKey(field.code, field.values ?? {}) ?? 'fieldError.invalid', field.values ?? {});
}

function detailOf(error: unknown): WordableDetail | null {
  if (typeof error !== 'object' || error === null || !('detail' in error)) return null;
  const { detail } = error as { detail: unknown };
  return typeof detail === 'object' && detail !== null && 'kind' in detail ? (detail as WordableDetail) : null;
}

/**
 * A refusal for size, by the code the server or a store gave it (server/http/restoreLimit.ts, the
 * file space's `evidence.agency.overQuota`), with every size as the app writes it ('4.05 GB');
 * null for any other refusal. A restore's size is absent when the body came without one.
 */
function sizeRefusal(fields: WordableFieldError[], t: Words): string | null {
  const [field, ...more] = fields;
  if (!field || more.length) return null;
  const sizes = Object.fromEntries(Object.entries(field.values ?? {}).flatMap(([name, value]) => (typeof value === 'number' ? [[name, sizeText(value)]] : [])));
  if (!('limit' in sizes)) return null;
  const sized = 'size' in sizes;
  switch (field.code) {
    case 'restore.tooLarge':
      return t(sized ? 'storeError.restore.tooLargeSized' : 'storeError.restore.tooLarge', sizes);
    case 'restore.jsonTooLarge':
      return t(sized ? 'storeError.restore.jsonTooLargeSized' : 'storeError.restore.jsonTooLarge', sizes);
    case 'evidence.agency.overQuota':
      return 'adding' in sizes && 'used' in sizes ? t('storeError.evidence.overQuota', sizes) : null;
    default:
      return null;
  }
}

/**
 * Why a store refused, in the reader's language, from the error's detail (kind, reason, fields);
 * the error's own message, Thai for the API, where the detail says nothing a catalog words.
 */
export function wordStoreError(error: unknown, language: Language, t: Words): string {
  const message = error instanceof Error ? error.message : String(error);
  const detail = detailOf(error);
  if (language === 'th' || detail === null) return message;
  switch (detail.kind) {
    case 'validation': {
      const sized = sizeRefusal(detail.fields, t);
      if (sized) return sized;
      const problems = detail.fields.map((f) => {
        const text = wordFieldError(f, language, t);
        return f.path ? `${f.path}: ${text}` : text;
      });
      return problems.length ? t('storeError.validation', { problems: problems.join('; ') }) : message;
    }
    case 'not-found':
      return t('storeError.not-found');
    case 'forbidden': {
      // Why, from the access rule's code; a list (the measure's unit ids) is for screens that name units.
      // A sign-in lock met while changing a password (429) is not a rule but says until when.
      if (detail.code === 'signIn.locked') return t('storeError.locked', { time: String(detail.values?.time ?? '') });
      if (detail.code === undefined || !FORBIDDEN.has(detail.code)) return t('storeError.forbidden');
      const values = Object.fromEntries(Object.entries(detail.values ?? {}).filter((e): e is [string, string | number] => !Array.isArray(e[1])));
      return t(`storeError.forbidden.${detail.code}` as ErrorKey, values);
    }
    case 'conflict':
      return t('storeError.conflict', { title: detail.current.title });
    case 'storage':
      return STORAGE.has(detail.reason) ? t(`storeError.storage.${detail.reason}` as ErrorKey) : message;
    case 'network':
      return NETWORK.has(detail.reason) ? t(`storeError.network.${detail.reason}` as ErrorKey, { status: detail.status ?? '' }) : message;
    default:
      return message;
  }
}
