import type { Assessment } from '../domain/schemas/assessment';
import { ALREADY_SET_UP_TH } from '../domain/alreadySetUp';
import type { AuditEntry } from '../domain/schemas/audit';
import type { DataSet } from '../domain/schemas/dataSet';
import type { EvidenceFile } from '../domain/evidence/schema';
import type { Finding } from '../domain/schemas/finding';
import type { Framework } from '../domain/schemas/framework';
import type { Measure, ProgressUpdate } from '../domain/schemas/measure';
import type { MeasureChanges, MeasureInput, ProgressInput } from '../domain/schemas/measureInput';
import type { Organisation, Unit } from '../domain/schemas/organisation';
import type { Settings } from '../domain/schemas/settings';
import { StoreError, type FieldError } from './storeError';

export { StoreError, isStoreError, type StoreErrorKind, type FieldError } from './storeError';

/** A record that was in storage but did not parse: kept exactly as found, and shown to the user. */
export interface DataProblem {
  /** Where it was found, e.g. 'measures'. */
  collection: string;
  key: string;
  /** The stored value, untouched, so it can be exported and mended by hand. */
  raw: unknown;
  /** Thai, naming the fields that did not parse: for the API, the server's log and Thai screens. */
  message: string;
  /**
   * Each field that did not parse, with its code and values for a screen to word (the first five).
   * Absent for a record quarantined before the fields were kept: its message is then all there is.
   */
  fields?: FieldError[];
}

export interface ListMeasuresOptions {
  includeArchived?: boolean;
}

/** The bytes of an update's files, sent beside its input, and the means to watch and stop the sending. */
export interface EvidenceUpload {
  /** `files[i]` is the blob of `input.files[i]`: the same count, sizes and SHA-256, or the store refuses. */
  files?: readonly Blob[];
  /** Told as the bytes go out (HTTP only: the browser store keeps them at once and never calls it). */
  onProgress?: (sent: number, total: number) => void;
  /** Cancels the sending; the store then rejects with nothing kept. */
  signal?: AbortSignal;
}

/** The space an agency's files take, in bytes; `limit` null where none is set (the browser's own storage). */
export interface EvidenceUsage {
  used: number;
  limit: number | null;
}

export interface KeptEvidence {
  file: EvidenceFile;
  blob: Blob;
}

export interface ReplaceOptions {
  onlyIfEmpty?: boolean;
  /**
   * The bytes of every file the data set's updates and findings name, by file id (a backup's zip). Each is
   * checked against its reference's size and SHA-256; a missing or different one refuses the
   * restore, nothing changed.
   */
  files?: ReadonlyMap<string, Blob>;
  /**
   * Told as the records are written, for a large restore's progress bar: `total` records in
   * all, `done` of them written so far. A store that writes in one request (HTTP) never calls it.
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * Asks the restore to stop. A store that writes in batches stops between two, undoes the
   * transaction and rejects, the data as it was; one that writes in one request (HTTP) may
   * finish regardless, so the caller trusts how the promise settles, not that it asked.
   */
  signal?: AbortSignal;
}

/**
 * The refusal of a first run's restore or sample when the data set is no longer empty: by code
 * too, so an English first run says it in English.
 */
export const alreadySetUp = () => new StoreError({ kind: 'forbidden', code: 'already-set-up' }, ALREADY_SET_UP_TH);

/**
 * Every read and write the screens make goes through this interface. Three backends implement
 * it (IndexedDB in the browser, the HTTP adapter against the mocked API or the agency's server
 * on PostgreSQL), pass the same contract tests (tests/contract/storeContract.ts), and fail with
 * the same typed StoreError, so screens never learn which one they are talking to.
 */
export interface Store {
  getOrganisation(): Promise<Organisation>;
  listUnits(): Promise<Unit[]>;
  /** Frameworks oldest fiscal year first. */
  listFrameworks(): Promise<Framework[]>;
  /** Assessments newest fiscal year first. */
  listAssessments(): Promise<Assessment[]>;
  getAssessment(fiscalYear: number): Promise<Assessment>;
  listFindings(assessmentId: string): Promise<Finding[]>;
  /** Measures of an assessment, plan measures before driving ones, each in document order. */
  listMeasures(assessmentId: string, options?: ListMeasuresOptions): Promise<Measure[]>;
  getMeasure(id: string): Promise<Measure>;
  /** A measure's updates, newest first. */
  listProgress(measureId: string): Promise<ProgressUpdate[]>;
  /** The newest update of each measure of an assessment that has one: what a list of measures shows. */
  listLatestProgress(assessmentId: string): Promise<ProgressUpdate[]>;
  /** Every update of every measure of an assessment (archived ones included), newest first: the year's course. */
  listYearProgress(assessmentId: string): Promise<ProgressUpdate[]>;
  /** Who changed a measure, when and what, newest first. */
  listAudit(measureId: string): Promise<AuditEntry[]>;
  getSettings(): Promise<Settings>;

  createMeasure(input: MeasureInput): Promise<Measure>;
  /** Refused as a conflict when the stored version is not `expectedVersion`. */
  updateMeasure(id: string, expectedVersion: number, changes: MeasureChanges): Promise<Measure>;
  setMeasureArchived(id: string, expectedVersion: number, archived: boolean): Promise<Measure>;
  /**
   * Keeps the update and its files in one transaction: an update is never kept without a file it
   * names, nor a file without its update. Refused (validation, `evidence.*` codes on `files.<i>`)
   * on a count, size, type or hash that does not match, or when the agency's space is full.
   */
  appendProgress(measureId: string, input: ProgressInput, upload?: EvidenceUpload): Promise<ProgressUpdate>;
  /** Takes back an update just saved (undo), its files with it; refused once the short window has passed. */
  withdrawProgress(updateId: string): Promise<ProgressUpdate>;
  updateSettings(changes: Partial<Settings>): Promise<Settings>;

  /**
   * What the planning officer keeps for the whole agency, written whole (the last save wins;
   * only measures carry versions, being the records several people edit at once).
   */
  saveOrganisation(organisation: Organisation): Promise<Organisation>;
  saveUnit(unit: Unit): Promise<Unit>;
  /** One framework per fiscal year: saving replaces that year's. */
  saveFramework(framework: Framework): Promise<Framework>;
  /** One assessment per fiscal year: another id for a year already held is refused. */
  saveAssessment(assessment: Assessment): Promise<Assessment>;
  /**
   * Keeps the finding and its files in one transaction. `finding.files` lists every file the
   * finding keeps after the save: one it keeps already stays as it is (its reference must be the
   * one kept), one it keeps but no longer lists is deleted, and the others are new, their bytes
   * in `upload.files` in the order they stand in `finding.files`. Refused (validation,
   * `evidence.*` codes on `files.<i>`, `i` the place in `finding.files`) as appendProgress's files
   * are, and with `evidence-duplicate-id` for a file id another update or finding keeps.
   */
  saveFinding(finding: Finding, upload?: EvidenceUpload): Promise<Finding>;

  /** The whole data set, for a backup. Records that do not parse are not in it: see listProblems. */
  exportData(): Promise<DataSet>;
  /**
   * Restore or reset: replaces every record in one transaction. Unreadable records are kept aside.
   * `onlyIfEmpty` (the first run's): refused with nothing changed if an assessment is held by then,
   * so a first-run screen left open cannot replace an agency's data that someone set up meanwhile.
   */
  replaceData(data: DataSet, options?: ReplaceOptions): Promise<void>;
  /** Records found in storage that did not parse. */
  listProblems(): Promise<DataProblem[]>;

  /** One kept file: its reference (name, type, size, hash) and its bytes; not-found for an id this agency does not hold. */
  readEvidence(fileId: string): Promise<KeptEvidence>;
  /**
   * An address an <img> or a link can use directly (the server's, cookie-authenticated), or null
   * where there is none (the browser store: show `readEvidence`'s blob via an object URL).
   */
  evidenceUrl(fileId: string): string | null;
  /** The space the agency's files take, for Settings. */
  evidenceUsage(): Promise<EvidenceUsage>;
}
