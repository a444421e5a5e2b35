import * as z from 'zod/mini';
import { fieldErrorsOf } from '../src/data/storeError';
import type { Store } from '../src/data/store';
import { beYearSchema, INT4_MAX } from '../src/domain/schemas/common';
import { EVIDENCE_ROUTES } from './evidenceRoutes';
import { findingBody } from './findingRoutes';
import { jsonBody, printable, RequestError } from './respond';

/**
 * The /api/v1 contract (docs/api.md) as one table of routes over the Store, in web-standard
 * Request and Response: MSW serves it in the browser and in tests, the Node server over HTTP.
 * The rules (roles, versions, validation) are the store's own; a route reads the request, asks
 * the store, and says what it answered.
 */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below /api/v1, with `:name` for a path parameter. */
  path: string;
  answer: (store: Store, request: Request, params: Record<string, string>) => Promise<Response>;
}

const versioned = <S extends z.ZodMiniType>(extra: S) =>
  z.intersection(
    z.object({
      expectedVersion: z.number({ error: 'ต้องระบุฉบับ (expectedVersion) ที่แก้ไข' }).check(
        z.int({ error: 'ฉบับ (expectedVersion) ต้องเป็นจำนวนเต็ม' }),
        z.minimum(1, { error: 'ฉบับ (expectedVersion) ต้องไม่น้อยกว่า 1' }),
        z.maximum(INT4_MAX, { error: 'ฉบับ (expectedVersion) เกินกว่าที่มีได้' }),
      ),
    }),
    extra,
  );
const patchBody = versioned(z.object({ changes: z.unknown() }));
const archiveBody = versioned(z.object({ archived: z.boolean({ error: 'archived ต้องเป็น true หรือ false' }) }));

function parseBody<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    throw new RequestError(fields, `คำขอไม่ถูกต้อง: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** A fiscal year in the path: digits only ('0x9f5' and ' 2565' are no years), and a year the schemas allow. */
function yearIn(raw: string): number {
  const digits = /^\d+$/.test(raw);
  const parsed = beYearSchema.safeParse(digits ? Number(raw) : Number.NaN);
  if (parsed.success) return parsed.data;
  const message = digits ? (parsed.error.issues[0]?.message ?? '') : 'ปีงบประมาณต้องเป็นตัวเลข';
  throw new RequestError([{ path: 'fiscalYear', message }], `ปีงบประมาณ (fiscalYear) "${printable(raw)}" ใช้ไม่ได้: ${message}`);
}

/** A PUT names its record twice, in the path and in the body; the two must agree. */
function bodyFor(path: string, field: string, body: unknown): unknown {
  const inBody = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined;
  if (String(inBody) !== path) {
    throw new RequestError([{ path: field, message: `ต้องตรงกับที่อยู่ของคำขอ (${path})` }], `${field} ในเนื้อหาคำขอไม่ตรงกับที่อยู่ของคำขอ`);
  }
  return body;
}

const ok = (value: unknown, status = 200) => Response.json(value, { status });
const query = (request: Request, name: string) => new URL(request.url).searchParams.get(name);
// The store parses every body with the app's schemas; a route only hands it over.
const body = async (request: Request) => (await jsonBody(request)) as never;

export const API_ROUTES: ApiRoute[] = [
  { method: 'GET', path: '/organisation', answer: async (s) => ok(await s.getOrganisation()) },
  { method: 'GET', path: '/units', answer: async (s) => ok(await s.listUnits()) },
  { method: 'GET', path: '/frameworks', answer: async (s) => ok(await s.listFrameworks()) },
  { method: 'GET', path: '/assessments', answer: async (s) => ok(await s.listAssessments()) },
  {
    method: 'GET',
    path: '/assessments/:fiscalYear',
    answer: async (s, _r, p) => ok(await s.getAssessment(yearIn(p.fiscalYear ?? ''))),
  },
  { method: 'GET', path: '/findings', answer: async (s, r) => ok(await s.listFindings(query(r, 'assessmentId') ?? '')) },
  {
    method: 'GET',
    path: '/measures',
    answer: async (s, r) => ok(await s.listMeasures(query(r, 'assessmentId') ?? '', { includeArchived: query(r, 'includeArchived') === 'true' })),
  },
  { method: 'POST', path: '/measures', answer: async (s, r) => ok(await s.createMeasure(await body(r)), 201) },
  { method: 'GET', path: '/measures/:id', answer: async (s, _r, p) => ok(await s.getMeasure(p.id ?? '')) },
  {
    method: 'PATCH',
    path: '/measures/:id',
    answer: async (s, r, p) => {
      const parsed = parseBody(patchBody, await jsonBody(r));
      return ok(await s.updateMeasure(p.id ?? '', parsed.expectedVersion, parsed.changes as never));
    },
  },
  {
    method: 'PUT',
    path: '/measures/:id/archived',
    answer: async (s, r, p) => {
      const parsed = parseBody(archiveBody, await jsonBody(r));
      return ok(await s.setMeasureArchived(p.id ?? '', parsed.expectedVersion, parsed.archived));
    },
  },
  { method: 'GET', path: '/measures/:id/progress', answer: async (s, _r, p) => ok(await s.listProgress(p.id ?? '')) },
  { method: 'GET', path: '/progress', answer: async (s, r) => ok(await s.listYearProgress(query(r, 'assessmentId') ?? '')) },
  { method: 'GET', path: '/progress/latest', answer: async (s, r) => ok(await s.listLatestProgress(query(r, 'assessmentId') ?? '')) },
  { method: 'DELETE', path: '/progress/:id', answer: async (s, _r, p) => ok(await s.withdrawProgress(p.id ?? '')) },
  { method: 'GET', path: '/measures/:id/audit', answer: async (s, _r, p) => ok(await s.listAudit(p.id ?? '')) },
  { method: 'GET', path: '/settings', answer: async (s) => ok(await s.getSettings()) },
  { method: 'PATCH', path: '/settings', answer: async (s, r) => ok(await s.updateSettings(await body(r))) },
  { method: 'PUT', path: '/organisation', answer: async (s, r) => ok(await s.saveOrganisation(await body(r))) },
  { method: 'PUT', path: '/units/:id', answer: async (s, r, p) => ok(await s.saveUnit(bodyFor(p.id ?? '', 'id', await jsonBody(r)) as never)) },
  {
    method: 'PUT',
    path: '/frameworks/:fiscalYear',
    answer: async (s, r, p) => ok(await s.saveFramework(bodyFor(p.fiscalYear ?? '', 'fiscalYear', await jsonBody(r)) as never)),
  },
  { method: 'PUT', path: '/assessments/:id', answer: async (s, r, p) => ok(await s.saveAssessment(bodyFor(p.id ?? '', 'id', await jsonBody(r)) as never)) },
  {
    method: 'PUT',
    path: '/findings/:id',
    answer: async (s, r, p) => {
      const { json, upload } = await findingBody(r);
      return ok(await s.saveFinding(bodyFor(p.id ?? '', 'id', json) as never, upload));
    },
  },
  { method: 'GET', path: '/data', answer: async (s) => ok(await s.exportData()) },
  { method: 'GET', path: '/problems', answer: async (s) => ok(await s.listProblems()) },
  // The routes that carry files beside their JSON, and serve them.
  ...EVIDENCE_ROUTES,
];
