import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as it arrived, headers and body, byte for byte. */
  raw: Buffer;
  /** Whether it came over TLS (from the start, or after STARTTLS). */
  secure: boolean;
}

/**
 * An SMTP server on loopback that keeps every message whole: signing in with its one account
 * (over plain SMTP too: it is a test on loopback), plain, STARTTLS or TLS from the start, refusing `refuse@…` recipients for good (550) and
 * answering `later` messages with a passing trouble (451) first.
 */
export async function startSmtpSink({ user = 'ita@example.go.th', pass = 'รหัสผ่านอีเมล-2569', tls = 'none' as 'none' | 'starttls' | 'tls' } = {}) {
  const received: ReceivedMail[] = [];
  let troubles = 0;
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    // With TLS, smtp-server's own self-signed certificate.
    hideSTARTTLS: tls === 'none',
    secure: tls === 'tls',
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) return callback(null, { user });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refuse@')) return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (troubles > 0) {
          troubles -= 1;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          secure: session.secure,
        });
        return callback();
      });
    },
  });
  // A sender that refuses the sink's certificate hangs up mid-handshake, on purpose: smtp-server
  // reports that as an 'error' event, which with no listener would end the test run.
  const connectionErrors: Error[] = [];
  server.on('error', (error: Error) => connectionErrors.push(error));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    user,
    pass,
    received,
    connectionErrors,
    /** The next `n` messages are answered 451. */
    trouble: (n: number) => {
      troubles = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

/** A header as the reader sees it: RFC 2047 words (=?UTF-8?B?…?= / ?Q?) decoded, folded lines joined. */
export function headerOf(raw: Buffer, name: string): string {
  const head = raw.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '';
  const line = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`)) ?? '';
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*(?==\?)/gi, '=?utf-8?$1?$2?=')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('latin1') : text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    )
    .replace(/[\u0080-\u00ff]+/g, (bytes) => Buffer.from(bytes, 'latin1').toString('utf8'));
}

/** The body of a single-part text message, its transfer encoding undone, as UTF-8. */
export function bodyOf(raw: Buffer): string {
  const text = raw.toString('utf8');
  const split = text.search(/\r?\n\r?\n/);
  const body = text.slice(split).trim();
  const encoding = headerOf(raw, 'Content-Transfer-Encoding').toLowerCase();
  return encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
}
