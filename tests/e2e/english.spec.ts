import { expect, test } from '@playwright/test';
import { storedStrings, thaiInEnglish } from './englishProblems';
import { openRoute } from './screens';

// In English (?lang=en) no Thai letter may be left in the app's own words (englishProblems.ts).
// The rule: take every string the browser store holds (the agency's data: measure titles, steps,
// notes, unit and agency names, findings, indicator and O-item names as stored, audit values) and
// whatever the test typed or loaded from a file; remove each from the page's text, longest first;
// any Thai letter left is the app's own word untranslated and fails, named with its text and
// element. Thai inside an element marked lang="th" passes too: that is the right markup for a
// Thai proper name in an English page. Text, aria-label, title, alt and placeholder count; so
// does the tab's title. A closed <details> is opened first. English that counts one thing in the
// plural ("1 measures") fails here too. screens.spec.ts runs it on every route and form state,
// with the other checks of a screen on one visit; here, the check itself.

// The rule must fail on Thai the app adds, and only on that.
test('the English check names Thai the app adds and lets stored and lang="th" Thai be', async ({ page }) => {
  await openRoute(page, '/measures/msr-plan-3', 'en');
  const stored = await storedStrings(page);
  expect(stored).toContain('การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง');
  const before = await thaiInEnglish(page, stored);
  await page.evaluate(() => {
    const main = document.querySelector('main');
    main?.insertAdjacentHTML('beforeend', '<p class="probe-ui">Status: กำลังดำเนินการ</p><p lang="th">เทศบาลตำบลตัวอย่าง</p><button aria-label="ปิด">×</button>');
  });
  const found = (await thaiInEnglish(page, stored)).filter((f) => !before.includes(f));
  expect(found).toEqual([expect.stringMatching(/^"Status: กำลังดำเนินการ" in .*p\.probe-ui$/), expect.stringMatching(/^aria-label="ปิด" on /)]);
});
