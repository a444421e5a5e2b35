import { Hono, type Context } from 'hono';
import type { Store } from '../src/data/store';
import type { Actor } from '../src/domain/schemas/actor';
import { errorResponse, responseFor } from '../api/respond';
import { API_ROUTES } from '../api/routes';
import { UnknownOutcome } from './db/commitOutcome';
import { isConnectionError } from './db/dbErrors';
import { oneLine } from './db/pool';

export interface AppOptions {
  /** The store that acts for this actor. */
  storeFor: (actor: Actor) => Store;
  /** Who sent the request; throws an HttpRefusal (401) when nobody is signed in. */
  actorOf: (c: Context) => Actor | Promise<Actor>;
  log?: (message: string, error?: unknown) => void;
}

const UNEXPECTED = 'เซิร์ฟเวอร์ขัดข้อง ข้อมูลที่พิมพ์ไว้ยังอยู่ กรุณาลองอีกครั้ง หากยังไม่ได้ให้แจ้งผู้ดูแลระบบ';
/** Seconds a client is asked to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;
const DATABASE_AWAY = 'ฐานข้อมูลของเซิร์ฟเวอร์ไม่ตอบสนองชั่วคราว ข้อมูลที่พิมพ์ไว้ยังอยู่ กรุณาลองอีกครั้งในอีกสักครู่';
const OUTCOME_UNKNOWN =
  'ฐานข้อมูลของเซิร์ฟเวอร์ขาดการติดต่อขณะกำลังบันทึก จึงยังไม่ทราบว่าบันทึกแล้วหรือไม่ กรุณาเปิดข้อมูลล่าสุดดูก่อนบันทึกซ้ำ';

/**
 * The answer while PostgreSQL cannot be reached: 503 with Retry-After, in plain Thai, so the app
 * keeps what was typed and the person (or a script) tries again. `unavailable`: the database
 * could not be reached, or a transaction was lost before it committed; `unknown-outcome`: a
 * write's COMMIT was lost and the database did not come back in time to say whether it landed
 * (see inTransaction).
 */
export function databaseAway(kind: 'unavailable' | 'unknown-outcome' = 'unavailable'): Response {
  const response = errorResponse(503, { kind, message: kind === 'unavailable' ? DATABASE_AWAY : OUTCOME_UNKNOWN });
  response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  return response;
}

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
      // The database away is not the server's fault, nor worth a stack trace per request.
      if (error instanceof UnknownOutcome || isConnectionError(error)) {
        const unknown = error instanceof UnknownOutcome;
        // The path as JSON: a request cannot write a line of its own into the log.
        log(`${c.req.method} ${JSON.stringify(c.req.path)}: database unavailable (${oneLine(unknown ? error.cause : error)})${unknown ? ', outcome unknown' : ''}`);
        return databaseAway(unknown ? 'unknown-outcome' : 'unavailable');
      }
      const response = responseFor(error, () => UNEXPECTED);
      if (response.status >= 500) log(`${c.req.method} ${JSON.stringify(c.req.path)} failed`, error);
      return response;
    }
  };
}
