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
