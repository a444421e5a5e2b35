import { expect, test } from '@playwright/test';
import { bundleGraph, filesOf, readManifest } from '../../scripts/bundle-graph.mjs';
import { readToTheEnd } from './support';

// The size check budgets the JavaScript a first visit loads from the build's manifest and a
// list of lazy modules; this proves that list against what a real browser fetches.
test('a first visit loads exactly the JavaScript the size check budgets', async ({ page }) => {
  // The build under test: E2E_DIST's when playwright.config.ts serves one of its own.
  const manifest = readManifest(process.env.E2E_DIST || 'dist');
  const { initial, firstVisit } = bundleGraph(manifest);
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname.replace(/^\//, '');
    if (path.endsWith('.js')) loaded.add(path);
  });

  await page.goto('/');
  await expect(page.getByRole('figure', { name: /^กราฟแท่งคะแนนตัวชี้วัด/ }).getByRole('link')).toHaveCount(10);
  // The lower sections arrive in their own chunk after the headline; wait for them too.
  await expect(page.getByRole('region', { name: 'มาตรการโดยสรุป' })).toBeVisible();

  // The charts load as the reader comes near them: read down the page, then wait until they are in.
  await expect
    .poll(async () => {
      await readToTheEnd(page);
      return [...loaded].sort();
    }, { timeout: 20_000 })
    .toEqual([...filesOf(manifest, firstVisit)].sort());
  // The headline renders from the initial chunks alone; the lower sections and the seed are lazy.
  expect([...filesOf(manifest, initial)].every((f) => loaded.has(f))).toBe(true);
});
