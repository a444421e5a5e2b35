import type { MiddlewareHandler } from 'hono';
import { badTextIn, badUrlIn, responseFor, routeOf, type RouteInfo } from '../../api/respond';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses, with 400 naming the parameter, a URL the database cannot keep or the server cannot
 * read: a NUL or a lone surrogate in a path or query parameter, bytes that are not UTF-8, an
 * overlong parameter. For every route, the server's own (health, sign-in, accounts) as well as
 * the contract's; the routes are read from the app when a request comes, so one added later is
 * named too.
 */
export function checkedUrl(routes: () => readonly RouteInfo[]): MiddlewareHandler {
  return async (c, next) => {
    const path = new URL(c.req.url).pathname;
    const bad = badUrlIn(c.req.url, routeOf(routes(), c.req.method === 'HEAD' ? 'GET' : c.req.method, path));
    return bad ? responseFor(bad) : next();
  };
}

/**
 * Refuses, with 400 naming where, a JSON body with a NUL or a lone surrogate in any text or key
 * (PostgreSQL refuses NUL in text and jsonb, and a lone surrogate in jsonb). Checked once here
 * for every write, before a session or a store is asked; after the body limit, whose error the
 * reading throws past it.
 */
export function checkedJson(): MiddlewareHandler {
  return async (c, next) => {
    if (!WRITES.has(c.req.method) || !(c.req.header('content-type') ?? '').startsWith('application/json')) return next();
    const text = await c.req.raw.text();
    // Handed on as it came: the routes read the request's own body.
    c.req.raw = new Request(c.req.raw, { body: text });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON: the route says so in its own words.
      return next();
    }
    const bad = badTextIn(value);
    return bad ? responseFor(bad) : next();
  };
}
