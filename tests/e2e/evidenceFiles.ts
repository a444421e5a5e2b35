import type { Locator, Page } from '@playwright/test';

// What the evidence specs (a progress update's files, a finding's) attach and how they take their
// screenshots: one place for both owners of files.

/** A one-page PDF as far as the type check reads it. */
export const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

export interface Drawing {
  width: number;
  height: number;
  /** A box of `colour` on the white page, as [x, y, width, height]. */
  box: [number, number, number, number];
  colour: string;
  type: 'image/png' | 'image/jpeg';
}

/** A picture drawn by the browser under test (a white page with one coloured box), encoded as `type`. */
export async function drawnImage(page: Page, drawing: Drawing): Promise<Buffer> {
  const encoded = await page.evaluate(async ({ width, height, box, colour, type }) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.fillStyle = colour;
    context.fillRect(...box);
    const blob = await canvas.convertToBlob({ type, quality: 0.9 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  }, drawing);
  return Buffer.from(encoded);
}

/**
 * Takes screenshots into `folder` (none when it is unset): what the screen shows with `target` at
 * its top, below the sticky bar. A viewport shot, not an element's: Playwright grows the viewport
 * to take a tall element, and a phone's media queries (hover, pointer) then answer as a computer's.
 */
export function screenshots(folder: string | undefined) {
  return async function shoot(page: Page, name: string, target: Locator) {
    if (!folder) return;
    await target.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      scrollBy(0, -(document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0) - 8);
    });
    await page.screenshot({ path: `${folder}/${name}.png` });
  };
}
