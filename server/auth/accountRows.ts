import { accountSchema, type Account } from '../../src/domain/schemas/account';

/** An account as the database keeps it: the hash and the lock's count stay on the server. */
export interface AccountRow {
  id: string;
  username: string;
  name: string;
  role: string;
  unit_id: string | null;
  disabled: boolean;
  locked_until: Date | null;
  created_at: Date;
  password_hash: string;
  failed_sign_ins: number;
}

export const COLUMNS = 'id, username, name, role, unit_id, disabled, locked_until, created_at, password_hash, failed_sign_ins';

/** The account as the API shows it: parsed with the app's schema, never with its hash. */
export function toAccount(row: AccountRow): Account {
  return accountSchema.parse({
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    unitId: row.unit_id,
    disabled: row.disabled,
    lockedUntil: row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  });
}
