import { en } from '../../../src/i18n/en';
import { format, loadCatalog } from '../../../src/i18n/i18n';
import { th } from '../../../src/i18n/th';

const catalogs = { th, en };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have the same keys in Thai and English', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.th).sort());
  });

  it('use the same placeholders for each key in both languages', () => {
    for (const key of Object.keys(catalogs.th) as (keyof typeof catalogs.th)[]) {
      expect([key, placeholders(catalogs.en[key])]).toEqual([key, placeholders(catalogs.th[key])]);
    }
  });

  it('have no empty message', () => {
    for (const [lang, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) expect([lang, key, text.trim().length > 0]).toEqual([lang, key, true]);
    }
  });
});

describe('loading a catalog', () => {
  it('gives Thai at once and fetches English when first asked', async () => {
    expect(await loadCatalog('th')).toBe(th);
    expect(await loadCatalog('en')).toBe(en);
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('ระดับ {level} ({min})', { level: 'AA', min: 95 })).toBe('ระดับ AA (95)');
    expect(format('ระดับ {level}', {})).toBe('ระดับ {level}');
  });
});
