import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { errorCellsAsText, unzipNow, zipNow } from '../../../../src/ui/xlsx/zipNow';

// Large enough that fflate's asynchronous calls would hand it to a Worker (160 KB to zip, 512 KB to unzip).
const big = 'แถว,93.75\n'.repeat(80_000);

describe('the Excel libraries’ zip calls, made without a Worker', () => {
  it('zips to an archive that unzips to the same parts', async () => {
    const archive = await zipNow({ 'xl/sharedStrings.xml': strToU8(big), '[Content_Types].xml': strToU8('<Types/>') });
    expect(archive).toBeInstanceOf(ArrayBuffer);
    const parts = unzipSync(new Uint8Array(archive));
    expect(strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array())).toBe(big);
    expect(Object.keys(parts)).toEqual(['xl/sharedStrings.xml', '[Content_Types].xml']);
  });

  it('unzips only the parts the filter keeps, as the reader asks', async () => {
    const archive = await zipNow({ 'xl/worksheets/sheet1.xml': strToU8(big), 'xl/media/image1.png': new Uint8Array([1, 2, 3]) });
    const parts = await unzipNow(archive, { filter: ({ path }) => path.endsWith('.xml') });
    expect(Object.keys(parts)).toEqual(['xl/worksheets/sheet1.xml']);
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array())).toBe(big);
    expect(Object.keys(await unzipNow(archive))).toHaveLength(2);
  });

  it('rejects, not throws, on a file that is not a zip', async () => {
    await expect(unzipNow(new TextEncoder().encode('ตัวชี้วัด,คะแนน').slice().buffer)).rejects.toThrow();
  });
});

describe('error cells, which the reader would read as empty', () => {
  const sheet = (cells: string) => strToU8(`<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`);

  it('arrive as the error text the cell shows, in every worksheet and nowhere else', async () => {
    const archive = await zipNow({
      'xl/worksheets/sheet1.xml': sheet('<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="s"><v>0</v></c>'),
      'xl/worksheets/sheet2.xml': sheet("<c r='A1' s='1' t='e'><v>#N/A</v></c>"),
      'xl/sharedStrings.xml': strToU8('<sst><si><t>t="e"</t></si></sst>'),
    });
    const parts = await unzipNow(archive);
    const text = (path: string) => strFromU8(parts[path] ?? new Uint8Array());
    expect(text('xl/worksheets/sheet1.xml')).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1" t="str"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="s"><v>0</v></c></row></sheetData></worksheet>',
    );
    expect(text('xl/worksheets/sheet2.xml')).toContain(`<c r='A1' s='1' t="str"><v>#N/A</v></c>`);
    expect(text('xl/sharedStrings.xml')).toBe('<sst><si><t>t="e"</t></si></sst>');
  });

  it('leaves a sheet without them as it was', () => {
    const plain = sheet('<c r="A1"><v>93.75</v></c>');
    expect(errorCellsAsText(plain)).toBe(plain);
  });
});
