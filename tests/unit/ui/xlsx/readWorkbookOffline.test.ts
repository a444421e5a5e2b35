import writeXlsxFile from 'write-excel-file/universal';
import { expect, it, vi } from 'vitest';
import { readWorkbook } from '../../../../src/ui/xlsx/readWorkbook';

// The reader's chunk failing to arrive, as it does when the connection drops after the app loaded.
vi.mock('read-excel-file/universal', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

it('says that the reader did not load, rather than that the file is bad', async () => {
  const blob = await writeXlsxFile([['ตัวชี้วัด', 'คะแนน']]).toBlob();
  const result = await readWorkbook(await blob.arrayBuffer());
  expect(result).toEqual({ ok: false, code: 'load-failed', values: {} });
});
