import { Hono, type Context } from 'hono';
import type { Store } from '../src/data/store';
import type { Actor } from '../src/domain/schemas/actor';
import { responseFor } from '../api/respond';
import { API_ROUTES } from '../api/routes';

export interface AppOptions {
  /** The store that acts for this actor. */
  storeFor: (actor: Actor) => Store;
  /** Who sent the request; throws an HttpRefusal (401) when nobody is signed in. */
  actorOf: (c: Context) => Actor | Promise<Actor>;
  log?: (message: string, error?: unknown) => void;
}

const UNEXPECTED = 'เซิร์ฟเวอร์ขัดข้อง ข้อมูลที่พิมพ์ไว้ยังอยู่ กรุณาลองอีกครั้ง หากยังไม่ได้ให้แจ้งผู้ดูแลระบบ';

/**
 * The /api/v1 contract over HTTP, on `app` when given: the same route table as the mocked API, each request answered
 * by the store of whoever sent it. An error the server did not expect is logged here and told to
 * the person in plain Thai, never with the database's own words.
 */
export function createApiApp({ storeFor, actorOf, log = console.error }: AppOptions, app: Hono = new Hono()): Hono {
  for (const route of API_ROUTES) {
    app.on(
      route.method,
      `/api/v1${route.path}`,
      answering(log, async (c) => route.answer(storeFor(await actorOf(c)), c.req.raw, c.req.param() as Record<string, string>)),
    );
  }
  return app;
}

/** A handler whose refusals become the contract's statuses, and whose faults are logged and told in Thai. */
export function answering<C extends Context>(log: (message: string, error?: unknown) => void, work: (c: C) => Promise<Response>) {
  return async (c: C): Promise<Response> => {
    try {
      return await work(c);
    } catch (error) {
      const response = responseFor(error, () => UNEXPECTED);
      if (response.status >= 500) log(`${c.req.method} ${c.req.path} failed`, error);
      return response;
    }
  };
}
