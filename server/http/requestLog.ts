import type { MiddlewareHandler } from 'hono';
import { isConnectionError } from '../db/dbErrors';
import { oneLine } from '../db/pool';
import type { SessionEnv } from '../routes/sessionRoutes';

/** What the log keeps of a request: never its body, cookies, query or headers. */
export interface RequestLine {
  time: string;
  method: string;
  /** The route that answered, as registered ('/api/v1/measures/:id'): the same for every id. */
  route: string;
  /** As sent, percent-encoded and cut short: a path is text anyone can type. */
  path: string;
  status: number;
  ms: number;
  /** The signed-in account's id; absent when nobody is. */
  account?: string;
}

const PATH_MAX = 200;

/**
 * A log line as one line of JSON whatever it holds: JSON escapes newlines and control
 * characters (and lone surrogates); U+2028 and U+2029, which it leaves, some viewers break
 * lines at, so they are escaped too. Nothing a request carries can start a line of its own.
 */
export function logLine(fields: object): string {
  return JSON.stringify(fields).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The server's error log, one line of JSON each, the stack within it. */
export function errorLogLine(message: string, error: unknown, at = new Date()): string {
  // The database away is no fault of the code: its stack, once per request, would bury the log.
  const detail =
    error === undefined ? undefined : isConnectionError(error) ? oneLine(error) : error instanceof Error ? (error.stack ?? error.message) : String(error);
  return logLine({ time: at.toISOString(), level: 'error', message, ...(detail === undefined ? {} : { error: detail }) });
}

/**
 * Logs each request once it is answered, as one structured line. Registered before the
 * middleware that finds who is signed in, so that by the time the answer comes back the
 * account is on the context to read.
 */
export function requestLog(write: (line: string) => void, now: () => Date = () => new Date()): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const path = new URL(c.req.url).pathname;
      const account = c.get('account')?.id;
      const line: RequestLine = {
        time: now().toISOString(),
        method: c.req.method,
        route: c.req.routePath,
        path: path.length > PATH_MAX ? `${path.slice(0, PATH_MAX)}…` : path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(account ? { account } : {}),
      };
      write(logLine(line));
    }
  };
}
