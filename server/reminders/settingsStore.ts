import type { Pool } from 'pg';
import { parseInput, validationError } from '../../src/data/storeError';
import {
  DEFAULT_REMINDER_SETTINGS,
  reminderSettingsInputSchema,
  reminderSettingsSchema,
  type ReminderSettings,
  type ReminderSettingsView,
} from '../../src/domain/reminders/settings';
import { openSecret, sealSecret, SecretUnreadable } from './secretBox';

interface SettingsRow {
  doc: unknown;
  line_token_sealed: string | null;
  smtp_password_sealed: string | null;
}

/** A secret as the senders get it: absent, readable, or sealed with a key the server no longer has. */
export type OpenedSecret = { state: 'none' } | { state: 'ok'; value: string } | { state: 'unreadable' };

export interface StoredReminderSettings {
  settings: ReminderSettings;
  lineToken: OpenedSecret;
  smtpPassword: OpenedSecret;
}

const NO_KEY = 'ต้องตั้ง ITA_SECRET_KEY ที่เซิร์ฟเวอร์ก่อน จึงจะเก็บรหัสลับได้ (ดู docs/reminders.md)';

/**
 * The reminder settings' one row. Settings that no longer parse (a schema grown stricter) read
 * as the defaults, switched off: the server never sends on settings it cannot read.
 */
export function createReminderSettingsStore(pool: Pool, key: Buffer | null) {
  async function row(): Promise<SettingsRow | null> {
    return (await pool.query<SettingsRow>('SELECT doc, line_token_sealed, smtp_password_sealed FROM reminder_settings WHERE id')).rows[0] ?? null;
  }
  const open = (sealed: string | null): OpenedSecret => {
    if (sealed === null) return { state: 'none' };
    if (!key) return { state: 'unreadable' };
    try {
      return { state: 'ok', value: openSecret(key, sealed) };
    } catch (error) {
      if (error instanceof SecretUnreadable) return { state: 'unreadable' };
      throw error;
    }
  };
  const settingsOf = (found: SettingsRow | null): ReminderSettings => {
    const parsed = reminderSettingsSchema.safeParse(found?.doc);
    return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
  };

  return {
    /** For the senders: the settings and the secrets opened. */
    async read(): Promise<StoredReminderSettings> {
      const found = await row();
      return { settings: settingsOf(found), lineToken: open(found?.line_token_sealed ?? null), smtpPassword: open(found?.smtp_password_sealed ?? null) };
    },

    /** For the screen: whether each secret is set, never the secret. */
    async view(): Promise<ReminderSettingsView> {
      const found = await row();
      const unreadable = (['lineToken', 'smtpPassword'] as const).filter(
        (name) => open(name === 'lineToken' ? (found?.line_token_sealed ?? null) : (found?.smtp_password_sealed ?? null)).state === 'unreadable',
      );
      return {
        ...settingsOf(found),
        hasLineToken: Boolean(found?.line_token_sealed),
        hasSmtpPassword: Boolean(found?.smtp_password_sealed),
        secretKeyReady: key !== null,
        unreadableSecrets: unreadable,
      };
    },

    /** A secret given is sealed, null clears it, absent keeps it; refused when there is no key to seal with. */
    async save(input: unknown, by: string): Promise<ReminderSettingsView> {
      const { lineToken, smtpPassword, ...settings } = parseInput(reminderSettingsInputSchema, input);
      const seal = (secret: string | null | undefined, path: string): string | null | undefined => {
        if (secret === undefined || secret === null) return secret;
        if (!key) throw validationError([{ path, message: NO_KEY, code: 'no-secret-key' }]);
        return sealSecret(key, secret);
      };
      const line = seal(lineToken, 'lineToken');
      const smtp = seal(smtpPassword, 'smtpPassword');
      await pool.query(
        `INSERT INTO reminder_settings (id, doc, line_token_sealed, smtp_password_sealed, updated_at, updated_by)
         VALUES (true, $1, $2, $3, now(), $6)
         ON CONFLICT (id) DO UPDATE SET doc = $1,
           line_token_sealed = CASE WHEN $4 THEN reminder_settings.line_token_sealed ELSE $2 END,
           smtp_password_sealed = CASE WHEN $5 THEN reminder_settings.smtp_password_sealed ELSE $3 END,
           updated_at = now(), updated_by = $6`,
        [JSON.stringify(settings), line ?? null, smtp ?? null, line === undefined, smtp === undefined, by],
      );
      return this.view();
    },
  };
}
export type ReminderSettingsStore = ReturnType<typeof createReminderSettingsStore>;
