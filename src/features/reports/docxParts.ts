import {
  AlignmentType,
  Document,
  Footer,
  NumberFormat,
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
import { signatureLines, type Signatures } from './signatures';

// The Thai official style: TH SarabunPSK, the government's standard font, 16 pt (Word counts in
// half points) with the tables a little smaller; A4 with 2.5 cm top and left, 2 cm right and bottom.
const FONT = 'TH SarabunPSK';
const BODY = 32;
export const TABLE = 26;
const MARGIN = { top: convertMillimetersToTwip(25), left: convertMillimetersToTwip(25), right: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20) };
const A4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const INDENT = convertMillimetersToTwip(25);
const HANGING = convertMillimetersToTwip(6);

const columns = (percents: number[]) => percents.map((p) => Math.round((TEXT_WIDTH * p) / 100));

export const text = (value: string, options: { bold?: boolean; size?: number } = {}) => new TextRun({ text: value, bold: options.bold, size: options.size });

export const heading = (value: string) => new Paragraph({ children: [text(value, { bold: true })], keepNext: true, spacing: { before: 160, after: 80 } });

// กระจายแบบไทย: Word spreads a Thai line across the width by its words, as official letters do.
// Kept with the table after it: a table's opening sentence never ends a page on its own.
export const body = (value: string) => new Paragraph({ children: [text(value)], alignment: AlignmentType.THAI_DISTRIBUTE, indent: { firstLine: INDENT }, keepNext: true });

/** A numbered item, its later lines under its text rather than under its number. */
export const numbered = (n: number, value: string, size?: number, keepNext = false) =>
  new Paragraph({ children: [text(`${n}. ${value}`, { size })], indent: { left: HANGING, hanging: HANGING }, keepNext });

export const centred = (value: string, options: { bold?: boolean; size?: number; after?: number } = {}) =>
  new Paragraph({ children: [text(value, options)], alignment: AlignmentType.CENTER, spacing: options.after ? { after: options.after } : undefined });

export interface CellSpec {
  children: Paragraph[];
  shaded?: boolean;
  span?: number;
}

export interface RowSpec {
  cells: CellSpec[];
  /** The header row: repeated at the top of every page the table runs over. */
  header?: boolean;
}

/**
 * A table with fixed column widths, each cell told its own width too (LibreOffice lays a table
 * out by its cells' widths, Word by its grid). A long row splits across pages under the repeated
 * header, as on the printed page; only the header and the borderless signatures are kept whole.
 */
export function fixedTable(percents: number[], rows: RowSpec[], borderless = false): Table {
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

export const line = (value: string, options: { bold?: boolean; align?: 'center' | 'right' } = {}) =>
  new Paragraph({
    children: [text(value, { bold: options.bold, size: TABLE })],
    alignment: options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : undefined,
  });

export const headerRow = (titles: readonly string[]): RowSpec => ({ header: true, cells: titles.map((t) => ({ children: [line(t, { bold: true, align: 'center' })], shaded: true })) });

/** A table's one row when there is nothing to list: a table is never printed empty. */
export const emptyRow = (words: string, span: number): RowSpec => ({ cells: [{ children: [line(words, { align: 'center' })], span }] });

function signatureTable(signatures: Signatures): Table {
  const cells = signatureLines(signatures).map((s) => ({ children: [s.sign, s.name, s.title].map((v) => new Paragraph({ children: [text(v)], alignment: AlignmentType.CENTER })) }));
  return fixedTable([50, 50], [{ cells }], true);
}

/**
 * A document in the official style: A4, Thai text, page numbers in Thai or Arabic numerals in
 * the footer, and the signatures last, kept with what comes before them so they never stand
 * alone on the last page.
 */
export function officialDocument(
  { creator, title, numerals, signatures }: { creator: string; title: string; numerals: 'thai' | 'arabic'; signatures: Signatures },
  children: (Paragraph | Table)[],
): Document {
  return new Document({
    creator,
    title,
    // Thai for Word's spelling and line breaking (Thai is a complex script, hence 'bidirectional').
    styles: { default: { document: { run: { font: FONT, size: BODY, language: { value: 'th-TH', bidirectional: 'th-TH' } } } } },
    sections: [
      {
        properties: {
          page: { size: A4, margin: MARGIN, pageNumbers: { start: 1, formatType: numerals === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL } },
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: [...children, new Paragraph({ children: [], spacing: { before: 480 }, keepNext: true }), signatureTable(signatures)],
      },
    ],
  });
}
