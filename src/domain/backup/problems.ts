import type * as z from 'zod/mini';
import type { DataSet } from '../schemas/dataSet';

export type BackupProblemCode = 'empty' | 'not-json' | 'not-backup' | 'newer-version' | 'bad-version' | 'invalid-record' | 'inconsistent';

export interface BackupIssue {
  path: string;
  message: string;
}

export interface BackupProblem {
  code: BackupProblemCode;
  /** Thai, for a role="alert" box: names what is wrong and where. */
  message: string;
  issues: BackupIssue[];
}

const NAMES: Record<string, string> = {
  organisation: 'ข้อมูลหน่วยงาน',
  settings: 'การตั้งค่า',
  units: 'ส่วนราชการ',
  frameworks: 'เกณฑ์การประเมิน',
  assessments: 'ผลการประเมิน',
  findings: 'ข้อบกพร่อง',
  measures: 'มาตรการ',
  progressUpdates: 'ความคืบหน้า',
};

const SHOWN = 5;

/** 'มาตรการ รายการที่ 3 (รหัส msr-plan-3) ช่อง "title"' for the path data.measures.2.title. */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
  const [collection, index, ...field] = path.map(String);
  const name = NAMES[collection ?? ''] ?? collection ?? 'ข้อมูล';
  if (index !== undefined && /^\d+$/.test(index) && collection !== 'organisation' && collection !== 'settings') {
    const record = (data as Record<string, unknown[] | undefined> | null)?.[collection ?? '']?.[Number(index)];
    const id = record && typeof record === 'object' && 'id' in record ? String((record as { id: unknown }).id) : null;
    const where = `${name} รายการที่ ${Number(index) + 1}${id ? ` (รหัส ${id})` : ''}`;
    return field.length ? `${where} ช่อง "${field.join('.')}"` : where;
  }
  const rest = [index, ...field].filter((p) => p !== undefined);
  return rest.length ? `${name} ช่อง "${rest.join('.')}"` : name;
}

export function listIssues(issues: BackupIssue[]): string {
  const shown = issues.slice(0, SHOWN).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > SHOWN ? ` และอีก ${issues.length - SHOWN} รายการ` : '';
  return `${shown.join('; ')}${more}`;
}

export function invalidRecords(error: z.core.$ZodError, data: unknown): BackupProblem {
  const issues = error.issues.map((i) => ({ path: describePath(i.path, data), message: i.message }));
  return { code: 'invalid-record', message: `ข้อมูลในไฟล์ไม่ถูกต้อง: ${listIssues(issues)}`, issues };
}

/** References a valid record can still get wrong: a measure of an assessment the file lacks. */
export function inconsistencies(data: DataSet): BackupIssue[] {
  const issues: BackupIssue[] = [];
  const idsOf = (list: { id: string }[]) => new Set(list.map((r) => r.id));
  const duplicates = (collection: keyof typeof NAMES, list: { id: string }[]) => {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.id)) issues.push({ path: describePath([collection, i], data), message: `รหัส ${r.id} ซ้ำกับรายการก่อนหน้า` });
      seen.add(r.id);
    });
  };
  duplicates('units', data.units);
  duplicates('assessments', data.assessments);
  duplicates('findings', data.findings);
  duplicates('measures', data.measures);
  duplicates('progressUpdates', data.progressUpdates);
  const assessments = idsOf(data.assessments);
  const measures = idsOf(data.measures);
  const units = idsOf(data.units);
  const check = (collection: string, index: number, field: string, id: string, known: Set<string>, what: string) => {
    if (!known.has(id)) issues.push({ path: describePath([collection, index, field], data), message: `อ้างถึง${what}รหัส ${id} ซึ่งไม่มีในไฟล์` });
  };
  data.findings.forEach((f, i) => {
    check('findings', i, 'assessmentId', f.assessmentId, assessments, 'ผลการประเมิน');
    f.unitIds.forEach((u) => check('findings', i, 'unitIds', u, units, 'ส่วนราชการ'));
  });
  data.measures.forEach((m, i) => {
    check('measures', i, 'assessmentId', m.assessmentId, assessments, 'ผลการประเมิน');
    m.unitIds.forEach((u) => check('measures', i, 'unitIds', u, units, 'ส่วนราชการ'));
  });
  data.progressUpdates.forEach((p, i) => check('progressUpdates', i, 'measureId', p.measureId, measures, 'มาตรการ'));
  return issues;
}
