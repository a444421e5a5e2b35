import { createTransport } from 'nodemailer';
import type { SmtpSettings } from '../../src/domain/reminders/settings';
import { detailOf, type SendOutcome } from './sendFailure';

export interface MailMessage {
  smtp: SmtpSettings;
  /** Null: the server signs in to nobody (a relay on the office network). */
  password: string | null;
  to: string;
  subject: string;
  text: string;
}

export interface MailSenderOptions {
  /** Seconds are enough on an office network; a dead server must not hold a round for minutes. */
  timeoutMs?: number;
  /** Tests trust their own sink's self-signed certificate. */
  rejectUnauthorized?: boolean;
}

/** SMTP replies 4xx and these codes are passing troubles; 5xx and the rest are refusals. */
const PASSING = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EPROXY']);
const AUTH = new Set(['EAUTH', 'ENOAUTH']);

/** One e-mail through the agency's SMTP account, told as an outcome: it never throws. */
export function createMailSender({ timeoutMs = 20_000, rejectUnauthorized = true }: MailSenderOptions = {}) {
  return async function sendMail({ smtp, password, to, subject, text }: MailMessage): Promise<SendOutcome> {
    const transport = createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.security === 'tls',
      requireTLS: smtp.security === 'starttls',
      ignoreTLS: smtp.security === 'none',
      auth: smtp.username ? { user: smtp.username, pass: password ?? '' } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      tls: { rejectUnauthorized },
    });
    try {
      // Base64 keeps the Thai exactly as written through any relay, whatever it does to 8-bit text.
      await transport.sendMail({ from: smtp.from || smtp.username, to, subject, text, textEncoding: 'base64' });
      return { ok: true };
    } catch (error) {
      const { code, responseCode, response, message } = error as { code?: string; responseCode?: number; response?: string; message?: string };
      const values = { channel: 'email' as const, status: responseCode, detail: detailOf(response ?? message) };
      if (AUTH.has(code ?? '') || responseCode === 535 || responseCode === 534) return { ok: false, failure: { code: 'smtp-auth', values, retry: false } };
      // A certificate that cannot be trusted, or TLS the server does not speak, is a setting to put right, not a passing trouble.
      if (code === 'ETLS' || /certificate|self[- ]signed|wrong version number|STARTTLS/i.test(message ?? '')) return { ok: false, failure: { code: 'smtp-tls', values, retry: false } };
      if ((responseCode !== undefined && responseCode >= 400 && responseCode < 500) || (responseCode === undefined && PASSING.has(code ?? ''))) {
        return { ok: false, failure: { code: 'smtp-unavailable', values, retry: true } };
      }
      return { ok: false, failure: { code: 'smtp-refused', values, retry: false } };
    } finally {
      transport.close();
    }
  };
}
export type MailSender = ReturnType<typeof createMailSender>;
