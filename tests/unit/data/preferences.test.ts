import { DEFAULT_PREFERENCES, onPreferencesChanged, PREFERENCES_KEY, readPreferences, writePreferences } from '../../../src/data/preferences';

describe('this browser’s preferences', () => {
  beforeEach(() => localStorage.clear());

  it('start as the planning officer on browser storage', () => {
    expect(readPreferences()).toEqual({ preferences: DEFAULT_PREFERENCES, problem: null });
  });

  it('round-trip a Thai name and a department head’s unit', () => {
    const next = { dataSource: 'api' as const, actor: { name: 'นางสมศรี ใจดี', role: 'department-head' as const, unitId: 'unit-finance' } };
    expect(writePreferences(next)).toBe(true);
    expect(readPreferences().preferences).toEqual(next);
  });

  it('fall back to the defaults when unreadable, say so, and leave what was stored in place', () => {
    localStorage.setItem(PREFERENCES_KEY, '{"dataSource":"floppy"');
    const read = readPreferences();
    expect(read.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(read.problem).toContain('อ่านการตั้งค่าผู้ใช้และแหล่งข้อมูลของเบราว์เซอร์นี้ไม่ได้');
    expect(localStorage.getItem(PREFERENCES_KEY)).toBe('{"dataSource":"floppy"');
  });

  it('refuse a department head with no unit rather than store it', () => {
    const bad = { dataSource: 'browser' as const, actor: { name: 'ก', role: 'department-head' as const, unitId: null } };
    expect(writePreferences(bad)).toBe(false);
    expect(localStorage.getItem(PREFERENCES_KEY)).toBeNull();
  });

  it('tell this tab when another tab saves them, and nothing else', () => {
    const heard = vi.fn();
    const stop = onPreferencesChanged(heard);
    const next = { dataSource: 'browser' as const, actor: { name: 'นายก', role: 'executive' as const, unitId: null } };
    writePreferences(next);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    window.dispatchEvent(new StorageEvent('storage', { key: PREFERENCES_KEY }));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledWith({ preferences: next, problem: null });
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: PREFERENCES_KEY }));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
