import type { Context, Hono } from 'hono';
import type { Pool } from 'pg';
import { planningOnlyRefusal } from '../../src/domain/access';
import { actorOfAccount } from '../../src/domain/schemas/account';
import { refuse } from '../../src/data/storeError';
import { answering } from '../app';
import { isMultipart } from '../http/multipartRoutes';
import { restoreBodyBytes, restoreTooLarge } from '../http/restoreLimit';
import { BodyTooLarge, withSpooledBody, type SpooledFile } from '../http/restoreSpool';
import { pgRestore } from '../store/pgDataSet';
import type { RestoreSource } from '../store/pgRestoreFiles';
import { readFile } from 'node:fs/promises';
import { notSignedIn, type SessionEnv } from './sessionRoutes';

export interface RestoreRouteOptions {
  pool: Pool;
  /** The agency's space for evidence files, in bytes (ITA_EVIDENCE_QUOTA_MB). */
  evidenceQuotaBytes: number;
  /** The most the data set's JSON may hold: the API's limit on a request body. */
  jsonBytes: number;
  log: (message: string, error?: unknown) => void;
}

const fromDisk = (file: SpooledFile | undefined): RestoreSource | undefined => file && { size: file.size, sha256: file.sha256, bytes: () => readFile(file.path) };

/**
 * PUT /api/v1/data as multipart on the server: the backup's files streamed to a temporary folder
 * (hashed and counted on their way, refused with 413 as soon as the body passes the quota's
 * worth), then the restore in one transaction reading one file at a time; the folder goes
 * whatever happens. Before the contract's route (api/evidenceRoutes.ts), which reads the whole
 * body into memory and stays for the mocked API; a restore as JSON alone goes on to it.
 */
export function addRestoreRoute(app: Hono<SessionEnv>, { pool, evidenceQuotaBytes, jsonBytes, log }: RestoreRouteOptions): void {
  const maxBytes = restoreBodyBytes(evidenceQuotaBytes, jsonBytes);
  const restore = answering(log, async (c: Context<SessionEnv>) => {
    const account = c.get('account');
    if (!account) throw notSignedIn();
    const actor = actorOfAccount(account);
    // Refused before a byte is read: nobody else waits for a 4 GB body to hear no.
    refuse(planningOnlyRefusal(actor));
    const onlyIfEmpty = c.req.query('ifEmpty') === 'true';
    try {
      await withSpooledBody(c.req.raw, { maxBytes, jsonBytes, jsonPart: 'data' }, ({ json, files }) =>
        pgRestore(pool, () => actor, evidenceQuotaBytes)(json, { onlyIfEmpty, sourceOf: (id) => fromDisk(files.get(id)) }),
      );
    } catch (error) {
      if (error instanceof BodyTooLarge) return restoreTooLarge(error.limit, null, error.inJson);
      throw error;
    }
    return new Response(null, { status: 204 });
  });
  app.put('/api/v1/data', (c, next) => (isMultipart(c.req.header('content-type')) ? restore(c) : next()));
}
