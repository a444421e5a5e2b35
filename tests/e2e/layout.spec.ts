import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { layoutProblems, phoneHeaderProblems } from './layoutProblems';
import { attachScreenshot, FORM_STATES, openAllDetails, openRoute, ROUTES, WIDTHS } from './screens';
import { smallTouchTargets } from './support';

// The production build at a phone's and a laptop's width, every route (in Thai and English) and
// every form state a button reaches (issue 24 item 1 went unseen because no test looked at
// layout): no checkbox or radio stretched past 32 px, no word broken across lines and no label
// squeezed, nothing wider than the viewport, no one-line field stretched over 64 px tall, every
// control a thumb can hit (44 × 44 px), and on a phone a header at most 64 px tall that stays at
// the top. A failure names the route, the width and each element, and attaches the whole page as
// a screenshot.

async function layoutOf(page: Page, testInfo: TestInfo, where: string): Promise<string[]> {
  await openAllDetails(page);
  const problems = [...(await layoutProblems(page)), ...(await smallTouchTargets(page)).map((t) => `touch target under 44 px: ${t}`)];
  if (problems.length > 0) await attachScreenshot(page, testInfo, `${where}.png`);
  return problems;
}

async function expectGoodLayout(page: Page, testInfo: TestInfo, where: string) {
  expect(await layoutOf(page, testInfo, where), `layout of ${where}`).toEqual([]);
}

// Each test has its own browser context and store: both workers may take them.
test.describe.configure({ mode: 'parallel' });

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const route of ROUTES) {
      // Thai first, then English (longer words) on the same page by a hash change.
      test(`${route} lays out within the screen, in Thai and English`, async ({ page }, testInfo) => {
        const problems: string[] = [];
        for (const lang of ['th', 'en'] as const) {
          await openRoute(page, route, lang);
          problems.push(...(await layoutOf(page, testInfo, `${route} in ${lang} at ${viewport.width} px`)).map((p) => `${lang}: ${p}`));
          if (viewport.width < 600) problems.push(...(await phoneHeaderProblems(page)).map((p) => `${lang}: ${p}`));
        }
        expect(problems, `layout of ${route} at ${viewport.width} px`).toEqual([]);
      });
    }

    for (const state of FORM_STATES) {
      test(`${state.name} lays out within the screen`, async ({ page }, testInfo) => {
        const shown = await state.open(page, 'th');
        await expectGoodLayout(shown.page, testInfo, `${state.name} at ${viewport.width} px`);
      });
    }
  });
}

// The check itself must fail on what issue 24 found: the rule that stretched every checkbox
// (`.measure .field input { width: 100% }`), a box wider than a phone, a tiny button.
test('the layout check catches a stretched checkbox, a broken word, a wide page, a tall field, a small target', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const edit = FORM_STATES.find((s) => s.name === 'edit measure');
  if (!edit) throw new Error('no edit-measure form state');
  const shown = await edit.open(page, 'th');
  const inject = async (css: string) => {
    const style = await shown.page.addStyleTag({ content: css });
    const problems = [...(await layoutProblems(shown.page)), ...(await smallTouchTargets(shown.page))].join('\n');
    await style.evaluate((el) => el.parentNode?.removeChild(el));
    return problems;
  };
  const stretched = await inject('.measure .field input[type] { width: 100% !important; max-width: none !important; flex: 1 1 100% !important; }');
  expect(stretched).toMatch(/^checkbox \d+ px wide \(over 32\): <label> "กองคลัง"/m);
  expect(stretched).toMatch(/^radio \d+ px wide/m);
  expect(stretched).toMatch(/^text squeezed into \d+ of \d+ px, wrapping: <label> "ตัวชี้วัดที่ 1"/m);
  expect(await inject('.measure label.choice { max-width: 5rem; } .measure label.choice > span { word-break: break-all !important; }')).toMatch(/^".+" broken across lines in <label>/m);
  expect(await inject('main h1 { width: 900px; }')).toMatch(/^page 9\d\d px wide in a 360 px viewport: .*<h1>/m);
  expect(await inject('.measure .field input { height: 6rem !important; }')).toMatch(/^one-line field \d+ px tall \(over 64\): <label> "ชื่อมาตรการ"/m);
  expect(await inject('.measure button { min-height: 0; padding: 0; }')).toMatch(/^button ".+" \d+×\d+$/m);
});
