import { expect, test } from '@playwright/test';
import { openRoute, ROUTES } from './screens';

// Every route and form state is axe-checked, with a visible focus ring on a route's first
// control, in screens.spec.ts (one visit for all the checks on a screen). These look across routes.

// WCAG 2.4.2: the tab says which screen it is (issue 24 item 10: the same title on every route).
test('every route has a tab title of its own, in Thai and English', async ({ page }) => {
  for (const lang of ['th', 'en'] as const) {
    const titles = new Map<string, string>();
    for (const route of ROUTES) {
      await openRoute(page, route, lang);
      titles.set(route, await page.title());
    }
    const shared = [...titles].filter(([route, title]) => [...titles].some(([other, same]) => other !== route && same === title));
    expect(shared.map(([route, title]) => `${route}: ${title}`), `routes sharing a title in ${lang}`).toEqual([]);
  }
});

test('reduced motion stops every animation and transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#/meeting');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const moving = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .map((el) => getComputedStyle(el))
      .filter((s) => (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0.01) || parseFloat(s.transitionDuration) > 0.01).length,
  );
  expect(moving).toBe(0);
});
