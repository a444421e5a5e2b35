import { expect, test } from '@playwright/test';
import { FORM_STATES, openRoute, ROUTES, WIDTHS } from './screens';
import { expectNoAxeViolations } from './support';

// Every route, as it first opens, in both languages and at a phone's and a laptop's width: axe
// finds nothing, the page says its language, and a keyboard reaches its first control with a
// visible focus ring. Then every form state a button reaches, axe-clean at both widths too.
// Each test has its own browser context and store: both workers may take them.
test.describe.configure({ mode: 'parallel' });

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const route of ROUTES) {
      // One page for both languages: the second opens by a hash change, without a new load.
      test(`${route}: no axe violations, its language said, focus visible, in Thai and English`, async ({ page }) => {
        for (const lang of ['th', 'en'] as const) {
          await openRoute(page, route, lang);
          await expectNoAxeViolations(page, lang);

          await page.keyboard.press('Tab');
          const ring = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, shadow: style.boxShadow !== 'none' };
          });
          expect(ring, `Tab reaches a control (${lang})`).not.toBeNull();
          expect(ring?.outline || ring?.shadow, `the focused control shows it (${lang})`).toBe(true);
        }
      });
    }

    for (const lang of ['th', 'en'] as const) {
      for (const state of FORM_STATES) {
        test(`${state.name} in ${lang === 'th' ? 'Thai' : 'English'}: no axe violations`, async ({ page }) => {
          const shown = await state.open(page, lang);
          await expectNoAxeViolations(shown.page, lang);
        });
      }
    }
  });
}

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
