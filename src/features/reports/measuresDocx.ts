import { Packer, Paragraph, type Document, type Table } from 'docx';
import { documentScore, findingWords, measuresDocumentWords, type MeasuresDocument } from '../../domain/reports/measuresDocument';
import { TABLE, body, centred, emptyRow, fixedTable, heading, headerRow, line, numbered, officialDocument, text, type RowSpec } from './docxParts';
import { PROGRESS_WORDS } from './progressWords';
import type { Signatures } from './signatures';

function analysisTable(doc: MeasuresDocument, titles: readonly string[], none: string): Table {
  const rows = [headerRow(titles)];
  if (doc.instruments.length === 0) rows.push(emptyRow(none, 3));
  for (const instrument of doc.instruments) {
    rows.push({ cells: [{ children: [line(`${instrument.name} (${instrument.code})`, { bold: true })], shaded: true, span: 3 }] });
    for (const d of instrument.indicators) {
      const issues = [
        ...d.notes.map((n) => line(n)),
        ...d.findings.map((f) => {
          const { lead, text: rest } = findingWords(f);
          // The files by name, as the printed page gives them: a Word file carries no address to open.
          const files = f.files.length > 0 ? ` ${PROGRESS_WORDS.files} ${f.files.map((file) => file.name).join(', ')}` : '';
          return new Paragraph({ children: [text(lead, { bold: true, size: TABLE }), text(` ${rest}${files}`, { size: TABLE })] });
        }),
      ];
      rows.push({ cells: [{ children: [line(`${d.number}. ${d.name}`)] }, { children: [line(documentScore(d.score), { align: 'right' })] }, { children: issues }] });
    }
  }
  return fixedTable([30, 12, 58], rows);
}

function measuresTable(doc: MeasuresDocument, titles: readonly string[], none: string): Table {
  const rows: RowSpec[] = doc.measures.map((m) => ({
    cells: [
      { children: [line(`${m.order}. ${m.title}`)] },
      { children: m.method.length > 1 ? m.method.map((step, i) => numbered(i + 1, step, TABLE)) : m.method.map((step) => line(step)) },
      { children: [line(m.units)] },
      { children: [line(m.timeframe)] },
      { children: [line(m.followUp)] },
    ],
  }));
  // The same column shares as the printed page (print.css).
  return fixedTable([19, 37, 13, 12, 19], [headerRow(titles), ...(rows.length > 0 ? rows : [emptyRow(none, 5)])]);
}

/**
 * The measures document as a Word file the agency can edit before publishing: the same words
 * and order as the printed page, in Word's own terms (a repeating header row, rows that do not
 * split, page numbers in Thai or Arabic numerals in the footer).
 */
export function measuresWordDocument(doc: MeasuresDocument, signatures: Signatures, numerals: 'thai' | 'arabic'): Document {
  const words = measuresDocumentWords(doc);
  const children: (Paragraph | Table)[] = [
    centred(words.title, { bold: true, size: 36 }),
    centred(words.subtitle, { after: 160 }),
    heading(words.part1),
    ...(words.part1Intro ? [body(words.part1Intro)] : []),
    analysisTable(doc, words.part1Columns, words.noAnalysis),
    heading(words.part2),
    body(words.part2Intro),
    measuresTable(doc, words.part2Columns, words.noMeasures),
  ];
  if (doc.driving.length > 0) {
    children.push(heading(words.driving), ...doc.driving.map((d, i) => numbered(i + 1, d, undefined, i === doc.driving.length - 1)));
  }
  return officialDocument({ creator: doc.organisation, title: words.title, numerals, signatures }, children);
}

export function measuresDocx(doc: MeasuresDocument, signatures: Signatures, numerals: 'thai' | 'arabic'): Promise<Blob> {
  return Packer.toBlob(measuresWordDocument(doc, signatures, numerals));
}
