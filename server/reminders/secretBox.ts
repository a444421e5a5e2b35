import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The reminders' secrets (LINE's channel access token, the SMTP password) are kept in the
 * database sealed with AES-256-GCM under a key that lives only in the server's environment
 * (ITA_SECRET_KEY): a copy of the database, or a pg_dump, holds nothing that sends a message.
 */
export const SECRET_KEY_ENV = 'ITA_SECRET_KEY';
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type SecretKey = { ok: true; key: Buffer } | { ok: false; reason: 'missing' | 'malformed' };

/** The key from the environment: 32 random bytes in base64 (`openssl rand -base64 32`). */
export function secretKeyFrom(value: string | undefined): SecretKey {
  const text = value?.trim() ?? '';
  if (!text) return { ok: false, reason: 'missing' };
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return { ok: false, reason: 'malformed' };
  const key = Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
  return key.length === 32 ? { ok: true, key } : { ok: false, reason: 'malformed' };
}

/** What the log says at start when reminders need the key and it is not right. */
export function secretKeyLines(reason: 'missing' | 'malformed'): string[] {
  return [
    reason === 'missing'
      ? `[server] ยังไม่ได้ตั้ง ${SECRET_KEY_ENV} จึงเก็บโทเค็น LINE และรหัสผ่านอีเมลไม่ได้ และยังไม่ส่งการแจ้งเตือน · ${SECRET_KEY_ENV} is not set: reminders are not sent and their secrets cannot be stored`
      : `[server] ${SECRET_KEY_ENV} ไม่ถูกต้อง ต้องเป็นข้อมูลสุ่ม 32 ไบต์แบบ base64 · ${SECRET_KEY_ENV} is malformed: it must be 32 random bytes in base64`,
    `[server] สร้างด้วย · make one with: openssl rand -base64 32   (ดู docs/reminders.md · see docs/reminders.md)`,
  ];
}

/** The start-up lines: a malformed key always, a missing one only while reminders are switched on (else the server just runs without them). */
export function secretKeyWarning(key: SecretKey, remindersOn: boolean): string[] {
  if (key.ok || (key.reason === 'missing' && !remindersOn)) return [];
  return secretKeyLines(key.reason);
}

/** A secret as stored: version, then base64 of IV, tag and ciphertext. A new IV every time, so the same secret never looks the same twice. */
export function sealSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
}

/** Sealed with another key, or changed in the database: the secret must be typed again. */
export class SecretUnreadable extends Error {
  constructor(cause?: unknown) {
    super('secret cannot be opened with this key', { cause });
    this.name = 'SecretUnreadable';
  }
}

export function openSecret(key: Buffer, stored: string): string {
  const [version, body = ''] = stored.split('.', 2);
  const bytes = Buffer.from(body, 'base64');
  if (version !== VERSION || bytes.length < IV_BYTES + TAG_BYTES) throw new SecretUnreadable();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch (error) {
    throw new SecretUnreadable(error);
  }
}
