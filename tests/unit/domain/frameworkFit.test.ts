import { describe, expect, it } from 'vitest';
import { frameworkOrphans } from '../../../src/domain/frameworkFit';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import type { Framework } from '../../../src/domain/schemas/framework';
import { seedData } from '../../support/seed';

const data = seedData();
const [assessment] = data.assessments;
if (!assessment) throw new Error('seed has no assessment');
const uses = { assessment, findings: data.findings, measures: data.measures };

const without = (indicator: number, codes: string[] = []): Framework => {
  const copy = structuredClone(frameworkFor(2565));
  for (const instrument of copy.instruments) instrument.indicators = instrument.indicators.filter((d) => d.number !== indicator);
  copy.oItems = copy.oItems.filter((o) => !codes.includes(o.code));
  return copy;
};

describe('what a changed framework would leave pointing at nothing', () => {
  it('finds nothing when the framework keeps every indicator and O-item the year uses', () => {
    expect(frameworkOrphans(frameworkFor(2565), uses)).toEqual([]);
  });

  it('names an indicator that still has a score, a finding and a measure, and who uses it', () => {
    // Indicator 7 has a score, the seed's finding and the measure made from it.
    expect(frameworkOrphans(without(7), uses)).toEqual([
      { path: 'instruments', message: 'ตัวชี้วัดที่ 7 ยังถูกอ้างถึงโดยคะแนนของปี 2565 ข้อบกพร่อง และมาตรการ จึงนำออกจากเกณฑ์ไม่ได้' },
    ]);
  });

  it('names a dropped O-item the assessor scored', () => {
    const problems = frameworkOrphans(without(0, ['O35']), uses);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('oItems');
    expect(problems[0]?.message).toMatch(/^ข้อ O35 ยังถูกอ้างถึงโดยผลตรวจของปี 2565/);
  });

  it('counts an O-item the assessor’s recommendations still name', () => {
    // The seed's recommendations cite O39 and O42, which no result or measure names.
    const problems = frameworkOrphans(without(0, ['O39']), uses);
    expect(problems).toEqual([{ path: 'oItems', message: 'ข้อ O39 ยังถูกอ้างถึงโดยข้อเสนอแนะของผู้ตรวจ จึงนำออกจากเกณฑ์ไม่ได้' }]);
  });

  it('lets an unused indicator or O-item go', () => {
    const bare = { findings: [], measures: [] };
    expect(frameworkOrphans(without(7, ['O35']), bare)).toEqual([]);
  });
});
