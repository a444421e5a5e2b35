import { expect, test } from '@playwright/test';
import { layoutProblems } from './layoutProblems';
import { FORM_STATES } from './screens';
import { smallTouchTargets } from './support';

// The layout check (layoutProblems.ts, smallTouchTargets in support.ts) runs on every route and
// form state at a phone's and a laptop's width in screens.spec.ts, with the other checks of a
// screen on one visit. Here: the check itself.

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
