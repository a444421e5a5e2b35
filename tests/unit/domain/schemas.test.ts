import { measureSchema, progressUpdateSchema } from '../../../src/domain/schemas/measure';
import { settingsSchema } from '../../../src/domain/schemas/settings';

const update = {
  id: 'u1',
  measureId: 'm1',
  date: '2023-01-15',
  authorName: 'หัวหน้าสำนักปลัด',
  unitId: 'unit-palad',
  status: 'in-progress',
  percent: 40,
  note: 'จัดอบรมแล้ว 1 ครั้ง',
  evidenceUrl: '',
  createdAt: '2023-01-15T09:00:00.000Z',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('progress updates', () => {
  it('accepts a well-formed update, with or without an evidence link', () => {
    expect(progressUpdateSchema.safeParse(update).success).toBe(true);
    expect(progressUpdateSchema.safeParse({ ...update, evidenceUrl: 'https://example.go.th/doc.pdf' }).success).toBe(true);
    expect(progressUpdateSchema.safeParse({ ...update, evidenceUrl: 'http://phoknoi.go.th/ita/o43' }).success).toBe(true);
  });

  it.each([
    [{ percent: 120 }, 'percent: ร้อยละความคืบหน้าต้องไม่เกิน 100'],
    [{ percent: -1 }, 'percent: ร้อยละความคืบหน้าต้องไม่ต่ำกว่า 0'],
    [{ percent: 12.5 }, 'percent: ร้อยละความคืบหน้าต้องเป็นจำนวนเต็ม'],
    [{ authorName: '  ' }, 'authorName: ต้องระบุชื่อผู้รายงาน'],
    [{ evidenceUrl: 'แฟ้มในตู้' }, 'evidenceUrl: ลิงก์หลักฐานต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https://'],
    [{ evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl: ลิงก์หลักฐานต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https://'],
    [{ evidenceUrl: 'file:///C:/ITA/evidence.pdf' }, 'evidenceUrl: ลิงก์หลักฐานต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https://'],
    [{ evidenceUrl: 'ftp://example.go.th/a.pdf' }, 'evidenceUrl: ลิงก์หลักฐานต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https://'],
    [{ date: '15/01/2566' }, 'date: วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)'],
  ])('refuses %o with a Thai message naming the field', (change, message) => {
    expect(messages(progressUpdateSchema.safeParse({ ...update, ...change }))).toContain(message);
  });
});

describe('measures', () => {
  const measure = {
    id: 'm1',
    assessmentId: 'a',
    kind: 'plan',
    order: 1,
    title: 'การสร้างมาตรฐานป้องกันการรับสินบน',
    description: '',
    steps: [{ id: 's1', text: 'ตรวจสอบหลักสูตร', done: false }],
    unitIds: ['unit-palad'],
    timeframe: { raw: 'ต.ค.65-ธ.ค.66', start: { year: 2565, month: 10 }, end: { year: 2566, month: 12 } },
    followUp: 'ประชุมติดตาม ปีละ 1 ครั้ง',
    links: { indicators: [5], oItems: ['O35'], findingIds: [] },
    archived: false,
    version: 1,
    createdAt: '2022-10-01T00:00:00.000Z',
    updatedAt: '2022-10-01T00:00:00.000Z',
  };

  it('accepts the seed-shaped measure and a timeframe the parser could not read', () => {
    expect(measureSchema.safeParse(measure).success).toBe(true);
    expect(measureSchema.safeParse({ ...measure, timeframe: { raw: 'ตลอดปี', start: null, end: null } }).success).toBe(true);
  });

  it.each([
    [{ title: '' }, 'title: ต้องระบุชื่อมาตรการ'],
    [{ steps: [{ id: 's', text: ' ', done: false }] }, 'steps.0.text: ขั้นตอนต้องไม่ว่าง'],
    [{ links: { indicators: [], oItems: ['35'], findingIds: [] } }, 'links.oItems.0: รหัสข้อ OIT ต้องอยู่ในรูป O ตามด้วยตัวเลข เช่น O35'],
    [{ timeframe: { raw: 'x', start: { year: 2022, month: 10 }, end: null } }, 'timeframe.start.year: ปี พ.ศ. ต้องไม่น้อยกว่า 2400'],
  ])('refuses %o with a Thai message naming the field', (change, message) => {
    expect(messages(measureSchema.safeParse({ ...measure, ...change }))).toContain(message);
  });
});

describe('settings', () => {
  it('holds the improvement mark between 0 and 100', () => {
    expect(settingsSchema.safeParse({ improvementMark: 90 }).success).toBe(true);
    expect(messages(settingsSchema.safeParse({ improvementMark: 101 }))).toEqual(['improvementMark: เกณฑ์ที่ต้องปรับปรุงต้องไม่เกิน 100']);
  });
});
