import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import * as z from 'zod/mini';
import { fieldErrorsOf } from '../../src/data/storeError';
import type { Store } from '../../src/data/store';
import type { Actor } from '../../src/domain/schemas/actor';
import { NO_FAULTS, type Faults } from './faults';
import { actorFrom, errorResponse, jsonBody, RequestError, responseFor } from './respond';

export interface ApiOptions {
  /** The store that acts for this actor; the rules (roles, versions, validation) are all its own. */
  storeFor: (actor: Actor) => Store | Promise<Store>;
  faults?: () => Faults;
}

const versioned = <S extends z.ZodMiniType>(extra: S) => z.intersection(z.object({ expectedVersion: z.number({ error: 'ต้องระบุฉบับ (expectedVersion) ที่แก้ไข' }).check(
  z.int(),
) }), extra);
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

/** A PUT names its record twice, in the path and in the body; the two must agree. */
function bodyFor(path: string, field: string, body: unknown): unknown {
  const inBody = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined;
  if (String(inBody) !== path) {
    throw new RequestError([{ path: field, message: `ต้องตรงกับที่อยู่ของคำขอ (${path})` }], `${field} ในเนื้อหาคำขอไม่ตรงกับที่อยู่ของคำขอ`);
  }
  return body;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The REST contract's reference server (docs/api.md): the browser demo, the component tests and
 * the contract tests all run these handlers. Each one reads who is acting from the headers,
 * asks that actor's store, and turns its typed refusals into status codes.
 */
export function createApiHandlers({ storeFor, faults = () => NO_FAULTS }: ApiOptions) {
  const route =
    (answer: (store: Store, request: Request, params: Record<string, string>) => Promise<Response>): HttpResponseResolver =>
    async ({ request, params }) => {
      const now = faults();
      if (now.latencyMs > 0) await delay(now.latencyMs);
      if (now.fail === 'all' || (now.fail === 'writes' && WRITES.has(request.method))) {
        if (now.failStatus === 0) return HttpResponse.error();
        return errorResponse(now.failStatus, {
          kind: 'server',
          message: `API จำลองขัดข้องตามที่ตั้งไว้ (รหัส ${now.failStatus}) ข้อมูลที่พิมพ์ไว้ยังอยู่ กรุณาลองอีกครั้ง`,
        });
      }
      try {
        const store = await storeFor(actorFrom(request));
        return await answer(store, request, params as Record<string, string>);
      } catch (error) {
        return responseFor(error);
      }
    };
  const ok = (value: unknown, status = 200) => HttpResponse.json(value as never, { status });
  const base = '*/api/v1';

  return [
    http.get(`${base}/organisation`, route(async (s) => ok(await s.getOrganisation()))),
    http.get(`${base}/units`, route(async (s) => ok(await s.listUnits()))),
    http.get(`${base}/frameworks`, route(async (s) => ok(await s.listFrameworks()))),
    http.get(`${base}/assessments`, route(async (s) => ok(await s.listAssessments()))),
    http.get(
      `${base}/assessments/:fiscalYear`,
      route(async (s, _r, p) => {
        const year = Number(p.fiscalYear);
        if (!Number.isInteger(year)) throw new RequestError([{ path: 'fiscalYear', message: 'ปีงบประมาณต้องเป็นตัวเลข' }], `ปีงบประมาณ "${p.fiscalYear}" ไม่ใช่ตัวเลข`);
        return ok(await s.getAssessment(year));
      }),
    ),
    http.get(`${base}/findings`, route(async (s, r) => ok(await s.listFindings(new URL(r.url).searchParams.get('assessmentId') ?? '')))),
    http.get(
      `${base}/measures`,
      route(async (s, r) => {
        const query = new URL(r.url).searchParams;
        return ok(await s.listMeasures(query.get('assessmentId') ?? '', { includeArchived: query.get('includeArchived') === 'true' }));
      }),
    ),
    http.post(`${base}/measures`, route(async (s, r) => ok(await s.createMeasure((await jsonBody(r)) as never), 201))),
    http.get(`${base}/measures/:id`, route(async (s, _r, p) => ok(await s.getMeasure(p.id ?? '')))),
    http.patch(
      `${base}/measures/:id`,
      route(async (s, r, p) => {
        const body = parseBody(patchBody, await jsonBody(r));
        return ok(await s.updateMeasure(p.id ?? '', body.expectedVersion, body.changes as never));
      }),
    ),
    http.put(
      `${base}/measures/:id/archived`,
      route(async (s, r, p) => {
        const body = parseBody(archiveBody, await jsonBody(r));
        return ok(await s.setMeasureArchived(p.id ?? '', body.expectedVersion, body.archived));
      }),
    ),
    http.get(`${base}/measures/:id/progress`, route(async (s, _r, p) => ok(await s.listProgress(p.id ?? '')))),
    http.post(`${base}/measures/:id/progress`, route(async (s, r, p) => ok(await s.appendProgress(p.id ?? '', (await jsonBody(r)) as never), 201))),
    http.get(`${base}/progress/latest`, route(async (s, r) => ok(await s.listLatestProgress(new URL(r.url).searchParams.get('assessmentId') ?? '')))),
    http.delete(`${base}/progress/:id`, route(async (s, _r, p) => ok(await s.withdrawProgress(p.id ?? '')))),
    http.get(`${base}/measures/:id/audit`, route(async (s, _r, p) => ok(await s.listAudit(p.id ?? '')))),
    http.get(`${base}/settings`, route(async (s) => ok(await s.getSettings()))),
    http.patch(`${base}/settings`, route(async (s, r) => ok(await s.updateSettings((await jsonBody(r)) as never)))),
    http.put(`${base}/organisation`, route(async (s, r) => ok(await s.saveOrganisation((await jsonBody(r)) as never)))),
    http.put(`${base}/units/:id`, route(async (s, r, p) => ok(await s.saveUnit(bodyFor(p.id ?? '', 'id', await jsonBody(r)) as never)))),
    http.put(
      `${base}/frameworks/:fiscalYear`,
      route(async (s, r, p) => ok(await s.saveFramework(bodyFor(p.fiscalYear ?? '', 'fiscalYear', await jsonBody(r)) as never))),
    ),
    http.put(`${base}/assessments/:id`, route(async (s, r, p) => ok(await s.saveAssessment(bodyFor(p.id ?? '', 'id', await jsonBody(r)) as never)))),
    http.put(`${base}/findings/:id`, route(async (s, r, p) => ok(await s.saveFinding(bodyFor(p.id ?? '', 'id', await jsonBody(r)) as never)))),
    http.get(`${base}/data`, route(async (s) => ok(await s.exportData()))),
    http.put(
      `${base}/data`,
      route(async (s, r) => {
        await s.replaceData((await jsonBody(r)) as never);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(`${base}/problems`, route(async (s) => ok(await s.listProblems()))),
  ];
}
