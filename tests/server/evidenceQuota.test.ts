import { spawnSync } from 'node:child_process';
import { evidenceQuotaFrom } from '../../server/startup/evidenceQuota';

const MB = 1024 * 1024;

// ITA_EVIDENCE_QUOTA_MB as the start reads it: a number of binary megabytes, or a refusal that stops it.
it.each([
  [undefined, 2048 * MB],
  ['', 2048 * MB],
  ['  ', 2048 * MB],
  ['2048', 2048 * MB],
  [' 500 ', 500 * MB],
  ['0', 0],
  ['4000', 4000 * MB],
])('reads %j as %d bytes', (value, bytes) => {
  expect(evidenceQuotaFrom(value)).toEqual({ ok: true, bytes });
});

it.each(['4001', '2GB', '2048MB', '-1', '1.5', '1e3', '0x800', 'abc', '99999999'])('refuses %j in Thai and English, naming the setting and the value', (value) => {
  const quota = evidenceQuotaFrom(value);
  expect(quota.ok).toBe(false);
  if (quota.ok) return;
  for (const line of [quota.th, quota.en]) {
    expect(line).toContain('ITA_EVIDENCE_QUOTA_MB');
    expect(line).toContain(JSON.stringify(value));
  }
  expect(quota.th).toMatch(/[\u0E00-\u0E7F]/);
});

it('stops the server at start on a quota it cannot read, before it asks the database', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    // Nothing listens on port 9: a start that went on to the database would say so instead.
    env: { ...process.env, DATABASE_URL: 'postgres://ita@127.0.0.1:9/ita', ITA_DB_WAIT_SECONDS: '0', ITA_EVIDENCE_QUOTA_MB: '2GB' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('ITA_EVIDENCE_QUOTA_MB="2GB" is not usable');
  expect(run.stderr).toContain('ITA_EVIDENCE_QUOTA_MB="2GB" ใช้ไม่ได้');
  expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  expect(`${run.stdout}${run.stderr}`).not.toContain('127.0.0.1:9');
});
