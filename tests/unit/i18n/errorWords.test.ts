import type * as z from 'zod/mini';
import { StoreError, conflict, fieldErrorsOf, forbidden, notFound, refuse } from '../../../src/data/storeError';
import { refusalInThai, type AccessRefusal } from '../../../src/domain/access';
import { errorFromResponse } from '../../../src/data/adapters/http/httpErrors';
import { ALREADY_SET_UP_TH } from '../../../src/domain/alreadySetUp';
import { accountChangesSchema } from '../../../src/domain/schemas/account';
import { actorSchema } from '../../../src/domain/schemas/actor';
import { timeframeSchema } from '../../../src/domain/schemas/measure';
import { measureInputSchema, progressInputSchema } from '../../../src/domain/schemas/measureInput';
import { errorMessages } from '../../../src/i18n/errorMessages';
import { wordFieldError, wordStoreError } from '../../../src/i18n/errorWords';
import { format, type Language } from '../../../src/i18n/i18n';
import type { Measure } from '../../../src/domain/schemas/measure';

const words = (language: Language) => (key: keyof typeof errorMessages.th, params?: Record<string, string | number>) =>
  format(errorMessages[language][key], params, language === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB');

const fieldsOf = (schema: z.ZodMiniType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a refusal');
  return fieldErrorsOf(parsed.error);
};

const goodMeasure = { assessmentId: 'asm-1', kind: 'plan', title: 'ทบทวนคู่มือ', description: '', steps: [], unitIds: ['u1'], timeframe: '', followUp: '', links: { indicators: [], oItems: [], findingIds: [] } };

describe('a schema’s refusal, worded for the reader', () => {
  it.each<[string, z.ZodMiniType, unknown, string, string]>([
    ['an empty title', measureInputSchema, { ...goodMeasure, title: '  ' }, 'title', 'Required'],
    ['no responsible unit', measureInputSchema, { ...goodMeasure, unitIds: [] }, 'unitIds', 'Choose at least 1 item'],
    ['a title too long', measureInputSchema, { ...goodMeasure, title: 'ก'.repeat(1001) }, 'title', 'Longer than 1,000 characters'],
    ['a percent above 100', progressInputSchema, { date: '2026-12-06', status: 'in-progress', percent: 101, note: '', evidenceUrl: '' }, 'percent', 'Must be at most 100'],
    ['a percent with decimals', progressInputSchema, { date: '2026-12-06', status: 'in-progress', percent: 1.5, note: '', evidenceUrl: '' }, 'percent', 'Must be a whole number'],
    ['a date not ISO', progressInputSchema, { date: '6/12/2569', status: 'in-progress', percent: 1, note: '', evidenceUrl: '' }, 'date', 'The date must be written YYYY-MM-DD (C.E.)'],
    ['an unknown status', progressInputSchema, { date: '2026-12-06', status: 'late', percent: 1, note: '', evidenceUrl: '' }, 'status', 'Not one of the choices'],
    ['a start without an end', timeframeSchema, { raw: 'x', start: { year: 2567, month: 1 }, end: null }, 'end', 'The timeframe has a start but no end'],
    ['a day its month lacks', timeframeSchema, { raw: 'x', start: { year: 2567, month: 2 }, startDay: 30, end: { year: 2567, month: 3 } }, 'startDay', 'That day does not exist in its month'],
    ['a head without a unit', actorSchema, { name: 'สมชาย', role: 'department-head', unitId: null }, 'unitId', 'A department head needs the unit they belong to'],
    ['a unit for an executive', accountChangesSchema, { role: 'executive', unitId: 'u1' }, 'unitId', 'A department head needs a unit; other roles have none'],
  ])('%s', (_what, schema, input, path, english) => {
    const field = fieldsOf(schema, input).find((f) => f.path === path) ?? { path, message: 'missing' };
    expect(field.code).toBeDefined();
    expect(wordFieldError(field, 'en', words('en'))).toBe(english);
    // Thai readers keep the schema's own sentence, which names the field.
    expect(wordFieldError(field, 'th', words('th'))).toBe(field.message);
    expect(field.message).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('says "not valid" for a code it has no words for, and keeps the sentence a store worded itself', () => {
    expect(wordFieldError({ path: 'x', message: 'ข้อความ', code: 'not_multiple_of' }, 'en', words('en'))).toBe('Not a value this field takes');
    expect(wordFieldError({ path: 'x', message: 'ข้อความ', code: 'not_multiple_of' }, 'th', words('th'))).toBe('ข้อความ');
    expect(wordFieldError({ path: 'fiscalYear', message: 'มีผลการประเมินของปีงบประมาณ 2567 อยู่แล้ว' }, 'en', words('en'))).toBe('มีผลการประเมินของปีงบประมาณ 2567 อยู่แล้ว');
  });
});

describe('a store’s error, worded for the reader', () => {
  const en = (error: unknown) => wordStoreError(error, 'en', words('en'));
  // The conflict reads the title and version only.
  const measure = { title: 'ทบทวนคู่มือ', version: 3 } as Measure;

  it.each<[string, unknown, string]>([
    ['a validation', new StoreError({ kind: 'validation', fields: fieldsOf(measureInputSchema, { ...goodMeasure, title: '' }) }, 'ข้อมูลไม่ถูกต้อง'), 'Some of the data is not valid: title: Required'],
    ['not found', notFound('ไม่พบมาตรการ'), 'This record was not found; it may have been deleted'],
    ['forbidden', forbidden('ต้องเป็นเจ้าหน้าที่'), 'Your role cannot make this change'],
    ['a conflict, without the version people do not count', conflict(measure), 'Someone saved "ทบทวนคู่มือ" before you. What you typed is still here: check the latest version, then save again'],
    ['a full disk', new StoreError({ kind: 'storage', reason: 'quota' }, 'เต็ม'), 'The browser has no room left to store data: delete what is no longer needed and try again'],
    ['a newer tab', new StoreError({ kind: 'storage', reason: 'newer-version' }, 'ใหม่กว่า'), 'A newer version of the app is open in another tab: reload this page'],
    ['a server fault', new StoreError({ kind: 'network', reason: 'server', status: 503 }, 'ขัดข้อง'), 'The server had a problem (503): try again later'],
    ['offline', new StoreError({ kind: 'network', reason: 'offline' }, 'ออฟไลน์'), 'The server cannot be reached: check the connection and try again'],
    ['a plain error', new Error('boom'), 'boom'],
    ['something thrown that is no error', 'oops', 'oops'],
  ])('%s', (_what, error, english) => {
    expect(en(error)).toBe(english);
  });

  const refused = (refusal: Parameters<typeof refuse>[0]) => {
    try {
      refuse(refusal);
    } catch (error) {
      return error;
    }
    throw new Error('expected a refusal');
  };

  it.each<[string, AccessRefusal, string]>([
    ['an executive', { code: 'read-only', values: {} }, 'Executives read the data only; they cannot change it'],
    ['a head on agency-wide work', { code: 'planning-only', values: {} }, 'Only the planning officer can do this'],
    ['a head on another unit’s measure', { code: 'not-own-unit', values: { unitIds: ['unit-palad'] } }, 'A department head can record only their own unit’s measures'],
    ['a head rewording a measure', { code: 'content-planning-only', values: {} }, 'A department head can only tick the steps done; what the measure says is the planning officer’s to change'],
    ['someone else’s update', { code: 'not-the-author', values: { authorName: 'นางสมศรี' } }, 'Only the person who recorded this update (นางสมศรี) or the planning officer can take it back'],
    ['an update too old to take back', { code: 'withdraw-window', values: { minutes: 10 } }, 'An update can be taken back only within 10 minutes of saving it; after that, record a new one'],
  ])('a refusal of %s says why by its access code', (_what, refusal, english) => {
    const error = refused(refusal);
    expect(en(error)).toBe(english);
    // Thai readers, the API and the server's log keep the store's sentence, the same as before codes.
    expect(wordStoreError(error, 'th', words('th'))).toBe(refusalInThai(refusal));
    // The Thai catalog stands in for a missing sentence with the same words.
    expect(words('th')(`storeError.forbidden.${refusal.code}`, { authorName: 'นางสมศรี', minutes: 10 })).toBe(refusalInThai(refusal));
  });

  it('a password change met by a sign-in lock (429) says until when, from the HTTP answer', () => {
    const body = { error: { kind: 'forbidden', code: 'signIn.locked', values: { time: '14:30', minutes: 15 }, message: 'ใส่รหัสผ่านผิดหลายครั้ง บัญชีนี้ถูกพักการลงชื่อเข้าใช้ถึงเวลา 14:30 น.' } };
    const error = errorFromResponse(429, body);
    expect(en(error)).toBe('Too many wrong passwords: this account cannot sign in or change its password until 14:30.');
    expect(words('th')('storeError.locked', { time: '14:30' })).toBe(body.error.message);
  });

  it('a first run overtaken by someone setting the agency up says so in English', () => {
    const error = errorFromResponse(403, { error: { kind: 'forbidden', code: 'already-set-up', message: ALREADY_SET_UP_TH } });
    expect(en(error)).toBe('Someone set up the agency’s data meanwhile, so nothing was replaced. Reload the page to see the data there is.');
    expect(wordStoreError(error, 'th', words('th'))).toBe(ALREADY_SET_UP_TH);
  });

  it('gives Thai readers the store’s own sentence', () => {
    const error = conflict(measure);
    expect(wordStoreError(error, 'th', words('th'))).toBe(error.message);
    expect(error.message).toContain('ฉบับที่ 3');
  });

  const GB = 1024 ** 3;
  const MB = 1024 ** 2;
  const sizeFault = (code: string, values: Record<string, number>) => new StoreError({ kind: 'validation', fields: [{ path: '', message: 'ใหญ่เกินไป', code, values }] }, 'ใหญ่เกินไป');

  // Worded here, not only by the screens' hook, so a caller with no screen (a start failure) says it too.
  it.each<[string, StoreError, string]>([
    ['a restore over the server’s limit', sizeFault('restore.tooLarge', { size: 5 * GB, limit: 4 * GB + 51 * MB }), 'The backup with its evidence files is 5 GB, over the 4.05 GB this server takes for a restore (the agency’s file space and its data).'],
    ['a restore sent without a size', sizeFault('restore.tooLarge', { limit: 2 * GB + 51 * MB }), 'The backup with its evidence files is over the 2.05 GB this server takes for a restore (the agency’s file space and its data).'],
    ['a backup’s data over its limit', sizeFault('restore.jsonTooLarge', { size: 62.5 * MB, limit: 50 * MB }), 'The backup’s data (not counting its evidence files) is 63 MB, over the 50 MB this server takes.'],
    ['files over the agency’s space', sizeFault('evidence.agency.overQuota', { used: 0, adding: 5 * GB, limit: 2 * GB }), 'The agency’s file space is too small: these files come to 5 GB, and 0 B of its 2 GB is used already.'],
  ])('a refusal for size says the sizes as the app writes them: %s', (_what, error, english) => {
    expect(en(error)).toBe(english);
    expect(wordStoreError(error, 'th', words('th'))).toBe('ใหญ่เกินไป');
  });

  it('words a size code without its sizes as any other fault', () => {
    expect(en(sizeFault('evidence.agency.overQuota', { limit: 2 * GB }))).toBe('Some of the data is not valid: Not a value this field takes');
  });

  it('keeps the message of a reason it has no words for', () => {
    expect(en(new StoreError({ kind: 'storage', reason: 'odd' as 'quota' }, 'แปลก'))).toBe('แปลก');
    expect(en(new StoreError({ kind: 'network', reason: 'odd' as 'timeout' }, 'แปลก'))).toBe('แปลก');
    expect(en(new StoreError({ kind: 'validation', fields: [] }, 'ไม่ถูกต้อง'))).toBe('ไม่ถูกต้อง');
  });
});
