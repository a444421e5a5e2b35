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
  TableLayoutType,
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
const TABLE = 26;
const MARGIN = { top: convertMillimetersToTwip(25), left: convertMillimetersToTwip(25), right: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20) };
const A4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const INDENT = convertMillimetersToTwip(25);
const HANGING = convertMillimetersToTwip(6);

const columns = (percents: number[]) => percents.map((p) => Math.round((TEXT_WIDTH * p) / 100));

const text = (value: string, options: { bold?: boolean; size?: number } = {}) => new TextRun({ text: value, bold: options.bold, size: options.size });

const heading = (value: string) => new Paragraph({ children: [text(value, { bold: true })], keepNext: true, spacing: { before: 160, after: 80 } });

// กระจายแบบไทย: Word spreads a Thai line across the width by its words, as official letters do.
// Kept with the table after it: a table's opening sentence never ends a page on its own.
const body = (value: string) => new Paragraph({ children: [text(value)], alignment: AlignmentType.THAI_DISTRIBUTE, indent: { firstLine: INDENT }, keepNext: true });

/** A numbered item, its later lines under its text rather than under its number. */
const numbered = (n: number, value: string, size?: number, keepNext = false) =>
  new Paragraph({ children: [text(`${n}. ${value}`, { size })], indent: { left: HANGING, hanging: HANGING }, keepNext });

interface CellSpec {
  children: Paragraph[];
  shaded?: boolean;
  span?: number;
}

interface RowSpec {
  cells: CellSpec[];
  /** The header row: repeated at the top of every page the table runs over. */
  header?: boolean;
}

/**
 * A table with fixed column widths, each cell told its own width too (LibreOffice lays a table
 * out by its cells' widths, Word by its grid). A long row splits across pages under the repeated
 * header, as on the printed page; only the header and the borderless signatures are kept whole.
 */
function fixedTable(percents: number[], rows: RowSpec[], borderless = false): Table {
  const widths = columns(percents);
  const borders = borderless ? TableBorders.NONE : undefined;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: row.header === true || borderless,
          children: row.cells.map((c, i) => {
            const first = row.cells.slice(0, i).reduce((n, prev) => n + (prev.span ?? 1), 0);
            const width = widths.slice(first, first + (c.span ?? 1)).reduce((a, b) => a + b, 0);
            return new TableCell({
              children: c.children.length > 0 ? c.children : [new Paragraph({})],
              columnSpan: c.span,
              width: { size: width, type: WidthType.DXA },
              borders,
              shading: c.shaded ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
              margins: { left: 80, right: 80 },
            });
          }),
        }),
    ),
  });
}

const line = (value: string, options: { bold?: boolean; align?: 'center' | 'right' } = {}) =>
  new Paragraph({
    children: [text(value, { bold: options.bold, size: TABLE })],
    alignment: options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : undefined,
  });

const headerRow = (titles: readonly string[]): RowSpec => ({ header: true, cells: titles.map((t) => ({ children: [line(t, { bold: true, align: 'center' })], shaded: true })) });

/** A table's one row when there is nothing to list: a table is never printed empty. */
const emptyRow = (words: string, span: number): RowSpec => ({ cells: [{ children: [line(words, { align: 'center' })], span }] });

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
          return new Paragraph({ children: [text(lead, { bold: true, size: TABLE }), text(` ${rest}`, { size: TABLE })] });
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

function signatureTable(signatures: Signatures): Table {
  const cells = signatureLines(signatures).map((s) => ({ children: [s.sign, s.name, s.title].map((v) => new Paragraph({ children: [text(v)], alignment: AlignmentType.CENTER })) }));
  return fixedTable([50, 50], [{ cells }], true);
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
    analysisTable(doc, words.part1Columns, words.noAnalysis),
    heading(words.part2),
    body(words.part2Intro),
    measuresTable(doc, words.part2Columns, words.noMeasures),
  ];
  if (doc.driving.length > 0) {
    children.push(heading(words.driving), ...doc.driving.map((d, i) => numbered(i + 1, d, undefined, i === doc.driving.length - 1)));
  }
  // Kept with what comes next, so the signatures never stand alone on the last page.
  children.push(new Paragraph({ children: [], spacing: { before: 480 }, keepNext: true }), signatureTable(signatures));
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
