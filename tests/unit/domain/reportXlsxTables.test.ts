import { describe, expect, it } from 'vitest';
import { MEASURES_CSV_HEADER, PROGRESS_CSV_HEADER, type ExportWords } from '../../../src/domain/reports/exports';
import { INDICATOR_SCORES_HEADER, measuresTable, O_ITEM_RESULTS_HEADER, progressTable, scoresTables, type ExportTable } from '../../../src/domain/reports/xlsxTables';
import { ITA_2565 } from '../../../src/domain/frameworks/ita2565';
import type { Assessment } from '../../../src/domain/schemas/assessment';
import type { Framework } from '../../../src/domain/schemas/framework';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const words: ExportWords = {
  kind: { plan: 'มาตรการ/แนวทาง', finding: 'มาตรการปรับปรุงตามข้อบกพร่อง', driving: 'มาตรการเพื่อขับเคลื่อน' },
  status: { 'not-started': 'ยังไม่เริ่ม', 'in-progress': 'กำลังดำเนินการ', blocked: 'ติดขัด', done: 'เสร็จแล้ว', cancelled: 'ยกเลิก' },
};

// Two instruments, three indicators, weights 30 + 30 + 40: small enough to check by hand.
const framework: Framework = {
  fiscalYear: 2568,
  name: 'เกณฑ์ทดสอบ',
  instruments: [
    { code: 'IIT', name: 'ภายใน', nameEn: 'Internal', weight: 60, indicators: [
      { number: 1, name: 'การปฏิบัติหน้าที่', nameEn: 'Duty', weight: 30 },
      { number: 2, name: 'การใช้งบประมาณ', nameEn: 'Budget', weight: 30 },
    ] },
    { code: 'OIT', name: 'เปิดเผยข้อมูล', nameEn: 'Open data', weight: 40, indicators: [{ number: 9, name: 'การเปิดเผยข้อมูล', nameEn: 'Disclosure', weight: 40 }] },
  ],
  levels: [{ level: 'A', min: 85 }, { level: 'F', min: 0 }],
  passMark: 85,
  oItems: [
    { code: 'O1', indicator: 9, group: '9.1 ข้อมูลพื้นฐาน', name: 'โครงสร้าง' },
    { code: 'O2', indicator: 9, group: '9.1 ข้อมูลพื้นฐาน', name: 'ข้อมูลผู้บริหาร' },
  ],
  oItemScoring: 'present-absent',
};

function assessment(changes: Partial<Assessment>): Assessment {
  return {
    id: 'asm-2568', organisationId: 'org-1', fiscalYear: 2568, reportedTotal: null, reportedLevel: null, reportedPassCount: null,
    resultStatement: '', overview: '', indicatorScores: [], subIssueNotes: [], oItemResults: [], recommendations: [], summaries: [], source: '',
    ...changes,
  };
}

describe('a year’s scores as two sheets', () => {
  it.each<[string, Partial<Assessment>, Framework | undefined, ExportTable['rows'], ExportTable['rows']]>([
    [
      'every indicator scored: the total computed from them',
      { indicatorScores: [{ indicator: 2, score: 100 }, { indicator: 1, score: 93.75 }, { indicator: 9, score: 87.5 }], oItemResults: [{ code: 'O2', score: 0, assessorComment: 'ไม่พบข้อมูล' }, { code: 'O1', score: 100, assessorComment: '' }] },
      framework,
      [['IIT', 1, 'การปฏิบัติหน้าที่', 30, 93.75], ['IIT', 2, 'การใช้งบประมาณ', 30, 100], ['OIT', 9, 'การเปิดเผยข้อมูล', 40, 87.5], ['คะแนนรวม', null, null, 100, 93.13]],
      [['O1', 'โครงสร้าง', 100, null], ['O2', 'ข้อมูลผู้บริหาร', 0, 'ไม่พบข้อมูล']],
    ],
    [
      'an indicator missing: blank, and no total',
      { indicatorScores: [{ indicator: 1, score: 50 }] },
      framework,
      [['IIT', 1, 'การปฏิบัติหน้าที่', 30, 50], ['IIT', 2, 'การใช้งบประมาณ', 30, null], ['OIT', 9, 'การเปิดเผยข้อมูล', 40, null], ['คะแนนรวม', null, null, 100, null]],
      [['O1', 'โครงสร้าง', null, null], ['O2', 'ข้อมูลผู้บริหาร', null, null]],
    ],
    [
      'scores and items the framework lacks: listed after it, in number order, not summed',
      { indicatorScores: [{ indicator: 1, score: 80 }, { indicator: 2, score: 80 }, { indicator: 9, score: 80 }, { indicator: 12, score: 70 }, { indicator: 11, score: 60 }], oItemResults: [{ code: 'O10', score: 50, assessorComment: 'บางส่วน' }, { code: 'O9', score: null, assessorComment: 'ไม่ได้ประเมิน' }] },
      framework,
      [['IIT', 1, 'การปฏิบัติหน้าที่', 30, 80], ['IIT', 2, 'การใช้งบประมาณ', 30, 80], ['OIT', 9, 'การเปิดเผยข้อมูล', 40, 80], [null, 11, null, null, 60], [null, 12, null, null, 70], ['คะแนนรวม', null, null, 100, 80]],
      [['O1', 'โครงสร้าง', null, null], ['O2', 'ข้อมูลผู้บริหาร', null, null], ['O9', null, null, 'ไม่ได้ประเมิน'], ['O10', null, 50, 'บางส่วน']],
    ],
    [
      'no framework for the year: the scores as recorded, no names, weights or total',
      { indicatorScores: [{ indicator: 3, score: 75.5 }, { indicator: 1, score: 100 }], oItemResults: [{ code: 'O2', score: 100, assessorComment: '' }, { code: 'O02', score: 0, assessorComment: '' }] },
      undefined,
      [[null, 1, null, null, 100], [null, 3, null, null, 75.5]],
      [['O02', null, 0, null], ['O2', null, 100, null]],
    ],
  ])('%s', (_case, changes, fw, indicatorRows, oItemRows) => {
    const [indicators, oItems] = scoresTables(assessment(changes), fw);
    expect(indicators).toEqual({ name: 'คะแนนตัวชี้วัด', header: INDICATOR_SCORES_HEADER, rows: indicatorRows });
    expect(oItems).toEqual({ name: 'ผล OIT', header: O_ITEM_RESULTS_HEADER, rows: oItemRows });
  });

  it('gives the seed’s 2565 total as computed from its scores, not as its report printed it', () => {
    const data = seedData();
    const year = data.assessments.find((a) => a.fiscalYear === 2565);
    if (!year) throw new Error('no 2565 assessment in the seed');
    const [indicators, oItems] = scoresTables(year, ITA_2565);
    // The report printed 93.95 from unrounded scores; the sheet sums the printed ones, as the app does.
    expect(year.reportedTotal).toBe(93.95);
    expect(indicators?.rows.at(-1)).toEqual(['คะแนนรวม', null, null, 100, 93.94]);
    expect(indicators?.rows).toHaveLength(ITA_2565.instruments.flatMap((i) => i.indicators).length + 1);
    expect(oItems?.rows).toHaveLength(ITA_2565.oItems.length);
  });

  it.each(['คะแนนตัวชี้วัด', 'ผล OIT', 'มาตรการ', 'ความคืบหน้า'])('names a sheet as Excel allows: %s', (name) => {
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
  });
});

describe('the measures and progress sheets', () => {
  const data = seedData();
  const update: ProgressUpdate = {
    id: 'upd-1', measureId: 'msr-plan-2', date: '2026-10-20', authorName: 'ปลัดเทศบาล', unitId: 'unit-palad',
    status: 'in-progress', percent: 60, note: 'อบรมแล้ว', evidenceUrl: '', createdAt: '2026-10-20T09:00:00.000Z',
  };

  it('holds the CSV’s columns, with numbers as numbers and B.E. dates as text', () => {
    const table = measuresTable(data.measures, data.units, [update], words);
    expect(table).toMatchObject({ name: 'มาตรการ', header: MEASURES_CSV_HEADER });
    expect(table.rows).toHaveLength(data.measures.length);
    expect(table.rows[0]?.slice(0, 3)).toEqual([1, 'มาตรการ/แนวทาง', 'การสร้างมาตรฐานป้องกันการรับสินบน']);
    expect(table.rows[0]?.slice(5)).toEqual(['สำนักปลัดเทศบาล', 'ต.ค.65-ธ.ค.66', 'ประชุมติดตาม ปีละ 1 ครั้ง', 'ยังไม่เริ่ม', 0, '']);
    const plan2 = table.rows.find((r) => r[8] === 'กำลังดำเนินการ');
    expect(plan2?.slice(9)).toEqual([60, '20 ต.ค. 2569']);
    expect(table.rows.map((r) => r[0])).toEqual(data.measures.map((_m, i) => i + 1));
  });

  it('lists progress under the CSV’s columns, oldest first', () => {
    const earlier = { ...update, id: 'upd-0', date: '2026-09-01', percent: 10 };
    const table = progressTable([update, earlier], data.measures, data.units, words);
    expect(table).toMatchObject({ name: 'ความคืบหน้า', header: PROGRESS_CSV_HEADER });
    expect(table.rows.map((r) => [r[0], r[3], r[4]])).toEqual([['1 ก.ย. 2569', 'กำลังดำเนินการ', 10], ['20 ต.ค. 2569', 'กำลังดำเนินการ', 60]]);
  });
});
