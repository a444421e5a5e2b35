import { expect, test, type Page } from '@playwright/test';
import { definitionOf, readToTheEnd } from './support';

/**
 * Opens the new-measure form of the 2565 plan and fills all but the timeframe; returns the
 * timeframe field, whose description carries the live reading of what is typed.
 */
async function newMeasure(page: Page, title: string) {
  await page.goto('/#/measures/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เพิ่มมาตรการ ปีงบประมาณ พ.ศ. 2565');
  await page.getByLabel('ชื่อมาตรการ').fill(title);
  await page.getByLabel('วิธีการดำเนินการ').fill('จัดทำคำสั่งมอบหมายงาน\nรายงานผลต่อผู้บริหาร');
  await page.getByRole('checkbox', { name: 'สำนักปลัดเทศบาล' }).check();
  return page.getByRole('textbox', { name: 'ระยะเวลาดำเนินการ' });
}

async function save(page: Page, title: string) {
  await page.getByRole('button', { name: 'บันทึกมาตรการ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return definitionOf(page, 'ระยะเวลาดำเนินการ');
}

test('the planning officer writes a deadline, “ภายใน 30 ก.ย. 67”: the form reads it as a deadline, and the measure shows it after saving', async ({ page }) => {
  const title = 'จัดทำคู่มือการปฏิบัติงานด้านการจัดซื้อจัดจ้าง';
  const timeframe = await newMeasure(page, title);
  await expect(timeframe).toHaveAccessibleDescription('เช่น ต.ค.65-ธ.ค.66 หรือ ม.ค.–มี.ค. 66');
  await timeframe.fill('ภายใน 30 ก.ย. 67');
  await expect(timeframe).toHaveAccessibleDescription('อ่านได้ว่า ภายใน 30 ก.ย. 2567');
  const shown = await save(page, title);
  await expect(shown).toHaveText('ภายใน 30 ก.ย. 67 (ภายใน 30 ก.ย. 2567)');
  await page.reload();
  await expect(definitionOf(page, 'ระยะเวลาดำเนินการ')).toHaveText('ภายใน 30 ก.ย. 67 (ภายใน 30 ก.ย. 2567)');
});

test('months with no year, “ต.ค.–ธ.ค.”, are read in the plan’s fiscal year and say so, in the form and on the measure', async ({ page }) => {
  const title = 'ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริต';
  const timeframe = await newMeasure(page, title);
  await timeframe.fill('ต.ค.–ธ.ค.');
  // The seed's 2565 plan runs in fiscal year 2566, whose October to December fall in 2565.
  await expect(timeframe).toHaveAccessibleDescription('อ่านได้ว่า ต.ค. 2565 – ธ.ค. 2565 · อ่านตามปีงบประมาณ 2566 ของแผนมาตรการ');
  const shown = await save(page, title);
  await expect(shown).toHaveText('ต.ค.–ธ.ค. (ต.ค. 2565 – ธ.ค. 2565) อ่านตามปีงบประมาณ 2566 ของแผนมาตรการ');
});

test('a range of days shows to the day, and a day that does not exist, “31 เม.ย. 2567”, is refused quoting the text', async ({ page }) => {
  const title = 'อบรมคณะกรรมการตรวจรับพัสดุ';
  const timeframe = await newMeasure(page, title);
  await timeframe.fill('31 เม.ย. 2567');
  await expect(timeframe).toHaveAccessibleDescription('ระยะเวลา "31 เม.ย. 2567" มีวันที่ที่ไม่มีจริง: เดือนเมษายนมีไม่เกิน 30 วัน ไม่มีวันที่ 31');
  await timeframe.fill('ระหว่างวันที่ 15 พฤศจิกายน 2566 ถึง 15 ธันวาคม 2566');
  await expect(timeframe).toHaveAccessibleDescription('อ่านได้ว่า 15 พ.ย. 2566 – 15 ธ.ค. 2566');
  const shown = await save(page, title);
  await expect(shown).toHaveText('ระหว่างวันที่ 15 พฤศจิกายน 2566 ถึง 15 ธันวาคม 2566 (15 พ.ย. 2566 – 15 ธ.ค. 2566)');
});

const PARSER = /\/assets\/timeframe-[\w-]+\.js$/;

/**
 * The parser's files a visit ran, by V8's coverage: a file the page only preloads is fetched
 * and compiled but never run, and coverage lists only what ran.
 */
async function parserRun(page: Page, visit: () => Promise<void>): Promise<{ ran: string[]; all: string[] }> {
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await visit();
  const all = (await page.coverage.stopJSCoverage()).map((c) => new URL(c.url).pathname);
  return { ran: all.filter((path) => PARSER.test(path)), all };
}

test('a return visit to the dashboard does not run the timeframe parser, and requests it only as the seed’s first-visit preload', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
  });
  const dashboardReady = async () => {
    await expect(page.getByRole('figure', { name: /^กราฟแท่งคะแนนตัวชี้วัด/ }).getByRole('link')).toHaveCount(10);
    await expect(page.getByRole('region', { name: 'มาตรการโดยสรุป' })).toBeVisible();
    await readToTheEnd(page);
    await expect(page.locator('.loading')).toHaveCount(0);
  };
  // The first visit fills the browser's store from the seed, which reads the seed's timeframes.
  const first = await parserRun(page, async () => {
    await page.goto('/');
    await dashboardReady();
  });
  expect(first.ran).toHaveLength(1);

  requested.length = 0;
  const again = await parserRun(page, async () => {
    await page.reload();
    await dashboardReady();
  });
  // Coverage saw this visit's own code (so an empty list below means something) …
  expect(again.all.some((path) => /\/assets\/DashboardMore-[\w-]+\.js$/.test(path))).toBe(true);
  // … and the parser did not run.
  expect(again.ran).toEqual([]);
  // The app did not import it either: the only request for its code is index.html's preload of
  // the seed and what the seed imports, marked for first visits (see build/preloadAppStart.ts).
  const preloads = await page.locator('link[rel="modulepreload"][data-first-visit]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  for (const path of requested.filter((p) => PARSER.test(p))) expect(preloads, `${path} requested on a return visit`).toContain(path);
});
