// @vitest-environment node
import { ESLint } from 'eslint';

/**
 * The layer rules live in eslint.config.js; these cases prove they bite, so a config change that
 * silently disables them fails here instead of letting a screen reach storage unnoticed.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer rules', () => {
  // Linting takes a moment per case on a 2-core machine.
  vi.setConfig({ testTimeout: 20_000 });

  it.each([
    ['src/domain/x.ts', "import { StoreError } from '../data/store';\nexport const x = StoreError;\n", 'domain importing data'],
    ['src/domain/x.ts', "import { th } from '../i18n/th';\nexport const x = th;\n", 'domain importing i18n'],
    ['src/data/x.ts', "import { th } from '../i18n/th';\nexport const x = th;\n", 'data importing i18n'],
    ['src/data/x.ts', "import { LoadingState } from '../ui/LoadingState';\nexport const x = LoadingState;\n", 'data importing ui'],
    ['src/ui/x.ts', "import { useStore } from '../data/storeContext';\nexport const x = useStore;\n", 'ui importing data'],
    ['src/features/other/x.ts', "import { ScoreSummary } from '../dashboard/ScoreSummary';\nexport const x = ScoreSummary;\n", 'one feature importing another'],
    ['src/features/x.ts', "import { ScoreSummary } from './dashboard/ScoreSummary';\nexport const x = ScoreSummary;\n", 'a loose file in features importing a feature'],
    ['src/features/dashboard/x.ts', "import seed from '../../../mocks/fixtures/phok-noi-2565.json';\nexport const x = seed;\n", 'a feature importing mock data'],
    ['src/features/dashboard/x.ts', "import { createIdbStore } from '../../data/adapters/idb/idbStore';\nexport const x = createIdbStore;\n", 'a screen choosing a store adapter'],
    ['src/ui/x.ts', "import { createIdbStore } from '../data/adapters/idb/idbStore';\nexport const x = createIdbStore;\n", 'ui choosing a store adapter'],
  ])('refuses %s: %s', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['src/features/dashboard/x.ts', "export const x = localStorage.getItem('k');\n", 'no-restricted-globals'],
    ['src/features/dashboard/x.ts', "export const x = () => fetch('/api/v1/measures');\n", 'no-restricted-globals'],
    ['src/ui/x.ts', "export const x = window.sessionStorage;\n", 'no-restricted-properties'],
    ['src/app/x.ts', "export const x = indexedDB.open('db');\n", 'no-restricted-globals'],
    ['src/features/dashboard/x.ts', "export const x = () => self.fetch('/api');\n", 'no-restricted-properties'],
    ['src/domain/x.ts', "export const x = () => fetch('/api');\n", 'no-restricted-globals'],
    ['src/domain/x.ts', "export const x = () => localStorage.getItem('k');\n", 'no-restricted-globals'],
    ['src/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
    ['src/domain/x.ts', "import { useQuery } from '@tanstack/react-query';\nexport const x = useQuery;\n", 'no-restricted-imports'],
    ['src/domain/x.ts', "import { z } from 'zod';\nexport const x = z;\n", 'no-restricted-imports'],
    ['src/data/x.ts', "import { z } from 'zod';\nexport const x = z;\n", 'no-restricted-imports'],
  ])('refuses direct storage or network in %s', async (filePath, code, rule) => {
    expect(await ruleIdsFor(filePath, code)).toContain(rule);
  });

  it.each([
    ['src/data/x.ts', "import { roundScore } from '../domain/rounding';\nexport const x = roundScore;\n"],
    ['src/features/dashboard/x.ts', "import { useStore } from '../../data/storeContext';\nexport const x = useStore;\n"],
    ['src/features/dashboard/x.ts', "import { ScoreSummary } from './ScoreSummary';\nexport const x = ScoreSummary;\n"],
    ['src/app/x.ts', "import { DashboardPage } from '../features/dashboard/DashboardPage';\nexport const x = DashboardPage;\n"],
    ['src/app/x.ts', "import { createIdbStore } from '../data/adapters/idb/idbStore';\nexport const x = createIdbStore;\n"],
    ['src/data/adapters/x.ts', "export const x = () => localStorage.getItem('k');\n"],
    ['src/domain/x.ts', "import * as z from 'zod/mini';\nexport const x = z;\n"],
  ])('allows the imports the layers permit in %s', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toEqual([]);
  });
});
