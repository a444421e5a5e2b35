import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Pool } from 'pg';
import { errorResponse, printable } from '../api/respond';
import { actorOfAccount } from '../src/domain/schemas/account';
import { EVIDENCE_LIMITS } from '../src/domain/evidence/limits';
import { createApiApp } from './app';
import { PASSWORD_CHECKS } from './auth/accounts';
import { sameSiteWrites } from './auth/guard';
import type { SetupCode } from './auth/setupCode';
import { addFirstAccountRoutes } from './routes/firstAccountRoutes';
import { addHealthRoute } from './routes/healthRoute';
import { addReminderRoutes } from './routes/reminderRoutes';
import { addRestoreRoute } from './routes/restoreRoute';
import { createReminders, type Reminders } from './reminders/reminders';
import { addSessionRoutes, notSignedIn, type SessionEnv } from './routes/sessionRoutes';
import { apiBodyLimits, UPLOAD_MAX_BYTES } from './http/bodyLimits';
import { checkedJson, checkedUrl } from './http/inputChecks';
import { restoreBodyBytes } from './http/restoreLimit';
import { errorLogLine, requestLog } from './http/requestLog';
import { EVIDENCE_PATH, securityHeaders } from './http/securityHeaders';
import { addStaticSite, loadStaticSite } from './staticSite';
import { createPgStore } from './store/pgStore';

export { SESSION_COOKIE } from './routes/sessionRoutes';

export interface ServerAppOptions {
  pool: Pool;
  /** The production build of the app, served from the same origin; none in API-only tests. */
  staticRoot?: string;
  /** Secure cookies: on whenever the server is reached over https (directly or behind a proxy). */
  secureCookies?: boolean;
  /** Largest request body, in bytes: a whole data set's backup (its files too) is the largest there is. */
  maxBodyBytes?: number;
  /** Largest update sent with its files (multipart), in bytes: 20 files of 10 MB and the update. */
  maxUploadBytes?: number;
  /** The space the agency's evidence files may take, in bytes (ITA_EVIDENCE_QUOTA_MB). */
  evidenceQuotaBytes?: number;
  /** Errors the server did not expect; by default one line of JSON each on stderr. */
  log?: (message: string, error?: unknown) => void;
  /** One line of JSON per request answered (see server/http/requestLog.ts); stdout by default. */
  logRequest?: (line: string) => void;
  now?: () => Date;
  /** True while the server stops: every answer then closes its connection. */
  draining?: () => boolean;
  /**
   * Believe X-Forwarded-For (the client's address) and X-Forwarded-Proto (https, for HSTS): only
   * behind a reverse proxy of the agency's own.
   */
  trustProxy?: boolean;
  /** Password checks at once and waiting (tests make the room small to fill it). */
  passwordChecks?: { running: number; waiting: number };
  /** The one-time code for the first account from a browser (server/main.ts makes it while there is no account). */
  setupCode?: SetupCode;
  /** The reminders the server sends (server/main.ts makes them with ITA_SECRET_KEY); by default without a key, so nothing secret is kept. */
  reminders?: Reminders;
}

/**
 * The server: its health, sign-in, the accounts the planning officer manages, the /api/v1
 * contract acting for whoever is signed in (never for what a request claims), the server's own
 * audit log, and the app's production build from the same origin.
 */
export function createServerApp({
  pool,
  staticRoot,
  secureCookies = false,
  maxBodyBytes = 50 * 1024 * 1024,
  maxUploadBytes = UPLOAD_MAX_BYTES,
  evidenceQuotaBytes = EVIDENCE_LIMITS.agencyQuotaBytes,
  log: errorLog = (message, error) => console.error(errorLogLine(message, error)),
  logRequest = console.log,
  now = () => new Date(),
  draining = () => false,
  trustProxy = false,
  passwordChecks = PASSWORD_CHECKS,
  setupCode,
  reminders = createReminders({ pool, key: null, now }),
}: ServerAppOptions) {
  const app = new Hono<SessionEnv>();
  // A message may quote a request (its path): escaped, it cannot forge a line of the log.
  const log = (message: string, error?: unknown) => errorLog(printable(message), error);

  app.use('*', requestLog(logRequest, now));
  const site = staticRoot ? loadStaticSite(staticRoot) : null;
  app.use('*', securityHeaders({ page: site?.page ?? null, secureCookies, trustProxy }));
  app.use('*', async (c, next) => {
    await next();
    if (draining()) c.header('Connection', 'close');
  });
  // The API's answers are JSON, a third their size gzipped; the build's files come compressed
  // already, and so do the evidence files (JPEG, PDF, Office's zips).
  const gzip = compress({ encoding: 'gzip' });
  app.use('/api/*', (c, next) => (c.req.path.startsWith(EVIDENCE_PATH) ? next() : gzip(c, next)));
  app.use('/api/*', checkedUrl(() => app.routes));
  addHealthRoute(app as unknown as Hono, pool);
  app.use('/api/*', sameSiteWrites());
  app.use('/api/*', apiBodyLimits({ apiBytes: maxBodyBytes, uploadBytes: maxUploadBytes, restoreBytes: restoreBodyBytes(evidenceQuotaBytes, maxBodyBytes) }));
  app.use('/api/*', checkedJson());
  addSessionRoutes(app, { pool, secureCookies, trustProxy, now, log, passwordChecks });
  addFirstAccountRoutes(app, { pool, log, now, setupCode, trustProxy });
  addReminderRoutes(app, { reminders, log });
  // Before the contract's routes: a restore with its files is streamed to disk, never read whole.
  addRestoreRoute(app, { pool, evidenceQuotaBytes, jsonBytes: maxBodyBytes, log });

  createApiApp(
    {
      storeFor: (actor) => createPgStore({ pool, actor: () => actor, now, evidenceQuotaBytes }),
      actorOf: (c) => {
        const account = c.get('account') as SessionEnv['Variables']['account'];
        if (!account) throw notSignedIn();
        return actorOfAccount(account);
      },
      log,
    },
    app as unknown as Hono,
  );
  app.all('/api/*', () => errorResponse(404, { kind: 'not-found', message: 'ไม่มีบริการนี้ใน API' }));

  if (site) addStaticSite(app as unknown as Hono, site);
  return app;
}
