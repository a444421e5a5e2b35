import { expect, test, type Page } from '@playwright/test';

/*
 * The meeting screen as the back of a ten-metre room sees it, slide by slide, on a 16:9 screen.
 *
 * The rule enforced, in proportions of the viewport's height H (so 40 px on a 1080-line screen is
 * 26.7 px on a 720-line one — the same size to the room):
 *   - text in the headline score (.m-headline) at least 160/1080·H, in a figure (.m-figure) at
 *     least 64/1080·H, in the footer at least 32/1080·H, every other text at least 40/1080·H;
 *   - every text at 7:1 or more against the background it is drawn on (WCAG relative luminance,
 *     the first opaque background up its ancestors, SVG text by its fill);
 *   - no element that hides or scrolls its overflow has more content than its box, and no text
 *     lies outside the viewport;
 *   - every text's box (HTML and SVG <text>) lies inside its nearest <svg>'s box and inside every
 *     ancestor whose overflow is not visible: the overflow rule above cannot see into an SVG,
 *     where a label drawn past the drawing's edge is cut without any scrolling to show it;
 *   - content covers at least 60 % of the slide's area (the area between the top and the footer):
 *     content is what the eye sees filled — the text itself (its line boxes), drawn charts, and the
 *     panels, bars and tiles that have a background or a border of their own.
 */
interface Finding {
  small: string[];
  contrast: string[];
  overflow: string[];
  outside: string[];
  clipped: string[];
  coverage: number;
}

async function inspect(page: Page): Promise<Finding> {
  return page.evaluate(() => {
    const H = window.innerHeight;
    const W = window.innerWidth;
    const floorOf = (el: Element) =>
      ((el.closest('.m-headline') ? 160 : el.closest('.m-figure') ? 64 : el.closest('.meeting-footer') ? 32 : 40) * H) / 1080;

    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m?.[1]) return [0, 0, 0, 0];
      const [r = 0, g = 0, b = 0, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3];
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
    };
    const luminance = ([r, g, b]: RGBA) => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const background = (el: Element | null): RGBA => {
      const layers: RGBA[] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reduceRight<RGBA>((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const opacity = (el: Element | null) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const hidden = (el: Element) => !!el.closest('.visually-hidden, [aria-hidden="true"] title');

    const small: string[] = [];
    const contrast: string[] = [];
    const outside: string[] = [];
    const clipped: string[] = [];
    const rects: DOMRect[] = [];
    const px = (n: number) => Math.round(n);
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    /** Where `b` runs past `clip` (1 px allowed for rounding), on the axes that clip: '' when inside. */
    const past = (b: DOMRect, clip: DOMRect, x: boolean, y: boolean) =>
      [
        x && b.left < clip.left - 1 ? `left by ${px(clip.left - b.left)}` : '',
        x && b.right > clip.right + 1 ? `right by ${px(b.right - clip.right)}` : '',
        y && b.top < clip.top - 1 ? `top by ${px(clip.top - b.top)}` : '',
        y && b.bottom > clip.bottom + 1 ? `bottom by ${px(b.bottom - clip.bottom)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
    const walker = document.createTreeWalker(document.querySelector('.meeting') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || hidden(el)) continue;
      const style = getComputedStyle(el);
      const range = document.createRange();
      range.selectNodeContents(node);
      const boxes = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (boxes.length === 0 || style.visibility !== 'visible' || opacity(el) === 0) continue;
      const name = `"${text.slice(0, 24)}"`;
      const size = parseFloat(style.fontSize);
      const floor = floorOf(el);
      if (size < floor - 0.05) small.push(`${name} ${size.toFixed(1)}px < ${floor.toFixed(1)}px`);
      const svgText = el instanceof SVGElement;
      const ink = parse(svgText ? style.fill : style.color);
      const bg = background(svgText ? el.closest('svg')?.parentElement ?? null : el);
      const shown = over([ink[0], ink[1], ink[2], ink[3] * opacity(el)], bg);
      const [l1, l2] = [luminance(shown), luminance(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      if (ratio < 7) contrast.push(`${name} ${ratio.toFixed(2)}:1`);
      for (const b of boxes) {
        if (b.left < -1 || b.top < -1 || b.right > W + 1 || b.bottom > H + 1) outside.push(`${name} at ${Math.round(b.left)},${Math.round(b.top)}`);
        const svg = el.closest('svg');
        const outOfSvg = svg ? past(b, svg.getBoundingClientRect(), true, true) : '';
        if (outOfSvg) clipped.push(`${name} past its svg's ${outOfSvg}`);
        for (let a: Element | null = el; a; a = a.parentElement) {
          const st = getComputedStyle(a);
          const x = st.overflowX !== 'visible';
          const y = st.overflowY !== 'visible';
          if (!x && !y) continue;
          // Its svg is reported above; an svg clips by default, so it would be said twice.
          if (a === svg) continue;
          const out = past(b, a.getBoundingClientRect(), x, y);
          if (out) clipped.push(`${name} past ${describe(a)}'s ${out}`);
        }
        rects.push(b);
      }
    }

    const overflow: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.meeting, .meeting *'))) {
      if (hidden(el) || el instanceof SVGElement) continue;
      const style = getComputedStyle(el);
      const clips = (v: string) => v !== 'visible';
      if (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) overflow.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth} wide`);
      if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) overflow.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollHeight} > ${el.clientHeight} high`);
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !el.closest('.slide-area')) continue;
      const filled = parse(style.backgroundColor)[3] > 0 || parseFloat(style.borderTopWidth) > 0 || el.tagName.toLowerCase() === 'svg';
      if (filled && !el.classList.contains('slide-area')) rects.push(box);
    }

    // The union of the content boxes inside the slide area, counted on a grid of 4-pixel cells.
    const area = document.querySelector('.slide-area')?.getBoundingClientRect();
    let coverage = 0;
    if (area && area.width > 0 && area.height > 0) {
      const cell = 4;
      const cols = Math.ceil(area.width / cell);
      const rows = Math.ceil(area.height / cell);
      const grid = new Uint8Array(cols * rows);
      for (const r of rects) {
        const x0 = Math.max(0, Math.floor((r.left - area.left) / cell));
        const x1 = Math.min(cols, Math.ceil((r.right - area.left) / cell));
        const y0 = Math.max(0, Math.floor((r.top - area.top) / cell));
        const y1 = Math.min(rows, Math.ceil((r.bottom - area.top) / cell));
        for (let y = y0; y < y1; y++) grid.fill(1, y * cols + x0, Math.max(y * cols + x0, y * cols + x1));
      }
      coverage = grid.reduce((n, v) => n + v, 0) / grid.length;
    }
    return { small, contrast, overflow, outside, clipped, coverage };
  });
}

const heading = (page: Page) => page.getByRole('heading', { level: 2 });

/** Waits until the slide is drawn: its chart loaded and sized, and the controls fully shown. */
async function settled(page: Page) {
  await expect(page.getByText('กำลังวาดกราฟ')).toHaveCount(0);
  if ((await page.locator('.chart-plot').count()) > 0) await expect(page.locator('.chart-plot svg.recharts-surface').first()).toBeVisible();
  // The controls fade once the pointer rests: wake them, and check them at full strength.
  await page.mouse.move(10 + Math.random() * 50, 10);
  await expect.poll(() => page.locator('.meeting-controls').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
}

const TREND = 'ผลการประเมินย้อนหลัง';

/** Every slide of the default show, checked; returns the headings seen, in order. */
async function walk(page: Page, query = ''): Promise<string[]> {
  await page.goto(`/#/meeting?interval=600${query}`);
  await expect(heading(page)).toBeVisible();
  // The same hash again is no new page: the show stays where it was unless sent home.
  await page.keyboard.press('Home');
  const counter = page.locator('.meeting-footer p').first();
  await expect(counter).toHaveText(/^หน้า 1 จาก \d+/);
  const count = Number(/จาก (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
  const seen: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (i > 1) await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(new RegExp(`^หน้า ${i} จาก ${count}`));
    await settled(page);
    const title = (await heading(page).textContent()) ?? '';
    const found = await inspect(page);
    const where = `${page.viewportSize()?.width}×${page.viewportSize()?.height} slide ${i} "${title}"`;
    expect(found.small, `${where}: text under its size`).toEqual([]);
    expect(found.contrast, `${where}: text under 7:1`).toEqual([]);
    expect(found.overflow, `${where}: content overflowing a box that hides it`).toEqual([]);
    expect(found.outside, `${where}: text outside the screen`).toEqual([]);
    expect(found.clipped, `${where}: text cut by its svg or a box that hides overflow`).toEqual([]);
    expect(found.coverage, `${where}: share of the slide used`).toBeGreaterThanOrEqual(0.6);
    seen.push(title);
    test.info().annotations.push({ type: 'coverage', description: `${where}: ${Math.round(found.coverage * 100)} %` });
  }
  return seen;
}

/** 2566's scores, imported as a user would: the score slides then show 2566, and a trend. */
async function addResult2566(page: Page) {
  await page.goto('/#/assessments');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ปีงบประมาณ พ.ศ. 2566');
  const scores = [95, 99.65, 100, 98.33, 90, 93, 92, 91, 100, 95];
  const csv = ['ปีงบประมาณ,ตัวชี้วัด,คะแนน', ...scores.map((s, i) => `2566,${i + 1},${s}`)].join('\r\n');
  await page.getByLabel('เลือกไฟล์คะแนนของปี 2566').setInputFiles({ name: 'ita-2566.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'บันทึกทั้ง 10 แถว' }).click();
  await expect(page.getByText('บันทึกคะแนนจากไฟล์ ita-2566.csv แล้ว 10 แถว')).toBeVisible();
}

const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

test.describe('the meeting screen from the back of the room', () => {
  test.slow();

  test('the check itself finds small, faint, clipped and sparse slides', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#/meeting?interval=600&slides=gaps');
    await expect(heading(page)).toHaveText('สิ่งที่ยังไม่มีมาตรการรองรับ');
    await settled(page);
    await page.evaluate(() => {
      const slide = document.querySelector('.slide');
      const faint = document.createElement('p');
      // 26 px is 39 at 1080 lines: under the body's 40.
      faint.style.cssText = 'font-size: 26px; color: #64748b';
      faint.textContent = 'เล็กและจาง';
      const box = document.createElement('div');
      box.style.cssText = 'overflow: hidden; height: 10px; font-size: 40px';
      box.textContent = 'ล้นกรอบ';
      // A label drawn below its drawing's 100 px: the svg cuts it, and no overflow shows it.
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('width', '300');
      svg.setAttribute('height', '100');
      const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      label.setAttribute('y', '160');
      label.setAttribute('fill', '#ffffff');
      label.setAttribute('font-size', '40');
      label.textContent = 'ใต้กราฟ';
      svg.append(label);
      slide?.append(faint, box, svg);
      for (const panel of Array.from(document.querySelectorAll<HTMLElement>('.panel'))) panel.style.background = 'transparent';
    });
    const found = await inspect(page);
    expect(found.small).toEqual(['"เล็กและจาง" 26.0px < 26.7px']);
    expect(found.contrast).toEqual([expect.stringMatching(/^"เล็กและจาง" \d\.\d\d:1$/)]);
    expect(found.overflow).toEqual([expect.stringMatching(/^div\. \d+ > 10 high$/)]);
    expect(found.clipped).toEqual([expect.stringMatching(/^"ล้นกรอบ" past div's bottom by \d+$/), expect.stringMatching(/^"ใต้กราฟ" past its svg's bottom by \d+$/)]);
    expect(found.coverage).toBeLessThan(0.6);
  });

  test('every slide of the seed’s year is large, 7:1, whole, and fills the screen', async ({ page }) => {
    // And at 3840×2160, where text laid out in fixed pixels would be cut the most.
    for (const screen of [...SCREENS, { width: 3840, height: 2160 }]) {
      await page.setViewportSize(screen);
      const seen = await walk(page);
      expect(seen).toContain('คะแนนรายตัวชี้วัด ปี 2565');
      expect(seen).toContain('ความคืบหน้าตลอดปีงบประมาณ 2566 (มาตรการจากผลประเมินปี 2565)');
    }
  });

  test('a new fiscal year: the newest result, the trend, and 2565’s measures still running, each labelled', async ({ page }) => {
    // News for the progress slide: an update to a 2565 measure, today.
    await page.goto('/#/measures/msr-plan-1');
    const form = page.getByRole('region', { name: 'บันทึกความคืบหน้า' });
    await form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill('40');
    await form.getByLabel('ผลการดำเนินงาน').fill('จัดอบรมบุคลากร 25 คนแล้ว');
    await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
    await expect(form.getByRole('status')).toContainText('บันทึกความคืบหน้าร้อยละ 40 แล้ว');

    await page.goto('/#/assessments');
    await expect(page.getByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' })).toHaveValue('2566');
    await page.getByRole('button', { name: 'เริ่มปีใหม่' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผลการประเมิน ปีงบประมาณ พ.ศ. 2566');

    // Started, with no result and no measures yet: 2565's result, and its measures still running.
    await page.setViewportSize(SCREENS[0] as { width: number; height: number });
    await page.goto('/#/meeting?interval=600&slides=result,late');
    await expect(heading(page)).toHaveText('ผลการประเมิน ITA ปี 2565');
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText(/^มาตรการที่ล่าช้าหรือเสี่ยง/);
    await expect(page.getByText('ปี 2566 ยังไม่มีมาตรการ: ติดตามมาตรการที่ยังไม่เสร็จจากปีก่อน')).toBeVisible();
    const rows = page.locator('.slide-rows > li');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row.locator('.year-tag')).toHaveText('ปี 2565');

    // Its result arrives: the score slides show 2566 and the trend through both years.
    await addResult2566(page);

    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      const seen = await walk(page);
      expect(seen).toContain('ผลการประเมิน ITA ปี 2566');
      expect(seen).toContain('ผลการประเมินย้อนหลัง');
      expect(seen).toContain('มาตรการจากปี 2565 ที่ยังไม่เสร็จ 9 มาตรการ');
      // 2565's measures run in fiscal 2566: their year's course stays while 2566 has none.
      expect(seen).toContain('ความคืบหน้าตลอดปีงบประมาณ 2566 (มาตรการจากผลประเมินปี 2565)');
      expect(seen).toContainEqual(expect.stringMatching(/^ความคืบหน้าที่รายงานตั้งแต่/));
    }
    await page.goto('/#/meeting?interval=600&slides=progress');
    await expect(heading(page)).toHaveText(/^ความคืบหน้าที่รายงานตั้งแต่/);
    await expect(page.locator('.slide-rows > li')).toHaveCount(1);
    await expect(page.locator('.slide-rows > li .year-tag')).toHaveText('ปี 2565');
    await expect(page.locator('.slide-rows > li')).toContainText('40% · กำลังดำเนินการ');
    // measures= picks a year explicitly: 2565's own measures, with no year labels.
    await page.goto('/#/meeting?interval=600&slides=health&measures=2565');
    await expect(heading(page)).toHaveText('สถานะมาตรการ 9 มาตรการ');
  });

  // The trend chart lays its meeting variant out from the rendered text size (40 px at 1080
  // lines, 80 at 2160): band labels, year ticks and value labels stay inside its drawing.
  test('the trend slide’s text lies inside its drawing', async ({ page }) => {
    await page.goto('/#/assessments');
    await page.getByRole('button', { name: 'เริ่มปีใหม่' }).click();
    await addResult2566(page);
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      await page.goto('/#/meeting?interval=600&slides=trend');
      await expect(heading(page)).toHaveText(TREND);
      await settled(page);
      expect((await inspect(page)).clipped).toEqual([]);
    }
  });
});
