import {
  AlignmentType,
  Document,
  Footer,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { documentScore, findingWords, measuresDocumentWords, type MeasuresDocument } from '../../domain/reports/measuresDocument';
import { signatureLines, type Signatures } from './signatures';

// The Thai official style: TH SarabunPSK, the government's standard font, 16 pt (Word counts in
// half points) with the tables a little smaller; A4 with 2.5 cm top and left, 2 cm right and bottom.
const FONT = 'TH SarabunPSK';
const BODY = 32;
const TABLE = 28;
const MARGIN = { top: convertMillimetersToTwip(25), left: convertMillimetersToTwip(25), right: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20) };
const A4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const INDENT = convertMillimetersToTwip(25);
const HANGING = convertMillimetersToTwip(6);

const columns = (percents: number[]) => percents.map((p) => Math.round((TEXT_WIDTH * p) / 100));

const text = (value: string, options: { bold?: boolean; size?: number } = {}) => new TextRun({ text: value, bold: options.bold, size: options.size });

const heading = (value: string, pageBreakBefore = false) =>
  new Paragraph({ children: [text(value, { bold: true })], keepNext: true, pageBreakBefore, spacing: { before: 160, after: 80 } });

// กระจายแบบไทย: Word spreads a Thai line across the width by its words, as official letters do.
const body = (value: string) => new Paragraph({ children: [text(value)], alignment: AlignmentType.THAI_DISTRIBUTE, indent: { firstLine: INDENT } });

/** A numbered item, its later lines under its text rather than under its number. */
const numbered = (n: number, value: string, size?: number) => new Paragraph({ children: [text(`${n}. ${value}`, { size })], indent: { left: HANGING, hanging: HANGING } });

const cell = (children: Paragraph[], options: { header?: boolean; span?: number } = {}) =>
  new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    columnSpan: options.span,
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
    margins: { left: 80, right: 80 },
  });

const line = (value: string, options: { bold?: boolean; align?: 'center' | 'right' } = {}) =>
  new Paragraph({
    children: [text(value, { bold: options.bold, size: TABLE })],
    alignment: options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : undefined,
  });

/** The header row repeats on every page Word lays the table over, and no row splits across two. */
const headerRow = (titles: readonly string[]) => new TableRow({ tableHeader: true, cantSplit: true, children: titles.map((t) => cell([line(t, { bold: true, align: 'center' })], { header: true })) });

function analysisTable(doc: MeasuresDocument, titles: readonly string[]): Table {
  const rows = [headerRow(titles)];
  for (const instrument of doc.instruments) {
    rows.push(new TableRow({ cantSplit: true, children: [cell([line(`${instrument.name} (${instrument.code})`, { bold: true })], { header: true, span: 3 })] }));
    for (const d of instrument.indicators) {
      const issues = [
        ...d.notes.map((n) => line(n)),
        ...d.findings.map((f) => {
          const { lead, text: rest } = findingWords(f);
          return new Paragraph({ children: [text(lead, { bold: true, size: TABLE }), text(` ${rest}`, { size: TABLE })] });
        }),
      ];
      rows.push(new TableRow({ cantSplit: true, children: [cell([line(`${d.number}. ${d.name}`)]), cell([line(documentScore(d.score), { align: 'right' })]), cell(issues)] }));
    }
  }
  return new Table({ rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: columns([30, 12, 58]) });
}

function measuresTable(doc: MeasuresDocument, titles: readonly string[]): Table {
  const rows = doc.measures.map(
    (m) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([line(`${m.order}. ${m.title}`)]),
          cell(m.method.length > 1 ? m.method.map((step, i) => numbered(i + 1, step, TABLE)) : m.method.map((step) => line(step))),
          cell([line(m.units)]),
          cell([line(m.timeframe)]),
          cell([line(m.followUp)]),
        ],
      }),
  );
  // The same column shares as the printed page (print.css).
  return new Table({ rows: [headerRow(titles), ...rows], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: columns([19, 37, 13, 12, 19]) });
}

function signatureTable(signatures: Signatures): Table {
  const lines = signatureLines(signatures);
  return new Table({
    borders: TableBorders.NONE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns([50, 50]),
    rows: [
      new TableRow({
        cantSplit: true,
        children: lines.map(
          (s) => new TableCell({ borders: TableBorders.NONE, children: [s.sign, s.name, s.title].map((v) => new Paragraph({ children: [text(v)], alignment: AlignmentType.CENTER })) }),
        ),
      }),
    ],
  });
}

/**
 * The measures document as a Word file the agency can edit before publishing: the same words
 * and order as the printed page, in Word's own terms (a repeating header row, rows that do not
 * split, page numbers in Thai or Arabic numerals in the footer).
 */
export function measuresWordDocument(doc: MeasuresDocument, signatures: Signatures, numerals: 'thai' | 'arabic'): Document {
  const words = measuresDocumentWords(doc);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [text(words.title, { bold: true, size: 36 })], alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [text(words.subtitle)], alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    heading(words.part1),
    ...(words.part1Intro ? [body(words.part1Intro)] : []),
    analysisTable(doc, words.part1Columns),
    heading(words.part2, true),
    body(words.part2Intro),
    measuresTable(doc, words.part2Columns),
  ];
  if (doc.driving.length > 0) {
    children.push(heading(words.driving), ...doc.driving.map((d, i) => numbered(i + 1, d)));
  }
  children.push(new Paragraph({ children: [], spacing: { before: 480 } }), signatureTable(signatures));
  return new Document({
    creator: doc.organisation,
    title: words.title,
    // Thai for Word's spelling and line breaking (Thai is a complex script, hence 'bidirectional').
    styles: { default: { document: { run: { font: FONT, size: BODY, language: { value: 'th-TH', bidirectional: 'th-TH' } } } } },
    sections: [
      {
        properties: {
          page: { size: A4, margin: MARGIN, pageNumbers: { start: 1, formatType: numerals === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL } },
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children,
      },
    ],
  });
}

export function measuresDocx(doc: MeasuresDocument, signatures: Signatures, numerals: 'thai' | 'arabic'): Promise<Blob> {
  return Packer.toBlob(measuresWordDocument(doc, signatures, numerals));
}
