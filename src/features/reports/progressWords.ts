import type { EvidenceFile } from '../../domain/evidence/schema';
import { HEALTHS } from '../../domain/measureHealth';
import { thaiShortDate } from '../../domain/reports/exports';
import { th } from '../../i18n/th';
import { HEALTH_LABELS, MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import type { ProgressReport, ReportedMeasure, ReportedUpdate } from '../../domain/reports/progressReport';

/** The progress report's fixed words, the same on the page and in the Word file: always Thai, as published. */
export const PROGRESS_WORDS = {
  part1: '1) สรุปผลการดำเนินการ',
  part2: '2) ผลการดำเนินการรายมาตรการ',
  part3: '3) ภาพและไฟล์หลักฐาน',
  unitColumns: ['ผู้รับผิดชอบ', 'ทั้งหมด', ...HEALTHS.map((h) => th[HEALTH_LABELS[h]])],
  measureColumns: ['มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผลการดำเนินการ', 'สถานะ'],
  noUpdates: 'ไม่มีรายงานในช่วงนี้',
  noMeasures: 'ยังไม่มีมาตรการ',
  link: 'หลักฐาน:',
  files: 'ไฟล์:',
} as const;

/** How many measures stand at each health, leaving out those none is at: "ตามแผน 3 มาตรการ ล่าช้า 1 มาตรการ". */
export function healthCounts(report: ProgressReport): string {
  return HEALTHS.filter((h) => report.byHealth[h] > 0)
    .map((h) => `${th[HEALTH_LABELS[h]]} ${report.byHealth[h]} มาตรการ`)
    .join(' ');
}

/** One update as the report words it: its day, its percentage, and what was done. */
export const updateWords = (u: ReportedUpdate) => `${thaiShortDate(u.date)}: ร้อยละ ${u.percent} ${u.note}`;

export const statusWords = (m: ReportedMeasure) => `${th[MEASURE_STATUS_LABELS[m.status]]} ร้อยละ ${m.percent}`;

export const healthWords = (m: ReportedMeasure) => th[HEALTH_LABELS[m.health]];

/** The pictures a Word file can hold as they are; the rest are named. */
export const isPicture = (file: EvidenceFile) => file.type === 'jpeg' || file.type === 'png';
