import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import type { Store } from '../../src/data/store';
import type { Actor } from '../../src/domain/schemas/actor';
import { actorFrom, badUrlIn, errorResponse, responseFor } from '../../api/respond';
import { API_ROUTES, type ApiRoute } from '../../api/routes';
import { NO_FAULTS, type Faults } from './faults';

export interface ApiOptions {
  /** The store that acts for this actor; the rules (roles, versions, validation) are all its own. */
  storeFor: (actor: Actor) => Store | Promise<Store>;
  faults?: () => Faults;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const METHODS = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

/**
 * The REST contract's reference server (docs/api.md): the browser demo, the component tests and
 * the contract tests all run these handlers. Each one reads who is acting from the headers,
 * asks that actor's store, and turns its typed refusals into status codes; faults, when set,
 * make it slow or failing first.
 */
export function createApiHandlers({ storeFor, faults = () => NO_FAULTS }: ApiOptions) {
  const resolver =
    (route: ApiRoute): HttpResponseResolver =>
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
        // As the server does: a parameter the database could not keep is a 400 naming it.
        const badUrl = badUrlIn(request.url, `/api/v1${route.path}`);
        if (badUrl) throw badUrl;
        const store = await storeFor(actorFrom(request));
        return await route.answer(store, request, params as Record<string, string>);
      } catch (error) {
        return responseFor(error);
      }
    };
  return API_ROUTES.map((route) => METHODS[route.method](`*/api/v1${route.path}`, resolver(route)));
}
