import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

// Every route, as it first opens, in both languages: axe finds nothing, the page says its
// language, and a keyboard reaches its first control with a visible focus ring.
const ROUTES = [
  '/',
  '/assessments',
  '/assessments/framework?year=2565',
  '/measures',
  '/measures/new',
  '/measures/msr-plan-3',
  '/reports',
  '/reports?doc=progress',
  '/settings',
  '/meeting',
  '/no-such-page',
];

for (const lang of ['th', 'en'] as const) {
  for (const route of ROUTES) {
    test(`${route} in ${lang === 'th' ? 'Thai' : 'English'}: no axe violations, its language said, focus visible`, async ({ page }) => {
      const url = lang === 'th' ? route : `${route}${route.includes('?') ? '&' : '?'}lang=en`;
      await page.goto(`/#${url}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // Wait out loading notes: axe must see the screen as a person reads it.
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoAxeViolations(page);

      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, shadow: style.boxShadow !== 'none' };
      });
      expect(ring, 'Tab reaches a control').not.toBeNull();
      expect(ring?.outline || ring?.shadow, 'the focused control shows it').toBe(true);
    });
  }
}

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
