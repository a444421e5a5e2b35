import { catalogsMissed, catalogs } from './allCatalogs';
import { en } from '../../../src/i18n/en';
import { format, loadCatalog, placeholderNames } from '../../../src/i18n/i18n';
import { th } from '../../../src/i18n/th';

const sets = catalogs;

it('finds every catalog of the app by its name', () => {
  expect(catalogsMissed()).toEqual([]);
});

// A plural names its count once however many branches it has, so names are compared, not uses.
const placeholders = placeholderNames;

describe.each(sets)('the %s message catalog', (_name, catalogs) => {
  it('has the same keys in Thai and English', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.th).sort());
  });

  it('uses the same placeholders for each key in both languages', () => {
    for (const key of Object.keys(catalogs.th)) {
      expect([key, placeholders(catalogs.en[key] ?? '')]).toEqual([key, placeholders(catalogs.th[key] ?? '')]);
    }
  });

  it('has no empty message', () => {
    for (const [lang, catalog] of [['th', catalogs.th], ['en', catalogs.en]] as const) {
      for (const [key, text] of Object.entries(catalog)) expect([lang, key, text.trim().length > 0]).toEqual([lang, key, true]);
    }
  });
});

describe('feature catalogs', () => {
  it('never reuse a key of the app catalog or of each other, so a key means one sentence', () => {
    const all = sets.flatMap(([, c]) => Object.keys(c.th));
    expect(all.length).toBe(new Set(all).size);
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
