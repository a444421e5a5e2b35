import { createAttemptLimiter } from '../../server/auth/guard';
import { hashPassword, passwordProblem, verifyPassword } from '../../server/auth/passwords';

describe('passwords', () => {
  it('verifies the right password, Thai included, and refuses any other', async () => {
    const stored = await hashPassword('รหัสผ่านภาษาไทย ๒๕๖๕');
    expect(await verifyPassword('รหัสผ่านภาษาไทย ๒๕๖๕', stored)).toBe(true);
    expect(await verifyPassword('รหัสผ่านภาษาไทย ๒๕๖๖', stored)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('keeps its cost and a salt of its own with each hash, so the same password never hashes the same', async () => {
    const [a, b] = await Promise.all([hashPassword('same password', 11), hashPassword('same password', 11)]);
    expect(a).not.toBe(b);
    expect(a.split('$').slice(0, 4)).toEqual(['scrypt', '11', '8', '1']);
    // A hash made at another cost still verifies: the cost can be raised later.
    expect(await verifyPassword('same password', a)).toBe(true);
  });

  it('uses OWASP’s scrypt cost (N = 2^17, 128 MiB) unless told otherwise', async () => {
    const saved = process.env.ITA_SCRYPT_LOG_N;
    delete process.env.ITA_SCRYPT_LOG_N;
    try {
      expect((await hashPassword('a real password')).split('$')[1]).toBe('17');
    } finally {
      process.env.ITA_SCRYPT_LOG_N = saved;
    }
  });

  it('says in Thai what is wrong with a password', () => {
    expect(passwordProblem('short')).toBe('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร');
    expect(passwordProblem('x'.repeat(201))).toBe('รหัสผ่านยาวเกิน 200 ตัวอักษร');
    expect(passwordProblem('long enough now')).toBeNull();
  });
});

describe('wrong passwords from one address', () => {
  it('blocks the address at the limit, and lets it in again once the window has passed', () => {
    let now = 0;
    const limiter = createAttemptLimiter({ limit: 3, windowMs: 1000, now: () => now });
    for (let i = 0; i < 3; i++) limiter.failed('10.0.0.5');
    expect(limiter.blocked('10.0.0.5')).toBe(true);
    expect(limiter.blocked('10.0.0.6')).toBe(false);
    now = 1500;
    limiter.sweep();
    expect(limiter.blocked('10.0.0.5')).toBe(false);
  });
});
