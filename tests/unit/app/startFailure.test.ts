import { openStore } from '../../../src/app/openStore';
import { startFailureMessages, wordStartFailure } from '../../../src/app/startFailureMessages';
import { StoreError } from '../../../src/data/storeError';

const opening = vi.hoisted(() => ({ fails: new Error('UnknownError: Internal error opening backing store') as Error }));
vi.mock('../../../src/data/adapters/idb/openDatabase', () => ({ openDatabase: () => Promise.reject(opening.fails) }));

const THAI = /[\u0E00-\u0E7F]/u;
const noSeed = () => Promise.reject(new Error('not asked'));

describe('a store that did not open at start-up', () => {
  it('says why by code, with the browser’s own words for the cause, and its Thai on the store’s error', async () => {
    opening.fails = new Error('UnknownError: Internal error opening backing store');
    const opened = await openStore('browser', noSeed, () => undefined);
    expect(opened.why).toEqual({ code: 'start.failure.database', values: { cause: 'UnknownError: Internal error opening backing store' } });
    expect(opened.failure?.detail).toEqual({ kind: 'storage', reason: 'unavailable' });
    expect(opened.failure?.message).toBe('เปิดฐานข้อมูลในเบราว์เซอร์ไม่ได้ (UnknownError: Internal error opening backing store)');
    await expect(opened.store.listUnits()).rejects.toBe(opened.failure);
  });

  it('keeps a store error as it is: its detail says why', async () => {
    opening.fails = new StoreError({ kind: 'storage', reason: 'blocked' }, 'เบราว์เซอร์ไม่อนุญาตให้เก็บข้อมูล');
    const opened = await openStore('browser', noSeed, () => undefined);
    expect(opened.why).toBeUndefined();
    expect(opened.failure).toBe(opening.fails);
  });

  it.each([
    ['th', { code: 'start.failure.database', values: { cause: 'QuotaExceededError' } }, 'เปิดฐานข้อมูลในเบราว์เซอร์ไม่ได้ (QuotaExceededError)'],
    ['en', { code: 'start.failure.database', values: { cause: 'QuotaExceededError' } }, 'The database in the browser could not be opened (QuotaExceededError)'],
    ['en', { code: 'start.failure.mockApi', values: { cause: 'no service worker' } }, 'The mock API could not be started in the browser (no service worker). You can switch the data source to the browser in settings.'],
  ] as const)('is worded in %s from its code: %j', async (language, why, words) => {
    const failure = new StoreError({ kind: 'storage', reason: 'unavailable' }, 'ข้อความภาษาไทย');
    expect(await wordStartFailure({ failure, why }, language)).toBe(words);
  });

  it('words a store error by its detail where start-up knows no cause, with no Thai in English', async () => {
    const failure = new StoreError({ kind: 'storage', reason: 'blocked' }, 'เบราว์เซอร์ไม่อนุญาตให้เก็บข้อมูล');
    const said = await wordStartFailure({ failure }, 'en');
    expect(said).toMatch(/private window/);
    expect(said).not.toMatch(THAI);
    expect(await wordStartFailure({ failure }, 'th')).toBe('เบราว์เซอร์ไม่อนุญาตให้เก็บข้อมูล');
  });

  it('has no Thai in its English', () => {
    for (const text of Object.values(startFailureMessages.en)) expect(text).not.toMatch(THAI);
  });
});
