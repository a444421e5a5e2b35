import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations } from './support';

// Each row's first words (its title) and last words (the end of its last step): a row split
// across two pages would have them on different pages.
const MEASURES = [
  { title: 'การสร้างมาตรฐานป้องกันการรับสินบน', timeframe: 'ต.ค.65-ธ.ค.66', unit: 'สำนักปลัดเทศบาล', end: 'รายงานเสนอนายกเทศบาลตำบลพอกน้อยทราบ' },
  { title: 'การสร้างฐานความคิดการแยกแยะประโยชน์', timeframe: 'ม.ค.–มี.ค. 66', unit: 'สำนักปลัดเทศบาล', end: 'จัดคู่มือแนวปฏิบัติในการใช้ทรัพย์สินของราชการ' },
  { title: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง', timeframe: 'ม.ค.-ส.ค.66', unit: 'กองคลัง', end: 'ทำหนังสือเชิญคณะกรรมการตรวจงานจ้างให้เข้าร่วมอบรม' },
];
const LAST_MEASURE = 'ดำเนินการหรือกิจกรรมการมีส่วนร่วมของผู้บริหารสูงสุด';

interface Printed {
  /** Each page's text. */
  pages: string[];
  /** How far down each page's text area (inside the margins) its last line reaches, 0–1. */
  fills: number[];
}

/** Prints the page to PDF as Chromium's print dialog would, and reads each page's text back. */
async function printedPages(page: Page): Promise<Printed> {
  await page.evaluate(() => document.fonts.ready);
  const dir = mkdtempSync(join(tmpdir(), 'ita-report-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  const pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']).toString());
  return { pages, fills: pageFills(execFileSync('pdftotext', ['-bbox', file, '-']).toString()) };
}

/**
 * Each page's fill from pdftotext's word boxes: where its lowest word ends within print.css's
 * text area (2.5 cm from the top, 2 cm from the bottom; the page number below it is left out).
 */
function pageFills(bbox: string): number[] {
  return [...bbox.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, h, words = '']) => {
    const cm = Number(h) / 29.7;
    const top = 2.5 * cm;
    const bottom = Number(h) - 2 * cm;
    const ends = [...words.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y <= bottom + 1);
    return Math.max(0, ...ends.map((y) => (y - top) / (bottom - top)));
  });
}

/**
 * Pagination as Thai official documents have it: a long row splits rather than leaving a page's
 * foot empty, so no page but the last is under half full, and page 1 — which whole rows left
 * 40 % (measures) and 60 % (progress) blank — is nearly full.
 */
function expectPagesFilled(fills: number[]) {
  fills.slice(0, -1).forEach((fill, i) => expect(fill, `page ${i + 1} filled`).toBeGreaterThanOrEqual(0.5));
  expect(fills[0], 'page 1 filled').toBeGreaterThanOrEqual(0.75);
}

/** The title's lines on page 1 break only between its phrases ('…โปร่งใส ประจำ / ปีงบประมาณ' would not). */
function expectTitleBrokenBetween(page: string, phrases: string[]) {
  const ends = (parts: string[]) => parts.reduce<number[]>((at, part) => [...at, (at.at(-1) ?? 0) + squash(part).length], []);
  const total = squash(phrases.join('')).length;
  const lineEnds = ends(page.split('\n').filter((line) => squash(line))).filter((end) => end <= total);
  expect(lineEnds.at(-1), 'the title is page 1’s first lines').toBe(total);
  const phraseEnds = ends(phrases);
  for (const end of lineEnds) expect(phraseEnds, `a line of the title ends at character ${end}`).toContain(end);
}

// pdftotext reads a table cell by cell, wraps a cell's words over lines and drops a hyphen that
// ends a line: compare without spaces or dashes.
const squash = (text: string) => text.replace(/[\s\-–]+/g, '');

/**
 * Whether `needle` is on the page though its lines may be interleaved with the lines of the
 * cells beside it (pdftotext reads side-by-side cells line by line): its characters in order,
 * all within a stretch eight times its length.
 */
function onPage(page: string, needle: string): boolean {
  const text = squash(page);
  const want = squash(needle);
  for (let start = text.indexOf(want[0] ?? ''); start >= 0; start = text.indexOf(want[0] ?? '', start + 1)) {
    let at = start;
    let found = 0;
    while (found < want.length && at < text.length && at - start < want.length * 8) {
      if (text[at] === want[found]) found += 1;
      at += 1;
    }
    if (found === want.length) return true;
  }
  return false;
}

test('the measures document prints on A4 as official documents do: rows split under a repeated header, signatures whole, Thai page numbers', async ({ page }) => {
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('รายงาน ปีงบประมาณ พ.ศ. 2565');
  await page.getByLabel('ผู้รับผิดชอบ (ชื่อ-สกุล)').fill('นางสาวสมใจ ใจดี');
  await page.getByLabel('ผู้บริหาร (ชื่อ-สกุล)').fill('นายสมชาย รักดี');
  await expectNoAxeViolations(page);

  const { pages, fills } = await printedPages(page);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages.length).toBeLessThanOrEqual(12);
  expectPagesFilled(fills);
  expectTitleBrokenBetween(pages[0] ?? '', ['มาตรการ', 'ส่งเสริมคุณธรรมและความโปร่งใส ', 'ประจำปีงบประมาณ พ.ศ. 2565']);
  const all = squash(pages.join('\n'));
  expect(all).toContain(squash('เทศบาลตำบลพอกน้อย อำเภอพรรณานิคม จังหวัดสกลนคร'));
  for (const m of MEASURES) {
    // A row starts with its title, unit and timeframe on one page; its end may be on the next.
    const on = pages.findIndex((p) => onPage(p, m.title));
    expect(on, m.title).toBeGreaterThanOrEqual(0);
    expect(onPage(pages[on] ?? '', m.timeframe), `${m.title}: ${m.timeframe}`).toBe(true);
    expect(onPage(pages[on] ?? '', m.unit), `${m.title}: ${m.unit}`).toBe(true);
    expect(pages.findIndex((p) => onPage(p, m.end)), `${m.title}: its end`).toBeGreaterThanOrEqual(on);
  }
  // The table runs over more than one page, and its header is repeated on every one of them
  // (from the last page the first title is on: part 1 may quote it).
  const first = pages.findLastIndex((p) => onPage(p, MEASURES[0]?.title ?? ''));
  const last = pages.findLastIndex((p) => onPage(p, LAST_MEASURE));
  expect(last).toBeGreaterThan(first);
  for (let i = first; i <= last; i += 1) expect(squash(pages[i] ?? ''), `header on page ${i + 1}`).toContain('วิธีการดำเนินการ');
  // The signature block is whole on one page, and not alone there: the last lines before it
  // came along.
  const signed = pages.findIndex((p) => squash(p).includes(squash('(นางสาวสมใจ ใจดี)')));
  for (const part of ['ผู้จัดทำ', '(นายสมชาย รักดี)', 'ผู้อนุมัติ']) expect(squash(pages[signed] ?? ''), part).toContain(squash(part));
  expect((pages[signed] ?? '').match(/ตำแหน่ง/g)).toHaveLength(2);
  expect(onPage(pages[signed] ?? '', 'หน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2565')).toBe(true);
  // Page numbers in Thai numerals, one per page.
  pages.forEach((p, i) => expect(p).toContain(String(i + 1).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)] ?? d)));
});

test('page numbers can be Arabic, and the choice stays in the URL', async ({ page }) => {
  await page.goto('/#/reports');
  await page.getByRole('radio', { name: 'เลขอารบิก (1 2 3)' }).click();
  await expect(page).toHaveURL(/numerals=arabic/);
  await expect(page.getByRole('radio', { name: 'เลขอารบิก (1 2 3)' })).toBeChecked();
  const { pages } = await printedPages(page);
  expect(pages.join('')).not.toMatch(/[๐-๙]/);
  expect(pages[1]).toMatch(/^\s*2\s*$/m);
});

test('the measures document downloads as a Word file, its writer loaded only when asked for', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/#/reports');
  await page.getByLabel('ผู้บริหาร (ชื่อ-สกุล)').fill('นายสมชาย รักดี');
  await expect(page.getByRole('article')).toBeVisible();
  const before = scripts.length;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลดเป็นไฟล์ Word (.docx)' }).click()]);
  expect(scripts.length).toBeGreaterThan(before);
  expect(download.suggestedFilename()).toBe('ita-measures-2565.docx');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  for (const m of MEASURES) {
    expect(body).toContain(m.title);
    expect(body).toContain(m.timeframe);
  }
  expect(body).toContain('(นายสมชาย รักดี)');
  expect(body).toContain('<w:tblHeader/>');
  await expect(page.getByRole('button', { name: 'ดาวน์โหลดเป็นไฟล์ Word (.docx)' })).toBeEnabled();
});

test('the measures CSV opens in Excel with Thai: a byte-order mark and a Thai header row', async ({ page }) => {
  await page.goto('/#/reports');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลดมาตรการ (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('measures-2565.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.slice(1).split('\r\n')[0]).toBe('ลำดับ,ประเภท,มาตรการ/แนวทาง,รายละเอียด,วิธีการดำเนินการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การติดตามผล,สถานะล่าสุด,ร้อยละความคืบหน้า,วันที่รายงานล่าสุด');
  expect(text).toContain('การสร้างมาตรฐานป้องกันการรับสินบน');

  const [progress] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ดาวน์โหลดความคืบหน้าทั้งหมด (CSV)' }).click()]);
  expect(readFileSync(await progress.path(), 'utf8').slice(1).split('\r\n')[0]).toBe('วันที่,มาตรการ,ผู้รับผิดชอบ,สถานะ,ร้อยละความคืบหน้า,สิ่งที่ดำเนินการ,หลักฐาน,ผู้รายงาน');
});

test('the progress report prints what was reported in the chosen period, summed by unit', async ({ page }) => {
  await page.goto('/#/measures/msr-plan-3');
  const form = page.getByRole('region', { name: 'บันทึกความคืบหน้า' });
  await form.getByLabel('ความคืบหน้า (ร้อยละ 0–100)').fill('40');
  await form.getByLabel('ผลการดำเนินงาน').fill('จัดอบรมคณะกรรมการตรวจการจ้าง 12 คนแล้ว');
  await form.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
  await expect(form.getByRole('status')).toContainText('บันทึกความคืบหน้าร้อยละ 40 แล้ว');

  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const from = iso(new Date(today.getTime() - 30 * 86_400_000));
  // A day either side: the form dates an update by the local day, this test by UTC.
  await page.goto(`/#/reports?doc=progress&from=${from}&to=${iso(new Date(today.getTime() + 86_400_000))}`);
  const doc = page.getByRole('article', { name: /^รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส/ });
  await expect(doc.getByRole('row', { name: /^3\. การสร้างมาตรการส่งเสริมความโปร่งใส/ })).toContainText('ร้อยละ 40 จัดอบรมคณะกรรมการตรวจการจ้าง 12 คนแล้ว');
  await expectNoAxeViolations(page);

  const { pages, fills } = await printedPages(page);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(10);
  expectPagesFilled(fills);
  expectTitleBrokenBetween(pages[0] ?? '', ['รายงานผลการดำเนินการ', 'ตามมาตรการ', 'ส่งเสริมคุณธรรมและความโปร่งใส ', 'ประจำปีงบประมาณ พ.ศ. 2565']);
  const all = squash(pages.join('\n'));
  expect(all).toContain(squash('สรุปผลการดำเนินการ'));
  expect(pages.some((p) => onPage(p, 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง'))).toBe(true);
  expect(pages.some((p) => onPage(p, 'จัดอบรมคณะกรรมการตรวจการจ้าง 12 คนแล้ว'))).toBe(true);
  expect(pages.some((p) => onPage(p, 'กำลังดำเนินการ ร้อยละ 40'))).toBe(true);
  // Every page after the summary carries the measures table, its header repeated.
  expect(pages.length).toBeGreaterThanOrEqual(3);
  pages.slice(1).forEach((p, i) => expect(squash(p), `header on page ${i + 2}`).toContain('ขั้นตอนการดำเนินการ'));
});

test('the reports screen fits a 360 px phone with no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/reports?doc=progress');
  await expect(page.getByRole('article')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expectNoAxeViolations(page);
});
