import type { Page } from '@playwright/test';

// What layout.spec fails on, measured in the page: stretched choices, Thai words broken across
// lines, squeezed labels, anything wider than the screen, tall one-line fields, the phone header.

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
