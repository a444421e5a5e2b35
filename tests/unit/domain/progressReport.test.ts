import { describe, expect, it } from 'vitest';
import { presetPeriod, progressReport, progressReportTitlePhrases } from '../../../src/domain/reports/progressReport';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const data = seedData();
const update = (measureId: string, date: string, percent: number, status: ProgressUpdate['status'] = 'in-progress'): ProgressUpdate => ({
  id: `u-${measureId}-${date}`,
  measureId,
  date,
  authorName: 'ผู้รายงาน',
  unitId: 'unit-palad',
  status,
  percent,
  note: `รายงาน ${date}`,
  evidenceUrl: '',
  createdAt: `${date}T09:00:00.000Z`,
});

describe('the periods of a progress report', () => {
  it('knows the halves and the whole of a fiscal year in C.E. dates', () => {
    expect(presetPeriod(2566, 'first-half')).toEqual({ from: '2022-10-01', to: '2023-03-31' });
    expect(presetPeriod(2566, 'second-half')).toEqual({ from: '2023-04-01', to: '2023-09-30' });
    expect(presetPeriod(2566, 'whole-year')).toEqual({ from: '2022-10-01', to: '2023-09-30' });
  });
});

describe('the progress report of the seed', () => {
  const updates = [
    update('msr-plan-1', '2022-09-20', 5),
    update('msr-plan-1', '2022-12-15', 30),
    update('msr-plan-1', '2023-05-01', 80),
    update('msr-plan-3', '2023-03-31', 100, 'done'),
  ];
  const report = progressReport(2566, data.organisation, data.units, data.measures, updates, presetPeriod(2566, 'first-half'));

  it('lists what each measure reported within the period, and where it stood on its last day', () => {
    const [first, , third] = report.measures;
    expect(first?.updates.map((u) => [u.date, u.percent])).toEqual([['2022-12-15', 30]]);
    expect(first).toMatchObject({ title: 'การสร้างมาตรฐานป้องกันการรับสินบน', units: 'สำนักปลัดเทศบาล', timeframe: 'ต.ค.65-ธ.ค.66', status: 'in-progress', percent: 30 });
    expect(third).toMatchObject({ status: 'done', percent: 100, health: 'done' });
    expect(first?.steps).toHaveLength(4);
  });

  it('reads health as of the period’s end, not today', () => {
    // ต.ค.65–ธ.ค.66 on 31 March 2023: 6 of 15 months gone, 30 % reported — on track.
    expect(report.measures[0]?.health).toBe('on-track');
  });

  it('sums the measures by health and by unit', () => {
    const total = Object.values(report.byHealth).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.measures.length);
    // The seed's driving measures name no unit yet: they are counted, last.
    expect(report.byUnit.map((u) => u.unit)).toEqual(['กองคลัง', 'สำนักปลัดเทศบาล', 'ยังไม่ระบุผู้รับผิดชอบ']);
    expect(report.byUnit.find((u) => u.unit === 'กองคลัง')).toMatchObject({ total: 1, byHealth: { done: 1 } });
  });
});

describe('the progress report’s edge cases', () => {
  it('orders two reports of one day by when they were made, and keeps units in Thai order with the unassigned last', () => {
    const [a, b] = [update('msr-plan-1', '2022-12-15', 20), { ...update('msr-plan-1', '2022-12-15', 25), id: 'later', createdAt: '2022-12-15T10:00:00.000Z' }];
    const [base] = data.measures;
    if (!base) throw new Error('no seed measures');
    const measures = [...data.measures.slice(0, 3), { ...base, id: 'nobody', unitIds: [] }, { ...base, id: 'nobody-2', unitIds: [] }];
    const report = progressReport(2566, data.organisation, data.units, measures, [b, a], presetPeriod(2566, 'whole-year'));
    expect(report.measures[0]).toMatchObject({ percent: 25 });
    expect(report.byUnit.map((u) => u.unit)).toEqual(['กองคลัง', 'สำนักปลัดเทศบาล', 'ยังไม่ระบุผู้รับผิดชอบ']);
    const reversed = progressReport(2566, data.organisation, data.units, [...measures].reverse(), [], presetPeriod(2566, 'whole-year'));
    expect(reversed.byUnit.map((u) => u.unit)).toEqual(['กองคลัง', 'สำนักปลัดเทศบาล', 'ยังไม่ระบุผู้รับผิดชอบ']);
  });
});

describe('the progress report’s title', () => {
  it('is the official title in phrases a line may break between, the year’s phrase whole', () => {
    const phrases = progressReportTitlePhrases(2566);
    expect(phrases).toEqual(['รายงานผลการดำเนินการ', 'ตามมาตรการ', 'ส่งเสริมคุณธรรมและความโปร่งใส ', 'ประจำปีงบประมาณ พ.ศ. 2566']);
    expect(phrases.join('')).toBe('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566');
  });
});
