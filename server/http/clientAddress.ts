import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Who sent a request, for the sign-in limits and the audit log. Behind a reverse proxy every
 * request comes from the proxy: its X-Forwarded-For names the person's machine, but only a proxy
 * the operator put there may be believed (ITA_TRUST_PROXY=1), and only the entry it added itself,
 * the last: a proxy that appends (nginx) keeps whatever the browser sent in front of it.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  return forwarded || (getConnInfo(c).remote.address ?? 'unknown');
}
