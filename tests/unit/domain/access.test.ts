import {
  measureAccess,
  measureChangesRefusal,
  planningOnlyRefusal,
  progressRefusal,
  refusalInThai,
  withdrawalRefusal,
  WITHDRAW_WINDOW_MS,
  type AccessRefusal,
} from '../../../src/domain/access';
import type { Actor } from '../../../src/domain/schemas/actor';
import type { Measure } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const planner: Actor = { name: 'ผู้วางแผน', role: 'planning-officer', unitId: null };
const palad: Actor = { name: 'หัวหน้าสำนักปลัด', role: 'department-head', unitId: 'unit-palad' };
const finance: Actor = { name: 'ผอ.กองคลัง', role: 'department-head', unitId: 'unit-finance' };
const homeless: Actor = { name: 'หัวหน้าใหม่', role: 'department-head', unitId: null };
const mayor: Actor = { name: 'นายก', role: 'executive', unitId: null };

const measure = { ...(seedData().measures[0] as Measure), unitIds: ['unit-palad'] };
const readOnly: AccessRefusal = { code: 'read-only', values: {} };
const notOwn: AccessRefusal = { code: 'not-own-unit', values: { unitIds: ['unit-palad'] } };
const content: AccessRefusal = { code: 'content-planning-only', values: {} };

describe('access refusals carry a code and the values a screen needs to say who can', () => {
  it.each([
    ['planning officer', planner, null],
    ['department head', palad, { code: 'planning-only', values: {} }],
    ['executive', mayor, readOnly],
  ] as const)('agency-wide changes: %s', (_who, actor, expected) => {
    expect(planningOnlyRefusal(actor)).toEqual(expected);
  });

  it.each([
    ['planning officer', planner, { report: null, edit: null }],
    ['head of its unit', palad, { report: null, edit: content }],
    ['head of another unit', finance, { report: notOwn, edit: notOwn }],
    ['head with no unit', homeless, { report: notOwn, edit: notOwn }],
    ['executive', mayor, { report: readOnly, edit: readOnly }],
  ] as const)('on one measure: %s', (_who, actor, expected) => {
    expect(measureAccess(actor, measure)).toEqual(expected);
    expect(progressRefusal(actor, measure)).toEqual(expected.report);
  });

  it('names every unit of a shared measure, copied so the measure is not held', () => {
    const shared = { ...measure, unitIds: ['unit-palad', 'unit-works'] };
    const refusal = measureChangesRefusal(finance, shared, { steps: shared.steps });
    expect(refusal).toEqual({ code: 'not-own-unit', values: { unitIds: ['unit-palad', 'unit-works'] } });
    expect(refusal?.code === 'not-own-unit' && refusal.values.unitIds).not.toBe(shared.unitIds);
  });

  const update = { authorName: palad.name, createdAt: '2026-11-24T10:00:00.000Z' };
  const at = (ms: number) => new Date(Date.parse(update.createdAt) + ms);
  it.each([
    ['the author, in time', palad, at(0), null],
    ['someone else of the unit', { ...palad, name: 'รองหัวหน้า' }, at(0), { code: 'not-the-author', values: { authorName: palad.name } }],
    ['the author, too late', palad, at(WITHDRAW_WINDOW_MS + 1), { code: 'withdraw-window', values: { minutes: 10 } }],
    ['another unit', finance, at(0), notOwn],
    ['the planning officer', planner, at(WITHDRAW_WINDOW_MS), null],
  ] as const)('taking an update back: %s', (_who, actor, now, expected) => {
    expect(withdrawalRefusal(actor, measure, update, now)).toEqual(expected);
  });
});

describe('the stores still refuse in Thai, with every value in the sentence', () => {
  it.each([
    [readOnly, 'ผู้บริหารดูข้อมูลได้อย่างเดียว แก้ไขข้อมูลไม่ได้'],
    [{ code: 'planning-only', values: {} }, 'เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่ทำรายการนี้ได้'],
    [notOwn, 'หัวหน้าส่วนราชการบันทึกได้เฉพาะมาตรการของส่วนราชการตนเอง'],
    [content, 'หัวหน้าส่วนราชการแก้ไขได้เฉพาะการทำเครื่องหมายขั้นตอนที่ทำแล้ว ส่วนเนื้อหามาตรการแก้ไขได้โดยเจ้าหน้าที่วิเคราะห์นโยบายและแผน'],
    [{ code: 'not-the-author', values: { authorName: 'สมศรี' } }, 'ถอนรายงานความคืบหน้าได้เฉพาะผู้บันทึกรายงานนั้น (สมศรี) หรือเจ้าหน้าที่วิเคราะห์นโยบายและแผน'],
    [{ code: 'withdraw-window', values: { minutes: 10 } }, 'ถอนรายงานความคืบหน้าได้เฉพาะภายใน 10 นาทีหลังบันทึก หลังจากนั้นให้บันทึกรายงานฉบับใหม่แทน'],
  ] as const)('%o', (refusal, thai) => {
    expect(refusalInThai(refusal)).toBe(thai);
  });
});
