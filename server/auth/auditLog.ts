import type { Pool } from 'pg';
import type { Account } from '../../src/domain/schemas/account';

export interface AuditLogEntry {
  account?: Pick<Account, 'id' | 'name'> | null;
  action: string;
  target?: string | null;
  status?: number | null;
  detail?: unknown;
}

/** The server's own record of who did what and when; writing it never fails the request it records. */
export function createAuditLog(pool: Pool, log: (message: string, error?: unknown) => void = console.error) {
  return {
    async add({ account, action, target = null, status = null, detail = null }: AuditLogEntry): Promise<void> {
      await pool
        .query('INSERT INTO audit_log (account_id, actor_name, action, target, status, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
          account?.id ?? null,
          account?.name ?? null,
          action,
          target,
          status,
          detail === null ? null : JSON.stringify(detail),
        ])
        .catch((error: unknown) => log('audit log write failed', error));
    },
    async list(limit: number) {
      const { rows } = await pool.query<{ at: Date; account_id: string | null; actor_name: string | null; action: string; target: string | null; status: number | null; detail: unknown }>(
        'SELECT at, account_id, actor_name, action, target, status, detail FROM audit_log ORDER BY id DESC LIMIT $1',
        [limit],
      );
      return rows.map((r) => ({ at: r.at.toISOString(), accountId: r.account_id, actorName: r.actor_name, action: r.action, target: r.target, status: r.status, detail: r.detail }));
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
