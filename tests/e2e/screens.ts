import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { readToTheEnd, type Lang } from './support';

// Issue 24: every route and every form state a button reaches, as screens.spec opens them (once
// each, for its axe, layout and English checks), at a phone's and a laptop's width.

/** Every route as it first opens. */
export const ROUTES = [
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

/** A phone's screen and a laptop's. */
export const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
] as const;

// The words the form states click and fill, in both languages, as the catalogs say them (the
// feature catalogs import React, which this project's e2e typecheck does not compile).
const WORDS = {
  'newMeasure.save': ['บันทึกมาตรการ', 'Save the measure'],
  'measure.edit': ['แก้ไขมาตรการ', 'Edit measure'],
  'measure.editHeading': ['แก้ไขมาตรการ', 'Edit measure'],
  'measure.title': ['ชื่อมาตรการ', 'Title'],
  'measure.followUp': ['การติดตามผล', 'Follow-up'],
  'findings.add': ['เพิ่มข้อบกพร่อง', 'Add a finding'],
  'findings.save': ['บันทึกข้อบกพร่อง', 'Save the finding'],
  'import.file': ['เลือกไฟล์คะแนนของปี {year}', 'Choose a file of scores for {year}'],
  'import.previewCaption': ['ตัวอย่างข้อมูลจากไฟล์ {file}: {good} แถวถูกต้อง {bad} แถวมีปัญหา', 'What {file} holds: {good} rows good, {bad} rows with problems'],
  'settings.backup.heading': ['สำรองข้อมูล', 'Back up'],
  'settings.backup.export': ['ดาวน์โหลดไฟล์สำรองข้อมูล', 'Download a backup file'],
  'settings.restore.heading': ['กู้คืนข้อมูลจากไฟล์สำรอง', 'Restore from a backup'],
  'settings.restore.file': ['เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)', 'Choose a backup file (.json or .zip)'],
  'settings.restore.confirm': ['แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้', 'Replace the current data with this file'],
  'common.save': ['บันทึก', 'Save'],
  'whatIf.heading': ['ทดลองเปลี่ยนคะแนน', 'What if'],
  'framework.weight': ['น้ำหนัก (คะแนน)', 'Weight (points)'],
  'framework.save': ['บันทึกเกณฑ์ของปี {year}', 'Save the {year} framework'],
} as const;
type Key = keyof typeof WORDS;

/** A catalog's words in a language, its {placeholders} matching anything: what a locator takes. */
function words(lang: Lang, key: Key, exact = true): RegExp {
  const text: string = WORDS[key][lang === 'th' ? 0 : 1];
  const pattern = text
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+?');
  return new RegExp(exact ? `^${pattern}$` : pattern);
}

export function routeUrl(route: string, lang: Lang): string {
  return lang === 'th' ? `/#${route}` : `/#${route}${route.includes('?') ? '&' : '?'}lang=en`;
}

/**
 * Opens a route and waits until it has drawn its data, read down to its foot so the sections
 * that load near the screen (the dashboard's charts) are there too: checks must see what a
 * person reads. Leaves the page scrolled back to its top.
 */
export async function openRoute(page: Page, route: string, lang: Lang) {
  await page.goto(routeUrl(route, lang));
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('.loading')).toHaveCount(0);
  await readToTheEnd(page);
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.evaluate(() => scrollTo(0, 0));
}

/**
 * A form state a button reaches: `open` brings it up on a page of the test's context and returns
 * the page that shows it, with any text the test typed or chose from a file (the reader's own
 * words, which english.spec lets be Thai). `shows` fails unless the page shows the state in that
 * language: `open` ends with it, and it proves the state outlived a change of language.
 */
export interface FormState {
  name: string;
  open(page: Page, lang: Lang): Promise<{ page: Page; typed: string[] }>;
  shows(page: Page, lang: Lang): Promise<void>;
}

/**
 * Turns the page's language as the header's language button does (a change of the URL's
 * `lang`, without a new load): the screen keeps what it holds, in the other language.
 */
export async function switchLanguage(page: Page, lang: Lang) {
  const hash = new URL(page.url()).hash.slice(1);
  const [path = '/', query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  params.delete('lang');
  const url = routeUrl(`${path}${params.size > 0 ? `?${params.toString()}` : ''}`, lang);
  await page.evaluate((to) => {
    location.hash = to.slice(to.indexOf('#') + 1);
  }, url);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('.loading')).toHaveCount(0);
}

const IMPORT_FIXTURE = fileURLToPath(new URL('../fixtures/import/indicators-utf8-bom-comma-titles-total.csv', import.meta.url));

const CONFLICT_THEIRS = 'รายงานทุกเดือนในที่ประชุมหัวหน้าส่วนราชการ';
const CONFLICT_MINE = 'มาตรการจัดซื้อจัดจ้างโปร่งใส (ฉบับปรับปรุง)';

export const FORM_STATES: FormState[] = [
  {
    name: 'new measure, refused for its empty title',
    async open(page, lang) {
      await openRoute(page, '/measures/new', lang);
      await page.getByRole('button', { name: words(lang, 'newMeasure.save') }).click();
      await this.shows(page, lang);
      return { page, typed: [] };
    },
    async shows(page, lang) {
      await expect(page.getByRole('button', { name: words(lang, 'newMeasure.save') })).toBeVisible();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },
  {
    name: 'what-if with a score it cannot read',
    async open(page, lang) {
      await openRoute(page, '/', lang);
      const form = page.getByRole('form', { name: words(lang, 'whatIf.heading') });
      await expect
        .poll(async () => {
          await readToTheEnd(page);
          return form.count();
        }, { timeout: 20_000 })
        .toBe(1);
      await form.getByRole('textbox').first().fill('abc');
      await this.shows(page, lang);
      await form.scrollIntoViewIfNeeded();
      return { page, typed: ['abc'] };
    },
    async shows(page, lang) {
      const form = page.getByRole('form', { name: words(lang, 'whatIf.heading') });
      await expect(form.getByRole('textbox').first()).toHaveValue('abc');
      await expect(form.locator('[aria-invalid="true"]')).toHaveCount(1);
    },
  },
  {
    name: 'edit measure',
    async open(page, lang) {
      await openRoute(page, '/measures/msr-plan-3', lang);
      await page.getByRole('button', { name: words(lang, 'measure.edit') }).click();
      await this.shows(page, lang);
      return { page, typed: [] };
    },
    async shows(page, lang) {
      await expect(page.getByRole('heading', { level: 2, name: words(lang, 'measure.editHeading') })).toBeVisible();
      await expect(page.getByLabel(words(lang, 'measure.title'))).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
    },
  },
  {
    name: 'add finding, refused for its empty title',
    async open(page, lang) {
      await openRoute(page, '/assessments', lang);
      const form = page.getByRole('form', { name: words(lang, 'findings.add') });
      await form.getByRole('button', { name: words(lang, 'findings.save') }).click();
      await this.shows(page, lang);
      return { page, typed: [] };
    },
    async shows(page, lang) {
      await expect(page.getByRole('form', { name: words(lang, 'findings.add') }).locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },
  {
    name: 'import preview',
    async open(page, lang) {
      await openRoute(page, '/assessments', lang);
      await page.getByLabel(words(lang, 'import.file')).setInputFiles(IMPORT_FIXTURE);
      await this.shows(page, lang);
      const cells = (await readFile(IMPORT_FIXTURE, 'utf8')).split(/[\r\n,"]+/);
      return { page, typed: ['indicators-utf8-bom-comma-titles-total.csv', ...cells] };
    },
    async shows(page, lang) {
      await expect(page.getByRole('table', { name: words(lang, 'import.previewCaption', false) })).toBeVisible();
    },
  },
  {
    name: 'restore preview',
    async open(page, lang) {
      await openRoute(page, '/settings', lang);
      const download = page.waitForEvent('download');
      await page.getByRole('region', { name: words(lang, 'settings.backup.heading') }).getByRole('button', { name: words(lang, 'settings.backup.export') }).click();
      const file = await download;
      const region = page.getByRole('region', { name: words(lang, 'settings.restore.heading') });
      await region.getByLabel(words(lang, 'settings.restore.file')).setInputFiles({
        name: file.suggestedFilename(),
        mimeType: 'application/json',
        buffer: await readFile(await file.path()),
      });
      await this.shows(page, lang);
      return { page, typed: [file.suggestedFilename()] };
    },
    async shows(page, lang) {
      const region = page.getByRole('region', { name: words(lang, 'settings.restore.heading') });
      await expect(region.getByRole('button', { name: words(lang, 'settings.restore.confirm') })).toBeVisible();
    },
  },
  {
    // The domain's rules refuse by code (weights that do not add up): the editor words them.
    name: 'framework editor, refused by its rules',
    async open(page, lang) {
      await openRoute(page, '/assessments/framework?year=2565', lang);
      await page.getByLabel(words(lang, 'framework.weight')).first().fill('31');
      await page.getByRole('button', { name: words(lang, 'framework.save') }).click();
      await this.shows(page, lang);
      return { page, typed: ['31'] };
    },
    async shows(page, lang) {
      await expect(page.getByRole('button', { name: words(lang, 'framework.save') })).toBeVisible();
      await expect(page.getByLabel(words(lang, 'framework.weight')).first()).toHaveValue('31');
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    },
  },
  {
    // A backup with a damaged record: the refusal names the record and the field in words.
    name: 'restore refused for a damaged record',
    async open(page, lang) {
      await openRoute(page, '/settings', lang);
      const download = page.waitForEvent('download');
      await page.getByRole('region', { name: words(lang, 'settings.backup.heading') }).getByRole('button', { name: words(lang, 'settings.backup.export') }).click();
      const file = await download;
      const backup = JSON.parse(await readFile(await file.path(), 'utf8')) as { data: { measures: { title: string }[] } };
      const measure = backup.data.measures[2];
      if (!measure) throw new Error('the seed has fewer than three measures');
      measure.title = '';
      const region = page.getByRole('region', { name: words(lang, 'settings.restore.heading') });
      await region.getByLabel(words(lang, 'settings.restore.file')).setInputFiles({
        name: 'damaged.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(backup)),
      });
      await this.shows(page, lang);
      return { page, typed: ['damaged.json'] };
    },
    async shows(page, lang) {
      const region = page.getByRole('region', { name: words(lang, 'settings.restore.heading') });
      await expect(region.getByRole('alert')).toBeVisible();
      await expect(region.getByRole('button', { name: words(lang, 'settings.restore.confirm') })).toHaveCount(0);
    },
  },
  {
    name: 'conflict notice',
    async open(page, lang) {
      const other = await page.context().newPage();
      for (const tab of [other, page]) {
        // A tab behind another gets almost no animation frames: reading down its page took ~10 s.
        await tab.bringToFront();
        await openRoute(tab, '/measures/msr-plan-3', lang);
        await tab.getByRole('button', { name: words(lang, 'measure.edit') }).click();
      }
      const theirs = CONFLICT_THEIRS;
      const mine = CONFLICT_MINE;
      await other.getByLabel(words(lang, 'measure.followUp')).fill(theirs);
      await other.getByRole('button', { name: words(lang, 'common.save') }).click();
      await expect(other.getByRole('button', { name: words(lang, 'measure.edit') })).toBeVisible();
      await other.close();
      await page.getByLabel(words(lang, 'measure.title')).fill(mine);
      await page.getByRole('button', { name: words(lang, 'common.save') }).click();
      await this.shows(page, lang);
      return { page, typed: [theirs, mine] };
    },
    async shows(page, lang) {
      await expect(page.getByLabel(words(lang, 'measure.title'))).toHaveValue(CONFLICT_MINE);
      await expect(page.getByRole('alert').filter({ hasText: CONFLICT_THEIRS })).toBeVisible();
    },
  },
];

/** Opens every <details>, so what a click shows is checked too. */
export async function openAllDetails(page: Page) {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/** Attaches the whole page as it looks, for a failure to be seen rather than imagined. */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}
