import { expect, test, type Page } from '@playwright/test';
import { axeViolations, expectNoAxeViolations } from './support';

/** WCAG AAA contrast (7:1), which the meeting screen promises for a room lit by daylight. */
async function lowContrast(page: Page): Promise<string[]> {
  const found = await axeViolations(page, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
  return found.flatMap((v) => v.targets);
}

/**
 * Runs a check on the screen at rest. The controls fade out 3 s after the last key or pointer
 * move (0.3 s), and text caught halfway is faint for that moment: a check made while a fade ran
 * is made again. How long a check takes (and so whether the controls are still up) depends on
 * the machine's load; the fade must never decide the outcome.
 */
async function atRest<T>(page: Page, check: () => Promise<T>): Promise<T> {
  type Counted = { fadesRun?: number };
  await page.evaluate(() => {
    const w = window as unknown as Counted;
    if (w.fadesRun !== undefined) return;
    w.fadesRun = 0;
    document.addEventListener('transitionrun', () => (w.fadesRun = (w.fadesRun ?? 0) + 1), true);
  });
  const fades = () => page.evaluate(() => (window as unknown as Counted).fadesRun ?? 0);
  for (;;) {
    await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition)));
    const before = await fades();
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await check() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if ((await fades()) !== before) continue;
    if (outcome.ok) return outcome.value;
    throw outcome.error;
  }
}

/** Visible text set smaller than the room can read: each element holding text, and its size. */
async function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      const size = parseFloat(style.fontSize);
      if (size < min) small.push(`${text.slice(0, 30)} ${size}px`);
    }
    return small;
  }, min);
}

test.describe('the meeting screen at 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('leaves the arrows, Home and End to a chart’s months while one has focus', async ({ page }) => {
    await page.goto('/#/meeting?interval=600&slides=year-progress,health');
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(/^ความคืบหน้าตลอดปีงบประมาณ/);
    const months = page.getByRole('group', { name: /ค่ารายเดือน/ }).getByRole('img');
    await expect(months).toHaveCount(12);
    await months.first().focus();
    for (const [key, at] of [['ArrowRight', 1], ['End', 11], ['ArrowLeft', 10], ['Home', 0]] as const) {
      await page.keyboard.press(key);
      await expect(months.nth(at)).toBeFocused();
      await expect(heading).toHaveText(/^ความคืบหน้าตลอดปีงบประมาณ/);
    }
    // Away from the chart the arrows move the show again.
    await months.first().blur();
    await page.keyboard.press('ArrowRight');
    await expect(heading).toHaveText(/^สถานะมาตรการ/);
  });

  test('moves on by itself, answers the presenter’s keys, and has no text under 32 px', async ({ page }) => {
    // The page's own clock, moved on by the test: a slide's five seconds pass when told to.
    await page.clock.install();
    await page.goto('/#/meeting?interval=5&slides=result,health,indicators');
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('ผลการประเมิน ITA ปี 2565');
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'เล่นต่อ' })).toBeVisible();
    const figure = page.getByText('93.95', { exact: true });
    expect(parseFloat(await figure.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(160);
    expect(await smallText(page, 32)).toEqual([]);
    await atRest(page, () => expectNoAxeViolations(page));
    expect(await atRest(page, () => lowContrast(page))).toEqual([]);
    await page.keyboard.press('p');
    await expect(heading).toHaveText('ผลการประเมิน ITA ปี 2565');

    // Five seconds a slide.
    await page.clock.runFor(5000);
    await expect(heading).toHaveText('สถานะมาตรการ 9 มาตรการ');
    expect(await smallText(page, 32)).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect(heading).toHaveText('คะแนนรายตัวชี้วัด ปี 2565');
    await expect(page.getByRole('figure').getByRole('listitem')).toHaveCount(10);
    expect(await smallText(page, 32)).toEqual([]);
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'เล่นต่อ' })).toBeVisible();
    // Paused, it stays put past its five seconds.
    await page.clock.runFor(6000);
    await expect(heading).toHaveText('คะแนนรายตัวชี้วัด ปี 2565');
    await page.keyboard.press('PageDown');
    await expect(heading).toHaveText('ผลการประเมิน ITA ปี 2565');
    await page.keyboard.press('ArrowLeft');
    await expect(heading).toHaveText('คะแนนรายตัวชี้วัด ปี 2565');
    await atRest(page, () => expectNoAxeViolations(page));
    expect(await atRest(page, () => lowContrast(page))).toEqual([]);
  });

  test('is reached from the navigation and leaves no navigation on screen', async ({ page }) => {
    await page.goto('/#/');
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'นำเสนอในที่ประชุม' }).click();
    await expect(page).toHaveURL(/#\/meeting$/);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('ผลการประเมิน ITA ปี 2565');
    await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toHaveCount(0);
  });
});

test('the meeting screen speaks English when asked, with every slide at 7:1 contrast', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#/meeting?interval=600&lang=en');
  const heading = page.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('ITA result 2565');
  for (const next of ['Score by instrument', 'Indicator scores 2565', 'Progress over fiscal year 2566 (measures from the 2565 assessment)', 'Measures by health: 9', 'Measures late or at risk', 'What no measure answers yet']) {
    await page.keyboard.press('ArrowRight');
    await expect(heading).toHaveText(next);
    await expect(page.getByText('Drawing the chart')).toHaveCount(0);
    expect(await atRest(page, () => lowContrast(page))).toEqual([]);
    expect(await smallText(page, 32)).toEqual([]);
  }
  await atRest(page, () => expectNoAxeViolations(page));
});

test('the meeting screen fits a 1280 × 720 projector and a portrait screen', async ({ page }) => {
  // The type scales with the screen: 32 px on 1080 lines is 21.3 px on 720; a portrait screen
  // 1080 wide sets it as a 1920 × 1080 one does.
  for (const [viewport, min] of [[{ width: 1280, height: 720 }, (32 * 720) / 1080], [{ width: 1080, height: 1920 }, 32]] as const) {
    await page.setViewportSize(viewport);
    await page.goto('/#/meeting?interval=600&slides=late');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('มาตรการที่ล่าช้าหรือเสี่ยง');
    expect(await smallText(page, min - 0.05)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  }
});
