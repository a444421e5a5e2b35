import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../../api/respond';
import { isMultipart, multipartRoute } from '../http/multipartRoutes';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An Origin that names no host ('null', 'not a url', 'http://') is no site of ours. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/**
 * Refuses a write another web site makes the browser send. The session cookie is SameSite=Strict
 * already; besides, a write must come from this site (Sec-Fetch-Site, else Origin against Host),
 * and carry JSON, which a plain HTML form cannot send. The two writes that carry files take
 * multipart too, which a form can send: for them the site check above is what stands.
 */
export function sameSiteWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const crossSite = (site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && hostOf(origin) !== host);
    if (crossSite) {
      return errorResponse(403, { kind: 'forbidden', message: 'ไม่รับคำขอแก้ไขข้อมูลที่ส่งมาจากเว็บไซต์อื่น' });
    }
    const type = c.req.header('content-type') ?? '';
    const json = type.startsWith('application/json') || (isMultipart(type) && multipartRoute(c.req.method, c.req.path) !== null);
    if (c.req.header('content-length') !== '0' && c.req.method !== 'DELETE' && !json) {
      return errorResponse(415, { kind: 'validation', message: 'เนื้อหาคำขอต้องเป็น JSON (Content-Type: application/json)' });
    }
    return next();
  };
}

/** How long one address's wrong passwords count against it. */
export const ATTEMPT_WINDOW_MINUTES = 15;

/** Wrong passwords from one address, counted in a sliding window, so one machine cannot try account after account. */
export function createAttemptLimiter({ limit = 20, windowMs = ATTEMPT_WINDOW_MINUTES * 60_000, now = () => Date.now() } = {}) {
  const failures = new Map<string, number[]>();
  const recent = (address: string) => (failures.get(address) ?? []).filter((t) => t > now() - windowMs);
  return {
    blocked: (address: string) => recent(address).length >= limit,
    failed: (address: string) => {
      failures.set(address, [...recent(address), now()]);
    },
    /** A try counted in advance that turned out right is taken back. */
    forgive: (address: string) => {
      const left = recent(address);
      left.pop();
      failures.set(address, left);
    },
    /** Old entries go, so a long-running server's memory does not grow with every address ever seen. */
    sweep: () => {
      for (const address of failures.keys()) {
        const left = recent(address);
        if (left.length) failures.set(address, left);
        else failures.delete(address);
      }
    },
  };
}
