import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** The value a <dt> term introduces: the <dd> that follows it. */
export function definitionOf(scope: Page | Locator, term: string): Locator {
  return scope.locator('dt').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

/**
 * axe's WCAG 2.x A and AA rules. label-content-name-mismatch (2.5.3, label in name) was
 * experimental before axe 4.14 and off unless asked for: it is asked for by name, so it runs
 * whatever axe's tags say of it.
 */
export async function expectNoAxeViolations(page: Page, lang?: Lang) {
  // Cards below the fold skip their layout (content-visibility: auto) until first shown, and a
  // skipped card's contents, measured, spill over the cards after it: axe's target-size then
  // calls links "obscured" that no reader ever sees overlap. Shown once, a card keeps its size.
  const at = await page.evaluate(() => scrollY);
  await readToTheEnd(page);
  await page.evaluate((y) => scrollTo(0, y), at);
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    lang ? `axe, ${lang === 'th' ? 'Thai' : 'English'}` : 'axe',
  ).toEqual([]);
}

/** Opens settings and waits until the store has answered, so what follows acts on real data. */
export async function openSettings(page: Page, path = '/#/settings') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'ตั้งค่า' })).toBeVisible();
  await expect(page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)')).not.toHaveValue('');
}

export async function setImprovementMark(page: Page, mark: string) {
  const field = page.getByLabel('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)');
  await field.fill(mark);
  await page.getByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' }).getByRole('button', { name: 'บันทึก' }).click();
}

/** The improvement mark the dashboard's chart legend states, e.g. 'เส้นเกณฑ์ควรปรับปรุง 88.00'. */
export function improvementLine(page: Page): Locator {
  return page.getByText(/^เส้นเกณฑ์ควรปรับปรุง /);
}

/**
 * Every control a thumb must hit that is smaller than 44 × 44 CSS px, named so a failure says
 * which. A checkbox or radio counts by its label, which takes the tap too. As WCAG 2.5.5 allows,
 * a link inside a sentence is exempt, and so is a small link whose destination a big enough link
 * on the same page also opens (a chart's bar beside its table row).
 */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44;
    const small: { text: string; href: string | null }[] = [];
    const bigLinks = new Set<string>();
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary');
    for (const control of Array.from(controls)) {
      if (control.closest('[hidden], .visually-hidden')) continue;
      const choice = control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
      const target = choice ? (control.closest('label') ?? control) : control;
      if (control.tagName === 'A' && control.parentElement?.closest('p') && control.parentElement.textContent !== control.textContent) continue;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const href = control.getAttribute('href');
      if (box.width < MIN - 0.5 || box.height < MIN - 0.5) {
        const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40) || control.id || control.tagName;
        small.push({ text: `${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`, href });
      } else if (href) bigLinks.add(href);
    }
    return small.filter((s) => s.href === null || !bigLinks.has(s.href)).map((s) => s.text);
  });
}

/**
 * Scrolls the page through to its foot, a screen at a time, as a reader would: the dashboard's
 * charts load and draw only as they come near the screen.
 */
export async function readToTheEnd(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += Math.max(200, innerHeight / 2)) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Issue 24: every route and every form state a button reaches, checked at a phone's and a
// laptop's width, for layout (layout.spec), axe (a11y.spec) and English (english.spec).

export type Lang = 'th' | 'en';

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
  'settings.restore.file': ['เลือกไฟล์สำรองข้อมูล (.json)', 'Choose a backup file (.json)'],
  'settings.restore.confirm': ['แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้', 'Replace the current data with this file'],
  'common.save': ['บันทึก', 'Save'],
  'whatIf.heading': ['ทดลองเปลี่ยนคะแนน', 'What if'],
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
 * words, which english.spec lets be Thai).
 */
export interface FormState {
  name: string;
  open(page: Page, lang: Lang): Promise<{ page: Page; typed: string[] }>;
}

const IMPORT_FIXTURE = fileURLToPath(new URL('../fixtures/import/indicators-utf8-bom-comma-titles-total.csv', import.meta.url));

export const FORM_STATES: FormState[] = [
  {
    name: 'new measure, refused for its empty title',
    async open(page, lang) {
      await openRoute(page, '/measures/new', lang);
      await page.getByRole('button', { name: words(lang, 'newMeasure.save') }).click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      return { page, typed: [] };
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
      await expect(form.locator('[aria-invalid="true"]')).toHaveCount(1);
      await form.scrollIntoViewIfNeeded();
      return { page, typed: ['abc'] };
    },
  },
  {
    name: 'edit measure',
    async open(page, lang) {
      await openRoute(page, '/measures/msr-plan-3', lang);
      await page.getByRole('button', { name: words(lang, 'measure.edit') }).click();
      await expect(page.getByRole('heading', { level: 2, name: words(lang, 'measure.editHeading') })).toBeVisible();
      await expect(page.getByLabel(words(lang, 'measure.title'))).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      return { page, typed: [] };
    },
  },
  {
    name: 'add finding, refused for its empty title',
    async open(page, lang) {
      await openRoute(page, '/assessments', lang);
      const form = page.getByRole('form', { name: words(lang, 'findings.add') });
      await form.getByRole('button', { name: words(lang, 'findings.save') }).click();
      await expect(form.locator('[aria-invalid="true"]').first()).toBeVisible();
      return { page, typed: [] };
    },
  },
  {
    name: 'import preview',
    async open(page, lang) {
      await openRoute(page, '/assessments', lang);
      await page.getByLabel(words(lang, 'import.file')).setInputFiles(IMPORT_FIXTURE);
      await expect(page.getByRole('table', { name: words(lang, 'import.previewCaption', false) })).toBeVisible();
      const cells = (await readFile(IMPORT_FIXTURE, 'utf8')).split(/[\r\n,"]+/);
      return { page, typed: ['indicators-utf8-bom-comma-titles-total.csv', ...cells] };
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
      await expect(region.getByRole('button', { name: words(lang, 'settings.restore.confirm') })).toBeVisible();
      return { page, typed: [file.suggestedFilename()] };
    },
  },
  {
    name: 'conflict notice',
    async open(page, lang) {
      const other = await page.context().newPage();
      for (const tab of [other, page]) {
        await openRoute(tab, '/measures/msr-plan-3', lang);
        await tab.getByRole('button', { name: words(lang, 'measure.edit') }).click();
      }
      const theirs = 'รายงานทุกเดือนในที่ประชุมหัวหน้าส่วนราชการ';
      const mine = 'มาตรการจัดซื้อจัดจ้างโปร่งใส (ฉบับปรับปรุง)';
      await other.getByLabel(words(lang, 'measure.followUp')).fill(theirs);
      await other.getByRole('button', { name: words(lang, 'common.save') }).click();
      await expect(other.getByRole('button', { name: words(lang, 'measure.edit') })).toBeVisible();
      await other.close();
      await page.getByLabel(words(lang, 'measure.title')).fill(mine);
      await page.getByRole('button', { name: words(lang, 'common.save') }).click();
      await expect(page.getByRole('alert').filter({ hasText: theirs })).toBeVisible();
      return { page, typed: [theirs, mine] };
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

/**
 * What breaks a screen's layout, each named by its element (tag, text, a short CSS path):
 * - a checkbox or radio wider than 32 px (issue 24 item 1: the control stretched across the row);
 * - text that wraps inside a word: each word Intl.Segmenter finds (Thai has no spaces, so its
 *   words come from the dictionary) must sit on one line, in a label or anywhere else; nor may a
 *   label's or legend's text wrap in a column under half its own width (squeezed beside a
 *   stretched control);
 * - a one-line field (input, select) over 64 px tall, stretched by what sits beside it;
 * - anything reaching past the viewport's sides, so the page scrolls sideways. An element inside
 *   a scrolling or clipping box that itself fits (a wide table in its overflow wrapper) is fine.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => {
      const path: string[] = [];
      for (let node: Element | null = el; node && node !== document.body && path.length < 4; node = node.parentElement) {
        const id = node.id && !/^_?r_|:/.test(node.id) ? `#${node.id}` : '';
        const cls = Array.from(node.classList).slice(0, 2).map((c) => `.${c}`).join('');
        path.unshift(`${node.tagName.toLowerCase()}${id}${cls}`);
      }
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `<${el.tagName.toLowerCase()}> "${text}" (${path.join(' > ')})`;
    };
    const shown = (el: Element) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });

    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'))) {
      if (!shown(input)) continue;
      const box = input.getBoundingClientRect();
      const label = input.labels?.[0] ?? input;
      if (box.width > 32) problems.push(`${input.type} ${Math.round(box.width)} px wide (over 32): ${name(label)}`);
    }

    // A one-line field stretched tall by a neighbour's error (issue 24 item 6: ~96 px).
    for (const field of Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), select:not([multiple])'))) {
      if (!shown(field)) continue;
      const height = field.getBoundingClientRect().height;
      if (height > 64) problems.push(`one-line field ${Math.round(height)} px tall (over 64): ${name(field.labels?.[0] ?? field)}`);
    }

    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    for (const holder of Array.from(document.querySelectorAll('label, legend'))) {
      if (!shown(holder)) continue;
      // The dictionary splits กองคลัง as กอง|คลัง, so a label squeezed into a sliver beside a
      // stretched control breaks between those "words" unseen by the check below: a label whose
      // text wraps within less than half of its own width is squeezed.
      const textRects: DOMRect[] = [];
      const texts = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
        if (!node.data.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        textRects.push(...Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0));
      }
      if (textRects.length > 1) {
        const top = Math.min(...textRects.map((r) => r.top));
        const firstLine = textRects.find((r) => r.top === top);
        const wraps = firstLine !== undefined && textRects.some((r) => (r.top + r.bottom) / 2 > firstLine.bottom);
        const column = Math.max(...textRects.map((r) => r.right)) - Math.min(...textRects.map((r) => r.left));
        const width = holder.getBoundingClientRect().width;
        if (wraps && column < width / 2) problems.push(`text squeezed into ${Math.round(column)} of ${Math.round(width)} px, wrapping: ${name(holder)}`);
      }
    }

    // A word broken across lines is wrong in any text, not only a label's: every text node counts,
    // named by its label or legend when it has one.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || !node.data.trim() || !shown(parent) || parent.closest('script, style, svg, textarea')) continue;
      const box = parent.getBoundingClientRect();
      // Screen-reader-only text sits in a 1 px box; nobody sees how it wraps.
      if (box.width <= 1 || box.height <= 1) continue;
      const holder = parent.closest('label, legend') ?? parent;
      for (const word of segmenter.segment(node.data)) {
        if (!word.isWordLike) continue;
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word.segment.length);
        // One line's fragments overlap vertically; a fragment whose middle sits below the
        // first one's foot is on a later line.
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        const first = rects[0];
        if (first && rects.some((r) => (r.top + r.bottom) / 2 > first.bottom)) {
          problems.push(`"${word.segment}" broken across lines in ${name(holder)}`);
        }
      }
    }

    const viewport = document.documentElement.clientWidth;
    const contained = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body && up !== document.documentElement; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow !== 'visible') {
          const box = up.getBoundingClientRect();
          return box.left >= -0.5 && box.right <= viewport + 0.5;
        }
      }
      return false;
    };
    const wide: { el: Element; left: number; right: number }[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!shown(el)) continue;
      const box = el.getBoundingClientRect();
      // Screen-reader-only text is clipped to a pixel; nothing of it shows.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right <= viewport + 0.5 && box.left >= -0.5) continue;
      if (contained(el)) continue;
      wide.push({ el, left: box.left, right: box.right });
    }
    // Name the outermost of each overflowing chain, widest first: that is where a fix goes.
    const outer = wide.filter((w) => !wide.some((o) => o.el !== w.el && o.el.contains(w.el) && Math.abs(o.right - w.right) < 1 && Math.abs(o.left - w.left) < 1));
    outer.sort((a, b) => b.right - b.left - (a.right - a.left));
    const scrolls = document.documentElement.scrollWidth > innerWidth;
    if (scrolls || outer.length > 0) {
      const named = outer.slice(0, 5).map((w) => `${name(w.el)} spans ${Math.round(w.left)}–${Math.round(w.right)} px`);
      problems.push(`page ${Math.round(document.documentElement.scrollWidth)} px wide in a ${innerWidth} px viewport${named.length ? `: ${named.join('; ')}` : ''}${outer.length > 5 ? ` and ${outer.length - 5} more` : ''}`);
    }
    return problems;
  });
}

/**
 * Every string the browser keeps for the app, in IndexedDB and in local and session storage
 * (measure titles, steps, notes, unit and agency names, findings, indicator and O-item names, the
 * audit's before-and-after values, the acting user's name…): the agency's own words, which an
 * English screen shows as they were typed.
 */
export async function storedStrings(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ita-measures');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    });
    const found = new Set<string>();
    const collect = (value: unknown) => {
      if (typeof value === 'string') found.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const store of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`getAll ${store} failed`));
      });
      collect(all);
    }
    db.close();
    // The acting user's name and other choices kept beside the store are the reader's own too.
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const raw = storage.getItem(storage.key(i) ?? '') ?? '';
        try {
          collect(JSON.parse(raw));
        } catch {
          collect(raw);
        }
      }
    }
    return Array.from(found);
  });
}

/**
 * Thai left in an English screen once the agency's own words are taken out: each text node (and
 * each aria-label, title, alt and placeholder) that still holds a Thai letter, with its element.
 * Thai inside an element marked lang="th" is fine: that is how an English page marks a Thai name.
 */
export async function thaiInEnglish(page: Page, own: string[]): Promise<string[]> {
  return page.evaluate((own) => {
    const THAI = /[\u0E00-\u0E7F]/;
    const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
    const ownThai = Array.from(new Set(own.map(tidy).filter((s) => THAI.test(s)))).sort((a, b) => b.length - a.length);
    const strip = (text: string) => {
      let rest = tidy(text);
      for (const s of ownThai) if (rest.includes(s)) rest = rest.split(s).join(' ');
      return rest;
    };
    const isThai = (el: Element) => /^th\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '');
    const name = (el: Element) => {
      const path: string[] = [];
      for (let node: Element | null = el; node && node !== document.body && path.length < 4; node = node.parentElement) {
        const cls = Array.from(node.classList).slice(0, 2).map((c) => `.${c}`).join('');
        path.unshift(`${node.tagName.toLowerCase()}${cls}`);
      }
      return path.join(' > ');
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const el = node.parentElement;
      if (!el || !THAI.test(node.data) || el.closest('script, style, template, textarea, noscript') || isThai(el)) continue;
      // A closed <details> or a display:none box is not read; screen-reader-only text is.
      if (!el.checkVisibility({ visibilityProperty: true }) && !el.closest('option')) continue;
      const rest = strip(node.data);
      // A stored string split over several text nodes (a search match in <mark>) is still the
      // agency's: judge the whole element before blaming one piece of it.
      if (!THAI.test(rest) || !THAI.test(strip(el.textContent ?? ''))) continue;
      found.push(`"${tidy(node.data).slice(0, 80)}" in ${name(el)}`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))) {
      if (isThai(el)) continue;
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value && THAI.test(strip(value))) found.push(`${attr}="${tidy(value).slice(0, 80)}" on ${name(el)}`);
      }
    }
    if (THAI.test(strip(document.title))) found.push(`document.title "${document.title}"`);
    return found;
  }, own);
}

/**
 * A phone's header (issue 24 item 8): one bar at most 64 px tall that stays at the top as the
 * page scrolls, the menu behind a button. Scrolls the page: call it last.
 */
export async function phoneHeaderProblems(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // The meeting screen is a screen of its own, without the app's chrome.
    const header = document.querySelector('header');
    if (!header) return [];
    const problems: string[] = [];
    const height = header.getBoundingClientRect().height;
    if (height > 64) problems.push(`header ${Math.round(height)} px tall on a phone (over 64)`);
    if (document.documentElement.scrollHeight > innerHeight + 300) {
      scrollTo(0, 300);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const top = header.getBoundingClientRect().top;
      if (Math.abs(top) > 1) problems.push(`header scrolls away on a phone (its top at ${Math.round(top)} px after scrolling 300 px)`);
      scrollTo(0, 0);
    }
    return problems;
  });
}

/**
 * English that counts one thing in the plural ("1 measures", "Overdue, 1 measures"): issue 24
 * item 11, plurals through Intl.PluralRules. Text and aria-labels; words ending -ss, -us, -is are
 * singular already.
 */
export async function onePlurals(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ONE = /(?<![\d.,])1 (?!\w*(?:ss|us|is)\b)[A-Za-z]+s\b/;
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      // The node's own text: an element's textContent runs its children's words together.
      const text = node.data.replace(/\s+/g, ' ');
      const match = ONE.exec(text);
      if (match) found.add(`"${match[0]}" in "${text.trim().slice(0, 80)}"`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label]'))) {
      const match = ONE.exec(el.getAttribute('aria-label') ?? '');
      if (match) found.add(`"${match[0]}" in aria-label="${el.getAttribute('aria-label')}"`);
    }
    return Array.from(found);
  });
}
