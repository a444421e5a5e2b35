import { describe, expect, it } from 'vitest';
import { measuresRows, progressRows, type ExportWords } from '../../../src/domain/reports/exports';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';
import { unitNames } from '../../../src/domain/units';
import { seedData } from '../../support/seed';

const words: ExportWords = {
  kind: { plan: 'มาตรการ/แนวทาง', finding: 'มาตรการปรับปรุงตามข้อบกพร่อง', driving: 'มาตรการเพื่อขับเคลื่อน' },
  status: { 'not-started': 'ยังไม่เริ่ม', 'in-progress': 'กำลังดำเนินการ', blocked: 'ติดขัด', done: 'เสร็จแล้ว', cancelled: 'ยกเลิก' },
};

const data = seedData();
const [first] = data.measures;
if (!first) throw new Error('the seed has no measure');

const update: ProgressUpdate = {
  id: 'upd-1',
  measureId: first.id,
  date: '2026-10-20',
  authorName: 'ปลัดเทศบาล',
  unitId: 'unit-palad',
  status: 'blocked',
  percent: 30,
  note: 'รองบประมาณ',
  evidenceUrl: '',
  createdAt: '2026-10-20T09:00:00.000Z',
};

describe('a measure row says where the measure stood at its last report', () => {
  // Columns 8–10: status, percent, date of the last report.
  it.each<[string, ProgressUpdate[], [string, number, string]]>([
    ['a measure never reported on reads as not started, at nought, with no date', [], ['ยังไม่เริ่ม', 0, '']],
    ['a reported measure shows its last status, percent and Thai date', [update], ['ติดขัด', 30, '20 ต.ค. 2569']],
    ['a report on another measure leaves this one unreported', [{ ...update, measureId: 'msr-other' }], ['ยังไม่เริ่ม', 0, '']],
  ])('%s', (_what, latest, expected) => {
    const [row] = measuresRows([first], data.units, latest, words);
    expect(row?.slice(8)).toEqual(expected);
  });
});

describe('a progress row names the measure and the unit', () => {
  const palad = data.units.find((u) => u.id === 'unit-palad');
  if (!palad) throw new Error('the seed has no unit-palad');

  // Columns 1–2: the measure, the unit that reported.
  it.each<[string, Partial<ProgressUpdate>, [string, string]]>([
    ['a known measure and unit are named', {}, [first.title, palad.name]],
    ['a measure since deleted shows as its id', { measureId: 'msr-gone' }, ['msr-gone', palad.name]],
    ['a report made for the whole agency names no unit', { unitId: null }, [first.title, '']],
    ['a unit the agency no longer has shows as its id', { unitId: 'unit-gone' }, [first.title, 'unit-gone']],
  ])('%s', (_what, change, expected) => {
    const [row] = progressRows([{ ...update, ...change }], data.measures, data.units, words);
    expect(row?.slice(1, 3)).toEqual(expected);
  });

  it('lists reports by date, then by when they were entered', () => {
    const later = { ...update, id: 'b', date: '2026-11-01', createdAt: '2026-11-01T08:00:00.000Z', percent: 50 };
    const sameDayLater = { ...update, id: 'c', createdAt: '2026-10-20T10:00:00.000Z', percent: 40 };
    const rows = progressRows([later, sameDayLater, update], data.measures, data.units, words);
    expect(rows.map((r) => r[4])).toEqual([30, 40, 50]);
  });
});

describe('unit names', () => {
  it.each<[string, string[], string]>([
    ['names units in the order given', ['unit-palad', 'unit-palad'], 'PALAD, PALAD'],
    ['shows a unit the agency no longer has as its id', ['unit-palad', 'unit-gone'], 'PALAD, unit-gone'],
    ['is empty for no units', [], ''],
  ])('%s', (_what, ids, expected) => {
    const palad = data.units.find((u) => u.id === 'unit-palad')?.name ?? 'missing';
    expect(unitNames(ids, data.units)).toBe(expected.replaceAll('PALAD', palad));
  });
});
