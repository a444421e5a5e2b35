import { Document, Packer, Paragraph } from 'docx';
import writeXlsxFile from 'write-excel-file/universal';
import { sniffFileType } from '../../../../src/domain/evidence/sniffFileType';

// Files as real writers make them (the libraries the app's own exports use), not built by hand.
describe('files from real writers', () => {
  it('tells a Word document made by docx', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('รายงานผลการดำเนินงานตามมาตรการ')] }] });
    const bytes = new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
    expect(sniffFileType(bytes)).toEqual({ allowed: true, type: 'docx' });
  });

  it('tells an Excel workbook made by write-excel-file', async () => {
    const blob = await writeXlsxFile([{ sheet: 'คะแนน', data: [['ตัวชี้วัด', 'คะแนน'], [1, 93.75]] }]).toBlob();
    expect(sniffFileType(new Uint8Array(await blob.arrayBuffer()))).toEqual({ allowed: true, type: 'xlsx' });
  });
});
