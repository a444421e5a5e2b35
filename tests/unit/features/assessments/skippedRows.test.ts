import { describe, expect, it } from 'vitest';
import { messages } from '../../../../src/features/assessments/messages';
import { format } from '../../../../src/i18n/i18n';

describe('the rows an import skipped', () => {
  it.each([
    ['en', 'en-GB', 1, '4', 'Skipped row 4 (title) above the header'],
    ['en', 'en-GB', 3, '1–3', 'Skipped rows 1–3 (title) above the header'],
    ['th', 'th-TH', 1, '4', 'ข้ามแถว 4 (ชื่อเรื่อง) ก่อนหัวตาราง'],
    ['th', 'th-TH', 3, '1–3', 'ข้ามแถว 1–3 (ชื่อเรื่อง) ก่อนหัวตาราง'],
  ] as const)('in %s, %d row(s) %s', (language, locale, count, rows, expected) => {
    expect(format(messages[language]['import.skipped.title'], { count, rows }, locale)).toBe(expected);
  });
});
