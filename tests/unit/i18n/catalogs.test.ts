import { messages as assessments } from '../../../src/features/assessments/messages';
import { messages as framework } from '../../../src/features/assessments/framework/messages';
import { messages as meeting } from '../../../src/features/meeting/messages';
import { messages as reports } from '../../../src/features/reports/messages';
import { messages as dashboardMore } from '../../../src/features/dashboard/more/messages';
import { messages as measures } from '../../../src/features/measures/messages';
import { messages as settings } from '../../../src/features/settings/messages';
import { meetingMessages } from '../../../src/features/settings/meetingMessages';
import { messages as accounts } from '../../../src/features/accounts/messages';
import { ownPasswordMessages } from '../../../src/features/accounts/ownPasswordMessages';
import { messages as firstRun } from '../../../src/features/firstRun/messages';
import { freshnessMessages } from '../../../src/features/dashboard/more/freshnessMessages';
import { firstAccountMessages } from '../../../src/app/firstAccountMessages';
import { chartMessages } from '../../../src/ui/charts/messages';
import { progressMessages } from '../../../src/ui/charts/progressMessages';
import { healthMessages } from '../../../src/ui/healthMessages';
import { en } from '../../../src/i18n/en';
import { format, loadCatalog, placeholderNames } from '../../../src/i18n/i18n';
import { th } from '../../../src/i18n/th';

const sets: [string, { th: Record<string, string>; en: Record<string, string> }][] = [
  ['health badge: deadlines', healthMessages],
  ['app', { th, en }],
  ['measures', measures],
  ['dashboard (lower sections)', dashboardMore],
  ['assessments', assessments],
  ['framework editor', framework],
  ['meeting screen', meeting],
  ['reports', reports],
  ['settings', settings],
  ['settings: the meeting calendar', meetingMessages],
  ['dashboard: updates before the meeting', freshnessMessages],
  ['accounts', accounts],
  ['accounts: one’s own password', ownPasswordMessages],
  ['sign-in: the first account', firstAccountMessages],
  ['first run', firstRun],
  ['charts', chartMessages],
  ['charts: year progress', progressMessages],
];

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
    for (const [lang, catalog] of Object.entries(catalogs)) {
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
