import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret, SecretUnreadable, secretKeyFrom, secretKeyLines, secretKeyWarning } from '../../../server/reminders/secretBox';

const key = randomBytes(32);
const TOKEN = 'Y2hhbm5lbC1hY2Nlc3MtdG9rZW4=/+ยาว';

describe('the key from the environment', () => {
  it.each<[string, string | undefined, string]>([
    ['unset', undefined, 'missing'],
    ['blank', '  ', 'missing'],
    ['32 bytes, base64', key.toString('base64'), 'ok'],
    ['32 bytes, base64url, with a trailing newline', `${key.toString('base64url')}\n`, 'ok'],
    ['16 bytes', randomBytes(16).toString('base64'), 'malformed'],
    ['a passphrase', 'correct horse battery staple', 'malformed'],
  ])('%s', (_, value, expected) => {
    const read = secretKeyFrom(value);
    expect(read.ok ? 'ok' : read.reason).toBe(expected);
    if (read.ok) expect(read.key.equals(key)).toBe(true);
  });

  it('says in Thai and English what is wrong and how to make one', () => {
    const [missing, how] = secretKeyLines('missing');
    expect(missing).toMatch(/ยังไม่ได้ตั้ง ITA_SECRET_KEY.*ITA_SECRET_KEY is not set/);
    expect(how).toContain('openssl rand -base64 32');
    expect(secretKeyLines('malformed')[0]).toMatch(/ไม่ถูกต้อง.*malformed/);
  });
});

describe('what the start says about the key', () => {
  it.each<[string, string | undefined, boolean, number]>([
    ['a good key', key.toString('base64'), true, 0],
    ['no key, reminders off: the server just runs', undefined, false, 0],
    ['no key, reminders on', undefined, true, 2],
    ['a malformed key, reminders off', 'not-a-key', false, 2],
  ])('%s', (_, value, on, lines) => {
    expect(secretKeyWarning(secretKeyFrom(value), on)).toHaveLength(lines);
  });
});

describe('a sealed secret', () => {
  it('opens with its key, Thai intact, and never shows the secret or looks the same twice', () => {
    const sealed = sealSecret(key, TOKEN);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(TOKEN);
    expect(sealed).not.toContain(Buffer.from(TOKEN).toString('base64'));
    expect(sealSecret(key, TOKEN)).not.toBe(sealed);
    expect(openSecret(key, sealed)).toBe(TOKEN);
  });

  it.each<[string, (sealed: string) => [Buffer, string]]>([
    ['another key', (s) => [randomBytes(32), s]],
    ['a byte changed', (s) => [key, `${s.slice(0, -4)}${s.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`]],
    ['an unknown version', (s) => [key, s.replace(/^v1/, 'v9')]],
    ['cut short', () => [key, 'v1.AAAA']],
  ])('refuses to open with %s', (_, spoil) => {
    const [other, stored] = spoil(sealSecret(key, TOKEN));
    expect(() => openSecret(other, stored)).toThrow(SecretUnreadable);
  });
});
