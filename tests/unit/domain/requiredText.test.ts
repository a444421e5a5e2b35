import type * as z from 'zod/mini';
import { actorSchema } from '../../../src/domain/schemas/actor';
import { TEXT_MAX } from '../../../src/domain/schemas/common';
import { measureSchema, methodStepSchema, progressUpdateSchema } from '../../../src/domain/schemas/measure';
import { measureInputSchema } from '../../../src/domain/schemas/measureInput';
import { organisationSchema, unitSchema } from '../../../src/domain/schemas/organisation';

// The texts a person must fill in share requiredText: trimmed, refused empty and refused too long,
// each refusal in Thai naming the field, as each field worded it before they shared it.
const problem = (schema: z.ZodMiniType, value: string) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues.map((i) => i.message).join('; ');
};

describe('a text a person must fill in', () => {
  it.each<[string, z.ZodMiniType, number, string, string]>([
    ['a measure’s title', measureSchema.shape.title, TEXT_MAX.title, 'ต้องระบุชื่อมาตรการ', 'ชื่อมาตรการยาวเกิน 1,000 ตัวอักษร'],
    ['a measure’s step', methodStepSchema.shape.text, TEXT_MAX.step, 'ขั้นตอนต้องไม่ว่าง', 'ขั้นตอนยาวเกิน 2,000 ตัวอักษร'],
    ['a new measure’s title', measureInputSchema.shape.title, TEXT_MAX.title, 'ต้องระบุชื่อมาตรการ', 'ชื่อมาตรการยาวเกิน 1,000 ตัวอักษร'],
    ['a report’s author', progressUpdateSchema.shape.authorName, TEXT_MAX.name, 'ต้องระบุชื่อผู้รายงาน', 'ชื่อผู้รายงานยาวเกิน 200 ตัวอักษร'],
    ['the agency’s name', organisationSchema.shape.name, TEXT_MAX.name, 'ต้องระบุชื่อ', 'ชื่อยาวเกิน 200 ตัวอักษร'],
    ['the agency’s kind', organisationSchema.shape.kind, TEXT_MAX.name, 'ต้องระบุประเภทหน่วยงาน', 'ประเภทหน่วยงานยาวเกิน 200 ตัวอักษร'],
    ['a unit’s name', unitSchema.shape.name, TEXT_MAX.name, 'ต้องระบุชื่อ', 'ชื่อยาวเกิน 200 ตัวอักษร'],
    ['a user’s name', actorSchema.shape.name, TEXT_MAX.name, 'ต้องระบุชื่อผู้ใช้', 'ชื่อผู้ใช้ยาวเกิน 200 ตัวอักษร'],
  ])('%s', (_what, schema, max, empty, tooLong) => {
    expect(problem(schema, '   ')).toBe(empty);
    expect(problem(schema, 'ก'.repeat(max + 1))).toBe(tooLong);
    expect(problem(schema, 'ก'.repeat(max))).toBeNull();
    expect(schema.parse('  กองคลัง  ')).toBe('กองคลัง');
  });
});
