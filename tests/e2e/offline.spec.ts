import { expect, test, type Page } from '@playwright/test';
import { preview } from 'vite';
import { openSettings, setImprovementMark } from './support';

// Its own server for the production build, so the test can take it away: offline means no
// server at all, not only a browser told it is offline.
test('after one visit in browser-storage mode, every screen opens and progress saves with the server gone', async ({ browser }) => {
  const server = await preview({ preview: { port: 0, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/#/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('2565');
    // The worker keeps every file once installed, and serves this page from then on.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await server.close();
    await context.setOffline(true);
    const failed: string[] = [];
    // A request cut short because the test moved on (ERR_ABORTED) is not one that found no server.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${request.failure()?.errorText}`);
    });

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('2565');
    // Screens never opened while online: their chunks were kept when the worker installed.
    for (const [hash, heading] of [
      ['#/measures', 'มาตรการ ปีงบประมาณ พ.ศ. 2565'],
      ['#/assessments', 'ผลการประเมิน'],
      ['#/reports', 'รายงาน'],
      ['#/settings', 'ตั้งค่า'],
      ['#/measures/new', 'เพิ่มมาตรการ'],
      ['#/assessments/framework?year=2565', 'เกณฑ์การประเมิน ปีงบประมาณ พ.ศ. 2565'],
    ] as const) {
      await page.goto(`${origin}/${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    }
    await page.goto(`${origin}/#/meeting`);
    await expect(page.getByRole('heading').first()).toBeVisible();

    // A deep link opened cold, and a change saved: the data lives on this device.
    await page.goto(`${origin}/#/measures/msr-plan-3`);
    await page.reload();
    const form = page.getByRole('region', { name: 'บันทึกความคืบหน้า' });
    await form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill('55');
    await form.getByLabel('ผลการดำเนินงาน').fill('บันทึกขณะไม่มีอินเทอร์เน็ต');
    await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
    await expect(form.getByRole('status')).toContainText('บันทึกความคืบหน้าร้อยละ 55 แล้ว');
    await page.reload();
    await expect(page.getByRole('region', { name: 'ประวัติความคืบหน้า' })).toContainText('บันทึกขณะไม่มีอินเทอร์เน็ต');
    expect(failed).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the mocked API takes the page over from the offline worker, and gives it back on the switch to browser storage', async ({ page }) => {
  const controller = () => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL.replace(location.origin, '') ?? null);
  await page.goto('/#/');
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js') ?? false, null, { timeout: 20_000 });
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/')) apiCalls.push(new URL(request.url()).pathname);
  });

  await switchSource(page, 'API จำลองในเบราว์เซอร์ (สำหรับสาธิตและทดสอบ)');
  await expect(page.getByRole('region', { name: 'แหล่งข้อมูล' })).toContainText('ขณะนี้ใช้: API จำลองในเบราว์เซอร์');
  await setImprovementMark(page, '88');
  await expect(page.getByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' }).getByRole('status')).toHaveText('บันทึกแล้ว');
  expect(apiCalls).toContain('/api/v1/settings');
  expect(await controller()).toBe('/mockServiceWorker.js');

  await switchSource(page, 'เก็บในเบราว์เซอร์นี้ (ไม่ต้องมีเซิร์ฟเวอร์)');
  await expect(page.getByRole('region', { name: 'แหล่งข้อมูล' })).toContainText('ขณะนี้ใช้: เก็บในเบราว์เซอร์นี้');
  // Without waiting for this tab to close: offline works again from this visit.
  await expect.poll(controller, { timeout: 20_000 }).toBe('/sw.js');
});

async function switchSource(page: Page, label: string) {
  await openSettings(page);
  const source = page.getByRole('region', { name: 'แหล่งข้อมูล' });
  await source.getByRole('radio', { name: label }).check();
  await source.getByRole('button', { name: 'เปลี่ยนแหล่งข้อมูลและโหลดใหม่' }).click();
}
