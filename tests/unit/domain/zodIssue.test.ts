import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from '../../../src/data/storeError';
import { issueCode } from '../../../src/domain/zodIssue';

function firstIssue(schema: z.ZodMiniType, input: unknown): z.core.$ZodIssue {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('the input was meant to be refused');
  return parsed.error.issues[0] as z.core.$ZodIssue;
}

const dayCheck = z.object({ day: z.number() }).check(
  z.refine((v) => v.day <= 28, { error: 'ไม่มีวันนั้น', path: ['day'], params: { code: 'day-not-in-month', month: 2, leap: false, at: { deep: 1 } } }),
);
const bareRefine = z.string().check(z.refine((v) => v !== 'x', { error: 'ไม่ใช่ x' }));
const codeNotText = z.string().check(z.refine((v) => v !== 'x', { error: 'ไม่ใช่ x', params: { code: 7 } }));

describe('issueCode: a zod issue as a code and the values a sentence needs', () => {
  it.each([
    ['a string too short', z.string().check(z.minLength(1)), '', { code: 'too_small', values: { minimum: 1, origin: 'string', inclusive: 'true' } }],
    ['a number too big', z.number().check(z.lte(100)), 101, { code: 'too_big', values: { maximum: 100, origin: 'number', inclusive: 'true' } }],
    ['a bigint limit becomes text', z.bigint().check(z.gt(5n)), 1n, { code: 'too_small', values: { minimum: '5', origin: 'bigint', inclusive: 'false' } }],
    ['a wrong type', z.string(), 3, { code: 'invalid_type', values: { expected: 'string' } }],
    ['a bad format', z.string().check(z.regex(/^a/)), 'b', { code: 'invalid_format', values: { format: 'regex', origin: 'string' } }],
    ['a value not among the choices, with the choices', z.enum(['plan', 'drive']), 'x', { code: 'invalid_value', values: { options: 'plan, drive', choices: 2 } }],
    ['not a multiple', z.number().check(z.multipleOf(5)), 7, { code: 'not_multiple_of', values: { divisor: 5, origin: 'number' } }],
    ['a custom check keeps its own code and its primitive params', dayCheck, { day: 30 }, { code: 'day-not-in-month', values: { month: 2, leap: 'false' } }],
    ['a custom check without params is "custom"', bareRefine, 'x', { code: 'custom', values: {} }],
    ['a custom code that is not text is not taken as the code', codeNotText, 'x', { code: 'custom', values: {} }],
  ])('%s', (_name, schema, input, expected) => {
    expect(issueCode(firstIssue(schema, input))).toEqual(expected);
  });
});

describe('fieldErrorOf words nothing itself: the path, the Thai message and issueCode', () => {
  it.each([
    ['values present', dayCheck, { day: 30 }, { path: 'day', message: 'ไม่มีวันนั้น', code: 'day-not-in-month', values: { month: 2, leap: 'false' } }],
    ['no values: the key is left out', bareRefine, 'x', { path: '', message: 'ไม่ใช่ x', code: 'custom' }],
  ])('%s', (_name, schema, input, expected) => {
    expect(fieldErrorOf(firstIssue(schema, input))).toEqual(expected);
  });
});
