import type { DataSet } from '../schemas/dataSet';
import type { IssueValues } from '../zodIssue';

// Apart from problems.ts: the stores name damaged records with these at start-up, and the first
// screen's code should not carry the backup reader's words with them.

/** Thai names of the data set's parts: the one place for them (the catalogs' Thai side reuses them). */
export const DATA_NAMES: Readonly<Record<keyof DataSet, string>> = {
  organisation: 'ข้อมูลหน่วยงาน',
  settings: 'การตั้งค่า',
  units: 'ส่วนราชการ',
  frameworks: 'เกณฑ์การประเมิน',
  assessments: 'ผลการประเมิน',
  findings: 'ข้อบกพร่อง',
  measures: 'มาตรการ',
  progressUpdates: 'ความคืบหน้า',
  audit: 'ประวัติการแก้ไข',
};

/** A template's {name}s filled in: the domain's Thai sentences need nothing more. */
export const fill = (template: string, values: Readonly<IssueValues>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
