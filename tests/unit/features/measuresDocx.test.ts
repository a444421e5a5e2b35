import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { summariseAssessment } from '../../../src/domain/assessmentSummary';
import { measuresDocument, measuresDocumentWords } from '../../../src/domain/reports/measuresDocument';
import { measuresDocx } from '../../../src/features/reports/measuresDocx';
import { seedData } from '../../support/seed';

const data = seedData();
const [assessment] = data.assessments;
const framework = data.frameworks.find((f) => f.fiscalYear === 2565);
if (!assessment || !framework) throw new Error('no seed');
const doc = measuresDocument(summariseAssessment(framework, assessment, data.findings, data.settings), 2565, data.organisation, data.units, data.findings, data.measures);
const signatures = { signer: 'นางสาวสมใจ ใจดี', signerTitle: 'นักวิเคราะห์นโยบายและแผน', approver: '', approverTitle: '' };

/** The Word file's parts, unzipped: what Word itself would read. */
async function wordFile(numerals: 'thai' | 'arabic' = 'thai', of = doc) {
  const files = unzipSync(new Uint8Array(await (await measuresDocx(of, signatures, numerals)).arrayBuffer()));
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const body = part('word/document.xml');
  // Each paragraph's text, runs joined, as a reader sees it.
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return { body, paragraphs, styles: part('word/styles.xml'), footer: part('word/footer1.xml') };
}

describe('the measures document as a Word file', () => {
  it('says what the printed page says, in the same order', async () => {
    const { paragraphs } = await wordFile();
    const words = measuresDocumentWords(doc);
    const at = (text: string) => paragraphs.indexOf(text);
    const order = [words.title, words.subtitle, words.part1, words.part1Intro ?? '', ...words.part1Columns, words.part2, words.part2Intro, ...words.part2Columns, words.driving];
    expect(order.map(at).every((i) => i >= 0)).toBe(true);
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
    expect(words.part1Intro).toBe('จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. 2565 เทศบาลตำบลพอกน้อย พบว่ามีผลคะแนน 93.95 คะแนน อยู่ในระดับ A โดยวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ดังนี้');

    expect(paragraphs).toContain('5. การแก้ไขปัญหาการทุจริต');
    expect(paragraphs).toContain('78.20');
    expect(paragraphs.some((p) => p.startsWith('ข้อบกพร่อง O35 การมีส่วนร่วมของผู้บริหาร: '))).toBe(true);
    for (const m of doc.measures) {
      expect(paragraphs).toContain(`${m.order}. ${m.title}`);
      expect(paragraphs).toContain(m.timeframe);
      expect(paragraphs).toContain(m.units);
      if (m.method.length > 1) m.method.forEach((step, i) => expect(paragraphs).toContain(`${i + 1}. ${step}`));
    }
    expect(paragraphs).toContain('3. การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง');
    expect(paragraphs).toContain('ม.ค.-ส.ค.66');
    doc.driving.forEach((d, i) => expect(paragraphs).toContain(`${i + 1}. ${d}`));
    expect(paragraphs).toContain('(นางสาวสมใจ ใจดี)');
    expect(paragraphs).toContain('ตำแหน่ง นักวิเคราะห์นโยบายและแผน');
    expect(paragraphs.filter((p) => /^ลงชื่อ \.+ ผู้(จัดทำ|อนุมัติ)$/.test(p))).toHaveLength(2);
  });

  it('names a finding’s evidence files after its text, as the printed page does', async () => {
    const photo = { id: 'f-photo', name: 'หน้าเว็บ O35.png', type: 'png' as const, size: 1200, sha256: 'a'.repeat(64), width: 800, height: 600 };
    const memo = { id: 'f-memo', name: 'บันทึกข้อความ.pdf', type: 'pdf' as const, size: 900, sha256: 'b'.repeat(64) };
    const withFiles = data.findings.map((f) => (f.title.includes('การมีส่วนร่วมของผู้บริหาร') ? { ...f, files: [photo, memo] } : f));
    const of = measuresDocument(summariseAssessment(framework, assessment, withFiles, data.settings), 2565, data.organisation, data.units, withFiles, data.measures);
    const { paragraphs } = await wordFile('thai', of);
    const o35 = paragraphs.find((p) => p.startsWith('ข้อบกพร่อง O35 การมีส่วนร่วมของผู้บริหาร: '));
    expect(o35).toMatch(/ ไฟล์: หน้าเว็บ O35\.png, บันทึกข้อความ\.pdf$/);
    // A finding without files says nothing of files.
    expect(paragraphs.filter((p) => p.startsWith('ข้อบกพร่อง') && p.includes('ไฟล์:'))).toHaveLength(1);
  });

  it('repeats each table’s header row on every page, lets a long row split under it, and runs part 2 on', async () => {
    const { body } = await wordFile();
    const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);
    expect(tables).toHaveLength(3); // analysis, measures, signatures
    const rows = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => r[0]);
    for (const table of tables.slice(0, 2)) {
      const [header, ...rest] = rows(table);
      expect(header).toContain('<w:tblHeader/>');
      expect(rest.some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
      // As on the printed page: a row may split across pages, so none is left half empty.
      expect(header).toContain('<w:cantSplit/>');
      expect(rest.some((r) => r.includes('<w:cantSplit/>'))).toBe(false);
      // Fixed columns, each cell told its width: LibreOffice lays a table out by its cells.
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      expect((table.match(/<w:tc>/g) ?? []).length).toBe((table.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g) ?? []).length);
    }
    expect(rows(tables[1] ?? '')).toHaveLength(doc.measures.length + 1);
    const part2 = /<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g;
    const heading = [...body.matchAll(part2)].map((p) => p[0]).find((p) => p.includes(measuresDocumentWords(doc).part2));
    expect(heading).toBeDefined();
    expect(heading).not.toContain('<w:pageBreakBefore/>');
    // The signatures are one row, kept whole.
    expect(rows(tables[2] ?? '')).toEqual([expect.stringContaining('<w:cantSplit/>')]);
  });

  it('says so in a row where a year has no framework or no measures yet, rather than an empty table', async () => {
    const empty = measuresDocument(null, 2566, data.organisation, data.units, [], []);
    const { paragraphs } = await wordFile('thai', empty);
    expect(paragraphs).toContain('ยังไม่มีกรอบการประเมินของปีงบประมาณ พ.ศ. 2566');
    expect(paragraphs).toContain('ยังไม่มีมาตรการ');
  });

  it('is set in the Thai official style: A4, 2.5 cm top and left, 2 cm right and bottom, TH SarabunPSK 16 pt', async () => {
    const { body, styles } = await wordFile();
    expect(body).toMatch(/<w:pgSz w:w="1190\d" w:h="1683\d"/);
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(body)?.slice(1).map((twips) => Number(twips) / 567);
    expect(margin?.map((cm) => Math.round(cm * 10) / 10)).toEqual([2.5, 2, 2, 2.5]);
    expect(styles).toContain('<w:rFonts w:ascii="TH SarabunPSK" w:cs="TH SarabunPSK"');
    expect(styles).toContain('<w:sz w:val="32"/><w:szCs w:val="32"/>');
    expect(styles).toContain('w:bidi="th-TH"');
  });

  it('numbers its pages in the footer, in Thai numerals or Arabic as chosen', async () => {
    const thai = await wordFile('thai');
    expect(thai.body).toContain('<w:pgNumType w:start="1" w:fmt="thaiNumbers"/>');
    expect(thai.footer).toContain('PAGE');
    expect((await wordFile('arabic')).body).toContain('<w:pgNumType w:start="1" w:fmt="decimal"/>');
  });
});
