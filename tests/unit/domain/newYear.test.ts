import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { NEW_YEAR_TH, startYear } from '../../../src/domain/newYear';
import { assessmentSchema } from '../../../src/domain/schemas/assessment';
import { frameworkSchema } from '../../../src/domain/schemas/framework';

const frameworks = [frameworkFor(2564), frameworkFor(2565)];
const held = [{ fiscalYear: 2565 }];

describe('starting a new fiscal year', () => {
  it('makes an empty, valid assessment and copies the latest framework for a year that has none', () => {
    const year = startYear(2566, 'org-phok-noi', held, frameworks);
    if (!year.ok) throw new Error(year.problem.code);
    expect(assessmentSchema.parse(year.assessment)).toMatchObject({ id: 'asm-2566', fiscalYear: 2566, indicatorScores: [], reportedTotal: null });
    expect(frameworkSchema.parse(year.framework)).toMatchObject({ fiscalYear: 2566, name: 'ITA 2566' });
    expect(year.framework?.instruments).toEqual(frameworkFor(2565).instruments);
  });

  it('copies, never shares: changing the copy leaves the original alone', () => {
    const year = startYear(2566, 'org', held, frameworks);
    if (!year.ok || !year.framework) throw new Error('no copy');
    year.framework.passMark = 80;
    expect(frameworkFor(2565).passMark).toBe(85);
  });

  it('keeps a framework the year already has', () => {
    const year = startYear(2564, 'org', held, frameworks);
    expect(year.ok && year.framework).toBe(null);
  });

  it.each([
    [2565, { code: 'year.held', values: { year: 2565 } }, 'มีผลการประเมินของปีงบประมาณ 2565 อยู่แล้ว'],
    [2023, { code: 'year.format', values: {} }, 'ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2566'],
    [2566.5, { code: 'year.format', values: {} }, 'ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2566'],
    [2563, { code: 'year.noFramework', values: { year: 2563 } }, 'ยังไม่มีเกณฑ์การประเมินของปี 2563 หรือปีก่อนหน้าให้คัดลอก'],
    [2656, { code: 'year.tooFar', values: { next: 2566 } }, 'เริ่มได้ถึงปีถัดจากปีล่าสุดเท่านั้น (2566)'],
  ])('refuses %s with a code and its values, worded by its Thai template', (fiscalYear, problem, thai) => {
    const year = startYear(fiscalYear, 'org', held, frameworks);
    expect(year).toEqual({ ok: false, problem });
    if (year.ok) throw new Error('started');
    const words = NEW_YEAR_TH[year.problem.code].replace(/\{(\w+)\}/g, (_, name: string) => String((year.problem.values as Record<string, number>)[name]));
    expect(words).toBe(thai);
  });
});
