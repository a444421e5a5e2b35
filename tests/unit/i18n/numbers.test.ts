import { formatCount, formatList, formatScore } from '../../../src/i18n/numbers';

// formatScore writes Thai and English scores itself; Intl is the reference it must never differ from.
const intl = (value: number, locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
const LOCALES = ['th-TH-u-ca-buddhist', 'en-GB'];

describe('formatScore', () => {
  it.each([
    [93.95, '93.95'],
    [100, '100.00'],
    [1.005, '1.01'],
    [2.675, '2.68'],
    [0.125, '0.13'],
    [99.995, '100.00'],
    [0, '0.00'],
    [1234567.891, '1,234,567.89'],
    [1e-7, '0.00'],
  ])('writes %s as %s, as Intl does', (value, written) => {
    for (const locale of LOCALES) {
      expect(formatScore(value, locale)).toBe(written);
      expect(intl(value, locale)).toBe(written);
    }
  });

  it('leaves negative numbers, −0, huge figures and other locales to Intl', () => {
    for (const value of [-0.001, -0, -12.345, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatScore(value, 'en-GB')).toBe(intl(value, 'en-GB'));
    }
    // German writes 1.234,50: a locale we do not write ourselves goes to Intl.
    expect(formatScore(1234.5, 'de-DE')).toBe('1.234,50');
  });

  it('agrees with Intl on thousands of scores with up to six decimals', () => {
    // A fixed sequence, so a failure can be repeated.
    let seed = 20261204;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 5000; i++) {
      const digits = i % 7;
      const value = Number((next() * (i % 3 === 0 ? 100 : 1e7)).toFixed(digits));
      for (const locale of LOCALES) expect(formatScore(value, locale), String(value)).toBe(intl(value, locale));
    }
  });
});

describe('formatList', () => {
  it('joins lists of any length exactly as Intl.ListFormat does, in Thai and English', () => {
    const words = ['ตัวชี้วัดที่ 1', 'O12', 'กองคลัง', '9', 'สำนักปลัด', 'EIT'];
    for (const language of ['th', 'en'] as const) {
      const reference = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
      for (let n = 0; n <= words.length; n++) {
        const items = words.slice(0, n);
        expect(formatList(items, language === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB'), `${language} ${n}`).toBe(reference.format(items));
      }
    }
    expect(formatList([9, 10, 11], 'th-TH')).toBe('9 10 และ11');
  });
});

describe('formatCount', () => {
  it('writes counts as toLocaleString does, and leaves the rest to it', () => {
    for (const value of [0, 7, 999, 1000, 12345, 1234567, 2 ** 53 - 1, -3, -0, 2.5, 2 ** 53 + 2]) {
      for (const locale of LOCALES) expect(formatCount(value, locale), `${value} ${locale}`).toBe(value.toLocaleString(locale));
    }
    expect(formatCount(1234, 'th-TH')).toBe('1,234');
  });
});
