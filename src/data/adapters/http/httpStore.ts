import * as z from 'zod/mini';
import type { Actor } from '../../../domain/schemas/actor';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import { auditEntrySchema } from '../../../domain/schemas/audit';
import { dataSetSchema } from '../../../domain/schemas/dataSet';
import { findingSchema } from '../../../domain/schemas/finding';
import { frameworkSchema } from '../../../domain/schemas/framework';
import { measureSchema, progressUpdateSchema } from '../../../domain/schemas/measure';
import { organisationSchema, unitSchema } from '../../../domain/schemas/organisation';
import { settingsSchema } from '../../../domain/schemas/settings';
import { uploadRefused } from '../../files/checkUpload';
import type { EvidenceUpload, Store } from '../../store';
import { ACCOUNT_HEADER, actorHeaders } from './actorHeaders';
import { fetchEvidence } from './fetchEvidence';
import { findingParts } from './findingParts';
import { jsonCall } from './jsonCall';
import type { Part } from './multipartBody';
import { UPLOAD_SILENCE_MS, uploadMultipart } from './uploadMultipart';

export interface HttpStoreOptions {
  /** Where the /api/v1 contract lives; absolute in Node, where fetch has no page to resolve against. */
  baseUrl?: string;
  actor: () => Actor;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  /** For an upload's progress; the browser's unless a test gives its own. */
  XMLHttpRequest?: typeof globalThis.XMLHttpRequest;
  /** Told when the server answers 401: the session has ended, and the person must sign in again. */
  onUnauthorized?: () => void;
  /**
   * On the agency's server: the account this tab signed in as. Tabs share one cookie, so after
   * another account signs in elsewhere in the browser the server would take this tab's requests
   * as that account's; with this it refuses them (401) and the tab asks for a sign-in instead.
   */
  signedInAs?: string;
  /**
   * Whether a file's address works on its own, in an <img> or a new tab (true: the agency's
   * server, which reads the session cookie). The mocked API knows who acts only from headers an
   * <img> does not send, and a new tab is not its service worker's: there, false, and the screens
   * show files through readEvidence.
   */
  fileLinks?: boolean;
}

const usageSchema = z.object({ used: z.number(), limit: z.nullable(z.number()) });
const problemSchema = z.object({ collection: z.string(), key: z.string(), raw: z.unknown(), message: z.string() });

/**
 * The REST adapter: the same Store over HTTP. Every response is parsed with the app's own
 * schemas, so a server that answers wrongly is caught here, not in a screen.
 */
/** How long a backup or a restore may take through the API (the 16× bench's is ~240 MB). */
export const WHOLE_DATA_TIMEOUT_MS = 10 * 60_000;

export function createHttpStore(options: HttpStoreOptions): Store {
  const { baseUrl = '/api/v1', actor, timeoutMs = 10_000, fetch = globalThis.fetch, onUnauthorized, signedInAs } = options;
  const id = encodeURIComponent;
  const headers = () => ({ ...actorHeaders(actor()), ...(signedInAs === undefined ? {} : { [ACCOUNT_HEADER]: signedInAs }) });

  const call = <S extends z.ZodMiniType>(schema: S, method: string, path: string, body?: unknown, wait = timeoutMs): Promise<z.infer<S>> =>
    jsonCall(schema, `${baseUrl}${path}`, { method, headers: headers(), body }, { timeoutMs: wait, fetch, onUnauthorized });
  // A question whose failure the caller can do without: a 401 here is not for the person to hear.
  const quietly = <S extends z.ZodMiniType>(schema: S, path: string): Promise<z.infer<S>> =>
    jsonCall(schema, `${baseUrl}${path}`, { method: 'GET', headers: headers() }, { timeoutMs, fetch });
  // The whole data set moves in one request: a large agency's takes minutes, not seconds.
  const wholeData = Math.max(timeoutMs, WHOLE_DATA_TIMEOUT_MS);
  const upload = <S extends z.ZodMiniType>(schema: S, method: 'POST' | 'PUT', path: string, parts: Part[], more: { answerMs: number } & EvidenceUpload) =>
    uploadMultipart(schema, `${baseUrl}${path}`, {
      method,
      headers: headers(),
      parts,
      onProgress: more.onProgress,
      signal: more.signal,
      silenceMs: UPLOAD_SILENCE_MS,
      answerMs: more.answerMs,
      onUnauthorized,
      XMLHttpRequest: options.XMLHttpRequest,
    });
  const fileParts = (entries: Iterable<[string, Blob]>): Part[] => Array.from(entries, ([name, blob]) => ({ name, blob }));

  const none = z.undefined();
  return {
    getOrganisation: () => call(organisationSchema, 'GET', '/organisation'),
    listUnits: () => call(z.array(unitSchema), 'GET', '/units'),
    listFrameworks: () => call(z.array(frameworkSchema), 'GET', '/frameworks'),
    listAssessments: () => call(z.array(assessmentSchema), 'GET', '/assessments'),
    getAssessment: (fiscalYear) => call(assessmentSchema, 'GET', `/assessments/${id(String(fiscalYear))}`),
    listFindings: (assessmentId) => call(z.array(findingSchema), 'GET', `/findings?assessmentId=${id(assessmentId)}`),
    listMeasures: (assessmentId, options = {}) =>
      call(z.array(measureSchema), 'GET', `/measures?assessmentId=${id(assessmentId)}&includeArchived=${options.includeArchived === true}`),
    getMeasure: (measureId) => call(measureSchema, 'GET', `/measures/${id(measureId)}`),
    listProgress: (measureId) => call(z.array(progressUpdateSchema), 'GET', `/measures/${id(measureId)}/progress`),
    listLatestProgress: (assessmentId) =>
      call(z.array(progressUpdateSchema), 'GET', `/progress/latest?assessmentId=${id(assessmentId)}`),
    listYearProgress: (assessmentId) => call(z.array(progressUpdateSchema), 'GET', `/progress?assessmentId=${id(assessmentId)}`),
    listAudit: (measureId) => call(z.array(auditEntrySchema), 'GET', `/measures/${id(measureId)}/audit`),
    getSettings: () => call(settingsSchema, 'GET', '/settings'),
    createMeasure: (input) => call(measureSchema, 'POST', '/measures', input),
    updateMeasure: (measureId, expectedVersion, changes) =>
      call(measureSchema, 'PATCH', `/measures/${id(measureId)}`, { expectedVersion, changes }),
    setMeasureArchived: (measureId, expectedVersion, archived) =>
      call(measureSchema, 'PUT', `/measures/${id(measureId)}/archived`, { expectedVersion, archived }),
    appendProgress: (measureId, input, sending = {}) => {
      const path = `/measures/${id(measureId)}/progress`;
      const blobs = sending.files ?? [];
      if (!blobs.length) return call(progressUpdateSchema, 'POST', path, input);
      // A blob with no reference (or the other way round) still goes, named so the server can say which.
      const names = blobs.map((_, i) => input.files?.[i]?.id ?? `#${i + 1}`);
      const parts = [{ name: 'update', json: input }, ...fileParts(blobs.map((blob, i) => [names[i] ?? '', blob]))];
      return upload(progressUpdateSchema, 'POST', path, parts, { ...sending, answerMs: Math.max(timeoutMs, UPLOAD_SILENCE_MS) });
    },
    withdrawProgress: (updateId) => call(progressUpdateSchema, 'DELETE', `/progress/${id(updateId)}`),
    updateSettings: (changes) => call(settingsSchema, 'PATCH', '/settings', changes),
    saveOrganisation: (organisation) => call(organisationSchema, 'PUT', '/organisation', organisation),
    saveUnit: (unit) => call(unitSchema, 'PUT', `/units/${id(unit.id)}`, unit),
    saveFramework: (framework) => call(frameworkSchema, 'PUT', `/frameworks/${id(String(framework.fiscalYear))}`, framework),
    saveAssessment: (assessment) => call(assessmentSchema, 'PUT', `/assessments/${id(assessment.id)}`, assessment),
    saveFinding: async (finding, sending = {}) => {
      const path = `/findings/${id(finding.id)}`;
      const blobs = sending.files ?? [];
      if (!blobs.length) return call(findingSchema, 'PUT', path, finding);
      const parts = await findingParts(finding, blobs, () => call(z.array(findingSchema), 'GET', `/findings?assessmentId=${id(finding.assessmentId)}`));
      return upload(findingSchema, 'PUT', path, parts, { ...sending, answerMs: Math.max(timeoutMs, UPLOAD_SILENCE_MS) });
    },
    exportData: () => call(dataSetSchema, 'GET', '/data', undefined, wholeData),
    replaceData: async (data, replacing = {}) => {
      const path = replacing.onlyIfEmpty ? '/data?ifEmpty=true' : '/data';
      if (!replacing.files?.size) return call(none, 'PUT', path, data, wholeData);
      // Refused before the upload, not after gigabytes of it: the restore replaces every file, so
      // only the backup's own count. A server that cannot say (older, or refusing) checks it itself.
      const adding = Array.from(replacing.files.values()).reduce((sum, blob) => sum + blob.size, 0);
      const limit = await quietly(usageSchema, '/evidence-usage').then((usage) => usage.limit, () => null);
      if (limit !== null && adding > limit) throw uploadRefused({ path: 'files', refusal: { code: 'agency.overQuota', values: { used: 0, adding, limit } } });
      const parts = [{ name: 'data', json: data }, ...fileParts(replacing.files)];
      return upload(none, 'PUT', path, parts, { signal: replacing.signal, answerMs: wholeData });
    },
    listProblems: () => call(z.array(problemSchema), 'GET', '/problems'),
    readEvidence: (fileId) =>
      fetchEvidence(`${baseUrl}/evidence/${id(fileId)}`, { headers: headers(), fetch, silenceMs: Math.max(timeoutMs, UPLOAD_SILENCE_MS), onUnauthorized }),
    evidenceUrl: (fileId) => (options.fileLinks === false ? null : `${baseUrl}/evidence/${id(fileId)}`),
    evidenceUsage: () => call(usageSchema, 'GET', '/evidence-usage'),
  };
}
