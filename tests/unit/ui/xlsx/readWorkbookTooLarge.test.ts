import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { problem, thaiProblem } from '../../../../src/domain/import/problems';
import { readWorkbook } from '../../../../src/ui/xlsx/readWorkbook';
import { UnpackedTooLarge } from '../../../../src/ui/xlsx/unpackLimits';
import { unzipNow } from '../../../../src/ui/xlsx/zipNow';

const MB = 1024 * 1024;
const CONTENT_TYPES = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

// A workbook-shaped zip whose parts are runs of zeros: tens of MB that compress to kilobytes.
function bomb(parts: Record<string, number>): ArrayBuffer {
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': CONTENT_TYPES };
  for (const [path, size] of Object.entries(parts)) files[path] = new Uint8Array(size).fill(0x30);
  const zip = zipSync(files, { level: 9 });
  return zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
}

describe('a workbook that unpacks too large', () => {
  it('is refused from its directory, naming the limit and the unpacked size', async () => {
    const bytes = bomb({ 'xl/worksheets/sheet1.xml': 18 * MB, 'xl/worksheets/sheet2.xml': 18 * MB, 'xl/sharedStrings.xml': 17 * MB });
    expect(bytes.byteLength).toBeLessThan(1 * MB);
    const result = await readWorkbook(bytes);
    // 53 MB and the content-types part, rounded up.
    expect(result).toEqual({ ok: false, code: 'too-large', values: { size: 54, limit: 50 } });
    if (!result.ok) expect(thaiProblem(problem(`workbook.${result.code}`, result.values))).toBe('ไฟล์ Excel นี้เมื่อคลายออกมีขนาด 54 MB เกินขนาดสูงสุด 50 MB ของไฟล์คะแนน');
  });

  it('refuses one part past 20 MB, though the whole is under 50 MB', async () => {
    const result = await readWorkbook(bomb({ 'xl/worksheets/sheet1.xml': 25 * MB }));
    expect(result).toEqual({ ok: false, code: 'part-too-large', values: { size: 25, limit: 20 } });
    if (!result.ok) expect(thaiProblem(problem(`workbook.${result.code}`, result.values))).toContain('25 MB เกินขนาดสูงสุด 20 MB ต่อส่วน');
  });

  it('counts only the parts the reader asks for', async () => {
    const bytes = bomb({ 'xl/media/image1.png': 25 * MB, 'xl/worksheets/sheet1.xml': 1000 });
    const parts = await unzipNow(bytes, { filter: ({ path }) => path.endsWith('.xml') });
    expect(Object.keys(parts)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    await expect(unzipNow(bytes)).rejects.toBeInstanceOf(UnpackedTooLarge);
  });
});
