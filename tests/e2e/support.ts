import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The value a <dt> term introduces: the <dd> that follows it. */
export function definitionOf(scope: Page | Locator, term: string): Locator {
  return scope.locator('dt').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens settings and waits until the store has answered, so what follows acts on real data. */
export async function openSettings(page: Page, path = '/#/settings') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'ตั้งค่า' })).toBeVisible();
  await expect(page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)')).not.toHaveValue('');
}

export async function setImprovementMark(page: Page, mark: string) {
  const field = page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)');
  await field.fill(mark);
  await page.getByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' }).getByRole('button', { name: 'บันทึก' }).click();
}

/** The improvement mark the dashboard's chart legend states, e.g. 'เส้นเกณฑ์ควรปรับปรุง 88.00'. */
export function improvementLine(page: Page): Locator {
  return page.getByText(/^เส้นเกณฑ์ควรปรับปรุง /);
}
