import type { IDBPDatabase } from 'idb';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import { auditEntrySchema } from '../../../domain/schemas/audit';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { findingSchema } from '../../../domain/schemas/finding';
import { frameworkSchema } from '../../../domain/schemas/framework';
import { measureSchema, progressUpdateSchema } from '../../../domain/schemas/measure';
import { organisationSchema, unitSchema } from '../../../domain/schemas/organisation';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../domain/schemas/settings';
import { compareThai } from '../../../domain/textOrder';
import type { DataProblem } from '../../store';
import { notFound } from '../../storeError';
import { parseAll, parseRecord, quarantine } from './records';
import { STORES } from './schema';
import { storageError } from './storageErrors';
import { SINGLETON_KEYS } from './writeDataSet';

const READ = [STORES.singletons, STORES.units, STORES.frameworks, STORES.assessments, STORES.findings, STORES.measures, STORES.progressUpdates, STORES.audit];

type Entry = { key: IDBValidKey; value: unknown };

/**
 * The whole data set as one snapshot: every collection read in one transaction, so another tab's
 * save lands wholly before the backup or wholly after it, never between two of its reads (a
 * backup naming an update of a measure it lacks would be refused by the app's own restore).
 * Parsed as the store's reads parse, the unreadable records quarantined and left out.
 */
export async function readSnapshot(db: IDBPDatabase<unknown>): Promise<DataSet> {
  const tx = db.transaction(READ, 'readonly');
  const read = async (name: (typeof READ)[number]): Promise<Entry[]> => {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    return keys.map((key, i) => ({ key, value: values[i] as unknown }));
  };
  const [singletons = [], ...collections] = await Promise.all(READ.map(read));
  await tx.done;
  const [units = [], frameworks = [], assessments = [], findings = [], measures = [], progressUpdates = [], audit = []] = collections;

  const problems: DataProblem[] = [];
  const all = <S extends Parameters<typeof parseAll>[0]>(schema: S, name: string, entries: Entry[]) => {
    const parsed = parseAll(schema, name, entries);
    problems.push(...parsed.problems);
    return parsed.records;
  };
  const single = (key: string) => singletons.find((entry) => entry.key === key)?.value;
  const data = {
    units: all(unitSchema, STORES.units, units).sort((a, b) => compareThai(a.name, b.name)),
    frameworks: all(frameworkSchema, STORES.frameworks, frameworks).sort((a, b) => a.fiscalYear - b.fiscalYear),
    assessments: all(assessmentSchema, STORES.assessments, assessments).sort((a, b) => b.fiscalYear - a.fiscalYear),
    findings: all(findingSchema, STORES.findings, findings),
    measures: all(measureSchema, STORES.measures, measures),
    progressUpdates: all(progressUpdateSchema, STORES.progressUpdates, progressUpdates),
    audit: all(auditEntrySchema, STORES.audit, audit),
  };
  // Unreadable settings give way to the defaults, as every screen's read of them does.
  const rawSettings = single(SINGLETON_KEYS.settings);
  const settings = rawSettings === undefined ? undefined : parseRecord(settingsSchema, STORES.singletons, SINGLETON_KEYS.settings, rawSettings);
  if (settings && !settings.ok) problems.push(settings.problem);
  const rawOrganisation = single(SINGLETON_KEYS.organisation);
  const organisation = rawOrganisation === undefined ? undefined : parseRecord(organisationSchema, STORES.singletons, SINGLETON_KEYS.organisation, rawOrganisation);
  if (organisation && !organisation.ok) problems.push(organisation.problem);
  await quarantine(db, problems);
  if (!organisation) throw notFound('ยังไม่มีข้อมูลหน่วยงาน');
  if (!organisation.ok) throw storageError('unreadable', organisation.problem.message);
  return { organisation: organisation.record, ...data, settings: settings?.ok ? settings.record : DEFAULT_SETTINGS };
}
