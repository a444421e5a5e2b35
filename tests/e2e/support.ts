import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type Locator, type Page } from '@playwright/test';

/** The value a <dt> term introduces: the <dd> that follows it. */
export function definitionOf(scope: Page | Locator, term: string): Locator {
  return scope.locator('dt').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

/**
 * axe's WCAG 2.x A and AA rules. label-content-name-mismatch (2.5.3, label in name) was
 * experimental before axe 4.14 and off unless asked for: it is asked for by name, so it runs
 * whatever axe's tags say of it.
 */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
  rules: { 'label-content-name-mismatch': { enabled: true } },
} satisfies axe.RunOptions;

/**
 * axe's violations on the page (the WCAG rules above unless asked for others), each rule with
 * the elements it fails. axe runs in the page itself, put there once per document (a hash change
 * keeps it): @axe-core/playwright's default finishes every run in a blank tab of its own, which
 * took 1 to 2 s a run (3.0 s against 1.1 s on the dashboard) and put the tested page behind it.
 * The app has no frames; a page with some goes through @axe-core/playwright, which reaches into
 * them.
 */
export async function axeViolations(page: Page, options: axe.RunOptions = AXE_OPTIONS): Promise<{ id: string; targets: string[] }[]> {
  type Found = Pick<axe.AxeResults, 'violations'>;
  let found: Found;
  if (page.frames().length > 1) {
    found = await new AxeBuilder({ page }).options(options).analyze();
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
    found = await page.evaluate(async (options) => {
      const inPage = (window as unknown as { axe: typeof axe }).axe;
      const { violations } = await inPage.run(document, options);
      return { violations };
    }, options);
  }
  return found.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export async function expectNoAxeViolations(page: Page, lang?: Lang) {
  // Cards below the fold skip their layout (content-visibility: auto) until first shown, and a
  // skipped card's contents, measured, spill over the cards after it: axe's target-size then
  // calls links "obscured" that no reader ever sees overlap. Shown once, a card keeps its size.
  const at = await page.evaluate(() => scrollY);
  await readToTheEnd(page);
  await page.evaluate((y) => scrollTo(0, y), at);
  const found = (await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`);
  expect(found, lang ? `axe, ${lang === 'th' ? 'Thai' : 'English'}` : 'axe').toEqual([]);
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

/**
 * Every control a thumb must hit that is smaller than 44 × 44 CSS px, named so a failure says
 * which. A checkbox or radio counts by its label, which takes the tap too. As WCAG 2.5.5 allows,
 * a link inside a sentence is exempt, and so is a small link whose destination a big enough link
 * on the same page also opens (a chart's bar beside its table row).
 */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44;
    const small: { text: string; href: string | null }[] = [];
    const bigLinks = new Set<string>();
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary');
    for (const control of Array.from(controls)) {
      if (control.closest('[hidden], .visually-hidden')) continue;
      const choice = control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
      const target = choice ? (control.closest('label') ?? control) : control;
      if (control.tagName === 'A' && control.parentElement?.closest('p') && control.parentElement.textContent !== control.textContent) continue;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const href = control.getAttribute('href');
      if (box.width < MIN - 0.5 || box.height < MIN - 0.5) {
        const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40) || control.id || control.tagName;
        small.push({ text: `${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`, href });
      } else if (href) bigLinks.add(href);
    }
    return small.filter((s) => s.href === null || !bigLinks.has(s.href)).map((s) => s.text);
  });
}

/**
 * Scrolls the page through to its foot, a screen at a time, as a reader would: the dashboard's
 * charts load and draw only as they come near the screen. Each step waits for a frame drawn
 * there; a whole screen a step puts every part of the page on the screen once (half a screen a
 * step cost twice the frames: ~1 s for a long page on a phone).
 */
export async function readToTheEnd(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += Math.max(200, innerHeight)) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
}

/** The app's two languages, as the e2e checks open each route in them (screens.ts). */
export type Lang = 'th' | 'en';
