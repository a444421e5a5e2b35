import {
  belongsTo,
  measureChangesRefusal,
  planningOnlyRefusal,
  progressRefusal,
  refusalInThai,
  withdrawalRefusal,
  type AccessRefusal,
  WITHDRAW_WINDOW_MS,
} from '../../../src/domain/access';

// The rules as the stores send them: a Thai sentence, or null when allowed.
const inThai = (refusal: AccessRefusal | null) => (refusal ? refusalInThai(refusal) : null);
const refuseProgress = (...a: Parameters<typeof progressRefusal>) => inThai(progressRefusal(...a));
const refuseMeasureChanges = (...a: Parameters<typeof measureChangesRefusal>) => inThai(measureChangesRefusal(...a));
const refuseWithdrawal = (...a: Parameters<typeof withdrawalRefusal>) => inThai(withdrawalRefusal(...a));
const notTheAuthor = (authorName: string) => refusalInThai({ code: 'not-the-author', values: { authorName } });
import { archivedMeasure, byNewest, changedMeasure, newMeasure, newProgress } from '../../../src/domain/measureWrites';
import type { Actor } from '../../../src/domain/schemas/actor';
import { parseTimeframe } from '../../../src/domain/timeframe';
import type { Measure, ProgressUpdate } from '../../../src/domain/schemas/measure';
import { draft, progress } from '../../contract/storeContract';
import { seedData } from '../../support/seed';

let ids = 0;
const ctx = { now: '2026-11-24T10:00:00.000Z', newId: () => `id-${++ids}`, readTimeframe: parseTimeframe };
const planner: Actor = { name: 'ผู้วางแผน', role: 'planning-officer', unitId: null };
const palad: Actor = { name: 'หัวหน้าสำนักปลัด', role: 'department-head', unitId: 'unit-palad' };
const finance: Actor = { name: 'ผอ.กองคลัง', role: 'department-head', unitId: 'unit-finance' };
const mayor: Actor = { name: 'นายก', role: 'executive', unitId: null };

function seedMeasure(id: string): Measure {
  const found = seedData().measures.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('who may write what', () => {
  it('lets only the planning officer make agency-wide changes', () => {
    expect(planningOnlyRefusal(planner)).toBeNull();
    expect(planningOnlyRefusal(palad)).toEqual({ code: 'planning-only', values: {} });
    expect(planningOnlyRefusal(mayor)).toEqual({ code: 'read-only', values: {} });
    expect(inThai(planningOnlyRefusal(palad))).toBe('เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่ทำรายการนี้ได้');
    expect(inThai(planningOnlyRefusal(mayor))).toBe('ผู้บริหารดูข้อมูลได้อย่างเดียว แก้ไขข้อมูลไม่ได้');
  });

  it('lets a department head report only on their unit’s measures', () => {
    const measure = seedMeasure('msr-plan-1');
    expect(belongsTo(palad, measure)).toBe(true);
    expect(belongsTo(planner, measure)).toBe(false);
    expect(refuseProgress(palad, measure)).toBeNull();
    expect(refuseProgress(planner, measure)).toBeNull();
    expect(refuseProgress(finance, measure)).toBe('หัวหน้าส่วนราชการบันทึกได้เฉพาะมาตรการของส่วนราชการตนเอง');
    expect(refuseProgress(mayor, measure)).toBe('ผู้บริหารดูข้อมูลได้อย่างเดียว แก้ไขข้อมูลไม่ได้');
  });

  it('lets a department head tick steps but not reword, reorder or add them', () => {
    const measure = seedMeasure('msr-plan-1');
    const ticked = measure.steps.map((s) => ({ ...s, done: true }));
    expect(refuseMeasureChanges(palad, measure, { steps: ticked })).toBeNull();
    expect(refuseMeasureChanges(palad, measure, {})).toBeNull();
    expect(refuseMeasureChanges(palad, measure, { steps: ticked.map((s, i) => (i === 0 ? { ...s, text: 'ใหม่' } : s)) })).toContain('เฉพาะการทำเครื่องหมายขั้นตอน');
    expect(refuseMeasureChanges(palad, measure, { steps: [...ticked].reverse() })).not.toBeNull();
    expect(refuseMeasureChanges(palad, measure, { steps: [...ticked, { text: 'เพิ่ม', done: false }] })).not.toBeNull();
    expect(refuseMeasureChanges(palad, measure, { followUp: 'ใหม่' })).not.toBeNull();
    expect(refuseMeasureChanges(planner, measure, { title: 'ใหม่' })).toBeNull();
    expect(refuseMeasureChanges(finance, measure, { steps: ticked })).not.toBeNull();
  });
});

describe('taking back an update', () => {
  const measure = seedMeasure('msr-plan-1');
  const recorded = '2026-11-24T10:00:00.000Z';
  const byPalad = { authorName: palad.name, createdAt: recorded };
  const at = (ms: number) => new Date(Date.parse(recorded) + ms);

  it('is allowed for ten minutes after it was recorded, to its author', () => {
    expect(refuseWithdrawal(palad, measure, byPalad, at(WITHDRAW_WINDOW_MS))).toBeNull();
    expect(refuseWithdrawal({ ...palad, name: ` ${palad.name} ` }, measure, byPalad, at(0))).toBeNull();
    expect(refuseWithdrawal(palad, measure, byPalad, at(WITHDRAW_WINDOW_MS + 1))).toContain('ภายใน 10 นาที');
  });

  it('is refused to anyone else who may report on the measure, naming the author; the planning officer may, within the window', () => {
    const deputy = { ...palad, name: 'รองปลัดเทศบาล' };
    expect(refuseWithdrawal(deputy, measure, byPalad, at(0))).toBe(notTheAuthor(palad.name));
    expect(notTheAuthor(palad.name)).toBe(`ถอนรายงานความคืบหน้าได้เฉพาะผู้บันทึกรายงานนั้น (${palad.name}) หรือเจ้าหน้าที่วิเคราะห์นโยบายและแผน`);
    expect(refuseWithdrawal(planner, measure, byPalad, at(0))).toBeNull();
    expect(refuseWithdrawal(planner, measure, byPalad, at(WITHDRAW_WINDOW_MS + 1))).toContain('ภายใน 10 นาที');
    expect(refuseWithdrawal(finance, measure, byPalad, at(0))).toBe('หัวหน้าส่วนราชการบันทึกได้เฉพาะมาตรการของส่วนราชการตนเอง');
    expect(refuseWithdrawal(mayor, measure, { ...byPalad, authorName: mayor.name }, at(0))).toBe('ผู้บริหารดูข้อมูลได้อย่างเดียว แก้ไขข้อมูลไม่ได้');
  });
});

describe('what a write produces', () => {
  it('numbers a new measure after the others of its kind in its assessment only', () => {
    const siblings = seedData().measures;
    expect(newMeasure(draft({ kind: 'driving' }), siblings, ctx).order).toBe(4);
    expect(newMeasure(draft({ assessmentId: 'asm-2566' }), siblings, ctx).order).toBe(1);
  });

  it('keeps a step’s id when edited, gives new steps one, and reparses the timeframe', () => {
    const measure = seedMeasure('msr-plan-2');
    const [first] = measure.steps;
    if (!first) throw new Error('no step');
    const changed = changedMeasure(measure, { steps: [{ ...first, done: true }, { text: 'ใหม่', done: false }], timeframe: 'ก.พ.-เม.ย.67', title: undefined }, ctx);
    expect(changed.steps[0]).toEqual({ ...first, done: true });
    expect(changed.steps[1]?.id).toMatch(/^id-/);
    expect(changed.timeframe).toEqual({ raw: 'ก.พ.-เม.ย.67', start: { year: 2567, month: 2 }, end: { year: 2567, month: 4 } });
    expect(changed).toMatchObject({ title: measure.title, version: 2, updatedAt: ctx.now });
    expect(archivedMeasure(measure, true, ctx)).toMatchObject({ archived: true, version: 2 });
  });

  it('credits an update to the reporter’s unit, else the measure’s first, else no unit', () => {
    expect(newProgress(seedMeasure('msr-plan-1'), progress(), palad, ctx).unitId).toBe('unit-palad');
    expect(newProgress(seedMeasure('msr-plan-3'), progress(), planner, ctx).unitId).toBe('unit-finance');
    expect(newProgress(seedMeasure('msr-drive-1'), progress(), planner, ctx)).toMatchObject({ unitId: null, authorName: 'ผู้วางแผน' });
  });

  it('orders updates by the day of the work, then by when they were recorded', () => {
    const u = (date: string, createdAt: string) => ({ date, createdAt }) as ProgressUpdate;
    const list = [u('2023-01-01', '2023-01-05T00:00:00Z'), u('2023-02-01', '2023-02-01T00:00:00Z'), u('2023-01-01', '2023-01-09T00:00:00Z')];
    expect([...list].sort(byNewest).map((x) => `${x.date} ${x.createdAt.slice(0, 10)}`)).toEqual([
      '2023-02-01 2023-02-01',
      '2023-01-01 2023-01-09',
      '2023-01-01 2023-01-05',
    ]);
  });
});
