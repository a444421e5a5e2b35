import type { Page } from '@playwright/test';

// What english.spec fails on: Thai the app itself adds to an English page (stored data and
// text marked lang="th" aside), and "1 …s" plurals.

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
