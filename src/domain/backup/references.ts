import type { Collection, DataSet } from '../schemas/dataSet';
import { describePath, type BackupIssue } from './problems';

/**
 * What valid records can still get wrong together. The stores key records by these ids (and
 * frameworks by year), so a repeat would silently overwrite the first on restore, and a
 * reference to a record the file lacks would show as a measure of no assessment.
 */
export function inconsistencies(data: DataSet): BackupIssue[] {
  const issues: BackupIssue[] = [];
  const at = (collection: Collection, index: number, field?: string) =>
    describePath(field === undefined ? [collection, index] : [collection, index, field], data);

  const repeats = <T>(collection: Collection, records: readonly T[], keyOf: (record: T) => string | number, what: string) => {
    const first = new Map<string | number, number>();
    records.forEach((record, i) => {
      const key = keyOf(record);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else issues.push({ path: at(collection, i), message: `${what} ${key} ซ้ำกับรายการที่ ${earlier + 1}` });
    });
  };
  repeats('units', data.units, (u) => u.id, 'รหัส');
  repeats('frameworks', data.frameworks, (f) => f.fiscalYear, 'ปี พ.ศ.');
  repeats('assessments', data.assessments, (a) => a.id, 'รหัส');
  // The app opens an assessment by its year, so a second one for a year could never be reached.
  repeats('assessments', data.assessments, (a) => a.fiscalYear, 'ปี พ.ศ.');
  repeats('findings', data.findings, (f) => f.id, 'รหัส');
  repeats('measures', data.measures, (m) => m.id, 'รหัส');
  repeats('progressUpdates', data.progressUpdates, (p) => p.id, 'รหัส');

  const known = {
    assessments: new Set(data.assessments.map((a) => a.id)),
    measures: new Set(data.measures.map((m) => m.id)),
    units: new Set(data.units.map((u) => u.id)),
  };
  const NOUNS = { assessments: 'ผลการประเมิน', measures: 'มาตรการ', units: 'ส่วนราชการ' } as const;
  const refers = (collection: Collection, index: number, field: string, ids: readonly string[], target: keyof typeof known) => {
    for (const id of ids) {
      if (!known[target].has(id)) {
        issues.push({ path: at(collection, index, field), message: `อ้างถึง${NOUNS[target]}รหัส ${id} ซึ่งไม่มีในไฟล์` });
      }
    }
  };
  data.findings.forEach((f, i) => {
    refers('findings', i, 'assessmentId', [f.assessmentId], 'assessments');
    refers('findings', i, 'unitIds', f.unitIds, 'units');
  });
  // links.findingIds is not checked: the store does not refuse a link to an unknown finding, so
  // checking it here could refuse a backup the app itself wrote.
  data.measures.forEach((m, i) => {
    refers('measures', i, 'assessmentId', [m.assessmentId], 'assessments');
    refers('measures', i, 'unitIds', m.unitIds, 'units');
  });
  data.progressUpdates.forEach((p, i) => {
    refers('progressUpdates', i, 'measureId', [p.measureId], 'measures');
    refers('progressUpdates', i, 'unitId', p.unitId === null ? [] : [p.unitId], 'units');
  });
  return issues;
}
