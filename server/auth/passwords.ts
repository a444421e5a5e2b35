import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt, a memory-hard function built into Node (no native addon to compile on the agency's
 * server): N = 2^17, r = 8, p = 1 is OWASP's recommendation, 128 MiB and a few hundred
 * milliseconds per guess. The cost is stored with each hash, so it can be raised later and old
 * hashes still verify; ITA_SCRYPT_LOG_N lowers it for tests only.
 */
const DEFAULT_LOG_N = 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

// The rule itself is the domain's, so the accounts screen checks a password as the server does.
export { PASSWORD_MIN_LENGTH, passwordProblem } from '../../src/domain/passwordRule';

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const N = options.N ?? 2 ** DEFAULT_LOG_N;
  const r = options.r ?? R;
  return new Promise((resolve, reject) => {
    // maxmem must cover 128 * N * r bytes, or Node refuses the cost.
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, logN = Number(process.env.ITA_SCRYPT_LOG_N ?? DEFAULT_LOG_N)): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N: 2 ** logN, r: R, p: P });
  return ['scrypt', logN, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: 2 ** Number(logN), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
