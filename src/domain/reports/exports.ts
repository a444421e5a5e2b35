import type { Measure, MeasureKind, MeasureStatus, ProgressUpdate } from '../schemas/measure';
import type { Unit } from '../schemas/organisation';
import { thaiMonthAbbr } from '../thaiDate';
import { unitNames } from '../units';
import { csvText } from './csv';
import { compareAscii } from '../textOrder';

/** The words a file uses for kinds and statuses: the app's own, so the file says what the screens say. */
export interface ExportWords {
  kind: Record<MeasureKind, string>;
  status: Record<MeasureStatus, string>;
}

/** '2026-10-20' as a Thai reader writes it: 20 ต.ค. 2569. */
export function thaiShortDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${thaiMonthAbbr(m)} ${y + 543}`;
}


export const MEASURES_CSV_HEADER = [
  'ลำดับ',
  'ประเภท',
  'มาตรการ/แนวทาง',
  'รายละเอียด',
  'วิธีการดำเนินการ',
  'ผู้รับผิดชอบ',
  'ระยะเวลาดำเนินการ',
  'การติดตามผล',
  'สถานะล่าสุด',
  'ร้อยละความคืบหน้า',
  'วันที่รายงานล่าสุด',
] as const;

/** A row of an exported table: text stays text, a number stays a number for the spreadsheet to sum. */
export type ExportRow = (string | number)[];

/** The year's measures, one row each in document order, with where each stood at its last report. */
export function measuresCsv(measures: readonly Measure[], units: readonly Unit[], latest: readonly ProgressUpdate[], words: ExportWords): string {
  return csvText(MEASURES_CSV_HEADER, measuresRows(measures, units, latest, words));
}

/** The rows under MEASURES_CSV_HEADER, for the CSV and the workbook alike. */
export function measuresRows(measures: readonly Measure[], units: readonly Unit[], latest: readonly ProgressUpdate[], words: ExportWords): ExportRow[] {
  const last = new Map(latest.map((u) => [u.measureId, u]));
  return measures.map((m, i) => {
    const update = last.get(m.id);
    return [
      i + 1,
      words.kind[m.kind],
      m.title,
      m.description,
      m.steps.map((s, k) => `${k + 1}. ${s.text}${s.done ? ' (เสร็จแล้ว)' : ''}`).join('\n'),
      unitNames(m.unitIds, units),
      m.timeframe.raw,
      m.followUp,
      words.status[update?.status ?? 'not-started'],
      update?.percent ?? 0,
      update ? thaiShortDate(update.date) : '',
    ];
  });
}

export const PROGRESS_CSV_HEADER = ['วันที่', 'มาตรการ', 'ผู้รับผิดชอบ', 'สถานะ', 'ร้อยละความคืบหน้า', 'สิ่งที่ดำเนินการ', 'หลักฐาน', 'ผู้รายงาน'] as const;

/** Every progress update, oldest first, as a report of what was done and when. */
export function progressCsv(updates: readonly ProgressUpdate[], measures: readonly Measure[], units: readonly Unit[], words: ExportWords): string {
  return csvText(PROGRESS_CSV_HEADER, progressRows(updates, measures, units, words));
}

/** The rows under PROGRESS_CSV_HEADER, oldest first. */
export function progressRows(updates: readonly ProgressUpdate[], measures: readonly Measure[], units: readonly Unit[], words: ExportWords): ExportRow[] {
  const titles = new Map(measures.map((m) => [m.id, m.title]));
  return [...updates]
    .sort((a, b) => compareAscii(a.date, b.date) || compareAscii(a.createdAt, b.createdAt))
    .map((u) => [
      thaiShortDate(u.date),
      titles.get(u.measureId) ?? u.measureId,
      u.unitId ? unitNames([u.unitId], units) : '',
      words.status[u.status],
      u.percent,
      u.note,
      u.evidenceUrl,
      u.authorName,
    ]);
}
