import { Hono } from 'hono';
import type { Store } from '../src/data/store';
import type { Actor } from '../src/domain/schemas/actor';
import { responseFor } from '../api/respond';
import { API_ROUTES } from '../api/routes';

export interface AppOptions {
  /** The store that acts for this actor. */
  storeFor: (actor: Actor) => Store;
  /** Who sent the request; throws a RequestError or StoreError (401, 403) when nobody may. */
  actorOf: (request: Request) => Actor | Promise<Actor>;
  /** Largest request body taken, in bytes; a whole data set's backup is the largest there is. */
  maxBodyBytes?: number;
  log?: (message: string, error?: unknown) => void;
}

const UNEXPECTED = 'เซิร์ฟเวอร์ขัดข้อง ข้อมูลที่พิมพ์ไว้ยังอยู่ กรุณาลองอีกครั้ง หากยังไม่ได้ให้แจ้งผู้ดูแลระบบ';

/**
 * The /api/v1 contract over HTTP: the same route table as the mocked API, each request answered
 * by the store of whoever sent it. An error the server did not expect is logged here and told to
 * the person in plain Thai, never with the database's own words.
 */
export function createApiApp({ storeFor, actorOf, maxBodyBytes = 50 * 1024 * 1024, log = console.error }: AppOptions): Hono {
  const app = new Hono();
  for (const route of API_ROUTES) {
    app.on(route.method, `/api/v1${route.path}`, async (c) => {
      try {
        const length = Number(c.req.header('content-length') ?? 0);
        if (length > maxBodyBytes) {
          return Response.json({ error: { kind: 'validation', message: `คำขอใหญ่เกินไป (เกิน ${Math.round(maxBodyBytes / 1024 / 1024)} MB)`, fields: [] } }, { status: 413 });
        }
        const actor = await actorOf(c.req.raw);
        return await route.answer(storeFor(actor), c.req.raw, c.req.param() as Record<string, string>);
      } catch (error) {
        const response = responseFor(error, () => UNEXPECTED);
        if (response.status >= 500) log(`${c.req.method} ${c.req.path} failed`, error);
        return response;
      }
    });
  }
  app.all('/api/*', () => Response.json({ error: { kind: 'not-found', message: 'ไม่มีบริการนี้ใน API' } }, { status: 404 }));
  return app;
}
