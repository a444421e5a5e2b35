import type { Collection, DataSet } from '../schemas/dataSet';
import type { IssueValues } from '../zodIssue';
import { DATA_NAMES, fill, placeOf, type BackupIssue } from './problems';

/** What valid records can still get wrong together. */
export type ReferenceCode = 'repeated-id' | 'repeated-year' | 'missing-reference';

/** The collections a record may refer to. */
export type Referred = 'assessments' | 'measures' | 'units';

/** Thai for each code: the one place for it (the catalogs' Thai side reuses it). {collection} takes a part's Thai name. */
export const REFERENCE_THAI: Readonly<Record<ReferenceCode, string>> = {
  'repeated-id': 'รหัส {value} ซ้ำกับรายการที่ {first}',
  'repeated-year': 'ปี พ.ศ. {value} ซ้ำกับรายการที่ {first}',
  'missing-reference': 'อ้างถึง{collection}รหัส {id} ซึ่งไม่มีในไฟล์',
};

export function referenceInThai(code: ReferenceCode, values: Readonly<IssueValues>): string {
  const collection = values.collection;
  return fill(REFERENCE_THAI[code], typeof collection === 'string' && collection in DATA_NAMES ? { ...values, collection: DATA_NAMES[collection as keyof DataSet] } : values);
}

/**
 * The stores key records by these ids (and frameworks by year), so a repeat would silently
 * overwrite the first on restore, and a reference to a record the file lacks would show as a
 * measure of no assessment.
 */
export function inconsistencies(data: DataSet): BackupIssue[] {
  const issues: BackupIssue[] = [];
  const add = (collection: Collection, index: number, field: string | undefined, code: ReferenceCode, values: IssueValues) =>
    issues.push({ where: placeOf(field === undefined ? [collection, index] : [collection, index, field], data), code, values, message: referenceInThai(code, values) });

  const repeats = <T>(collection: Collection, records: readonly T[], keyOf: (record: T) => string | number, code: ReferenceCode) => {
    const first = new Map<string | number, number>();
    records.forEach((record, i) => {
      const key = keyOf(record);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else add(collection, i, undefined, code, { value: key, first: earlier + 1 });
    });
  };
  repeats('units', data.units, (u) => u.id, 'repeated-id');
  repeats('frameworks', data.frameworks, (f) => f.fiscalYear, 'repeated-year');
  repeats('assessments', data.assessments, (a) => a.id, 'repeated-id');
  // The app opens an assessment by its year, so a second one for a year could never be reached.
  repeats('assessments', data.assessments, (a) => a.fiscalYear, 'repeated-year');
  repeats('findings', data.findings, (f) => f.id, 'repeated-id');
  repeats('measures', data.measures, (m) => m.id, 'repeated-id');
  repeats('progressUpdates', data.progressUpdates, (p) => p.id, 'repeated-id');

  const known: Record<Referred, Set<string>> = {
    assessments: new Set(data.assessments.map((a) => a.id)),
    measures: new Set(data.measures.map((m) => m.id)),
    units: new Set(data.units.map((u) => u.id)),
  };
  const refers = (collection: Collection, index: number, field: string, ids: readonly string[], target: Referred) => {
    for (const id of ids) if (!known[target].has(id)) add(collection, index, field, 'missing-reference', { collection: target, id });
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
