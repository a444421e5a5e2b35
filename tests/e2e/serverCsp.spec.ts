import { expect, test, type Page } from '@playwright/test';
import { SERVER_URL } from '../../playwright.config';

// The production build from the agency's server under its Content-Security-Policy, in a real
// browser: the inlined start-up script and styles run by their hashes, and no screen does
// anything the policy refuses (an inline style attribute, a script or a font from elsewhere).
const PASSWORD = 'รหัสผ่านทดสอบ-2565';
// ITA_E2E_SERVER_URL: the server started by hand on a build of one's own (see startServer.ts).
const BASE = process.env.ITA_E2E_SERVER_URL ?? SERVER_URL;
test.use({ baseURL: BASE });

/** Every refusal the page reports, as an event or on the console. */
async function watchPolicy(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refused.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportViolation', (text: string) => refused.push(text));
  // Added by the browser's debugger, which the policy does not govern: it sees every refusal from the first.
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => void (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      true,
    );
  });
  return refused;
}

const SCREENS: [string, RegExp | string][] = [
  ['/#/', 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565'],
  ['/#/measures', /มาตรการ/],
  ['/#/measures/msr-plan-3', /\S/],
  ['/#/assessments', /ผลการประเมิน/],
  ['/#/assessments/framework?year=2565', /เกณฑ์/],
  ['/#/reports', /รายงาน/],
  ['/#/settings', 'ตั้งค่า'],
  ['/#/accounts', 'จัดการบัญชีผู้ใช้'],
];

test('serves the app under a policy of its own origin, and no screen breaks it', async ({ page }) => {
  const refused = await watchPolicy(page);
  // The inline start-up script runs on every load (a refusal of it is reported like any other).
  const response = await page.goto('/#/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toContain('unsafe-inline');
  await page.getByLabel('ชื่อผู้ใช้').fill('planner');
  await page.getByLabel('รหัสผ่าน').fill(PASSWORD);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  for (const [path, heading] of SCREENS) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('กำลังเปิดข้อมูล')).toHaveCount(0);
  }
  // The meeting room's slides (inline widths and animations set by React) and the what-if's inputs.
  await page.goto('/#/meeting?slides=result,indicators,health&interval=5');
  await expect(page.getByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(refused).toEqual([]);
});
