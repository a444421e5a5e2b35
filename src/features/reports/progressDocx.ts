import { AlignmentType, ImageRun, Packer, Paragraph, type Document, type Table } from 'docx';
import type { EvidenceFile } from '../../domain/evidence/schema';
import { HEALTHS } from '../../domain/measureHealth';
import { progressReportTitlePhrases } from '../../domain/reports/progressReport';
import { formatDay } from '../../i18n/dates';
import { body, centred, emptyRow, fixedTable, heading, headerRow, line, numbered, officialDocument, text, TABLE, type RowSpec } from './docxParts';
import { pictureBox } from './evidenceImage';
import { healthCounts, healthWords, isPicture, PROGRESS_WORDS as W, statusWords, updateWords } from './progressWords';
import type { ProgressReport, ReportedUpdate } from '../../domain/reports/progressReport';
import type { Signatures } from './signatures';

/** The bytes of a kept file, or null when they cannot be had (the file is then named, not shown). */
export type ReadPicture = (file: EvidenceFile) => Promise<Uint8Array | null>;

const longDate = (iso: string) => formatDay(iso, 'th-TH', 'long');

function unitTable(report: ProgressReport): Table {
  const rows: RowSpec[] = report.byUnit.map((u) => ({
    cells: [{ children: [line(u.unit)] }, { children: [line(String(u.total), { align: 'right' })] }, ...HEALTHS.map((h) => ({ children: [line(String(u.byHealth[h]), { align: 'right' })] }))],
  }));
  const span = W.unitColumns.length;
  return fixedTable([30, ...W.unitColumns.slice(1).map(() => 70 / (span - 1))], [headerRow(W.unitColumns), ...(rows.length > 0 ? rows : [emptyRow(W.noMeasures, span)])]);
}

/** An update in the table: what was done, the link given, and its files by name. */
function updateLines(u: ReportedUpdate): Paragraph[] {
  const lines = [line(updateWords(u))];
  if (u.evidenceUrl) lines.push(line(`${W.link} ${u.evidenceUrl}`));
  if (u.files?.length) lines.push(line(`${W.files} ${u.files.map((f) => f.name).join(', ')}`));
  return lines;
}

function measureTable(report: ProgressReport): Table {
  const rows: RowSpec[] = report.measures.map((m) => ({
    cells: [
      { children: [line(`${m.order}. ${m.title}`), ...[m.units, m.timeframe].filter(Boolean).map((v) => line(v))] },
      { children: m.steps.map((s, i) => numbered(i + 1, `${s.text}${s.done ? ' ✓' : ''}`, TABLE)) },
      { children: m.updates.length === 0 ? [line(W.noUpdates)] : m.updates.flatMap(updateLines) },
      { children: [line(statusWords(m)), line(healthWords(m))] },
    ],
  }));
  // The same column shares as the printed page (print.css).
  return fixedTable([24, 30, 30, 16], [headerRow(W.measureColumns), ...(rows.length > 0 ? rows : [emptyRow(W.noMeasures, 4)])]);
}

/** A picture on its own line, centred, its name under it; another file, its name alone. */
async function evidenceParagraphs(file: EvidenceFile, read: ReadPicture): Promise<Paragraph[]> {
  const bytes = isPicture(file) ? await read(file) : null;
  if (!bytes) return [new Paragraph({ children: [text(`${W.files} ${file.name}`, { size: TABLE })], indent: { left: 360 } })];
  const picture = new ImageRun({
    type: file.type === 'png' ? 'png' : 'jpg',
    data: bytes,
    transformation: pictureBox(file),
    altText: { name: file.name, description: file.name, title: file.name },
  });
  return [
    new Paragraph({ children: [picture], alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120 } }),
    new Paragraph({ children: [text(file.name, { size: TABLE })], alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
  ];
}

/** Part 3: every update that has files, under its measure, with its pictures shown and other files named. */
async function evidencePart(report: ProgressReport, read: ReadPicture): Promise<Paragraph[]> {
  const parts: Paragraph[] = [];
  for (const m of report.measures) {
    const withFiles = m.updates.filter((u) => u.files?.length);
    if (withFiles.length === 0) continue;
    parts.push(heading(`${m.order}. ${m.title}`));
    for (const u of withFiles) {
      parts.push(new Paragraph({ children: [text(updateWords(u))], keepNext: true }));
      for (const file of u.files ?? []) parts.push(...(await evidenceParagraphs(file, read)));
    }
  }
  return parts.length > 0 ? [heading(W.part3), ...parts] : [];
}

/**
 * The progress report as a Word file: the same words and tables as the printed page, then the
 * evidence itself, each JPEG or PNG shown at most 15 cm wide, keeping its shape.
 */
export async function progressWordDocument(report: ProgressReport, signatures: Signatures, numerals: 'thai' | 'arabic', read: ReadPicture): Promise<Document> {
  const title = progressReportTitlePhrases(report.fiscalYear).join('');
  const children: (Paragraph | Table)[] = [
    centred(title, { bold: true, size: 36 }),
    centred(`${report.organisation} ${report.place}`),
    centred(`ระหว่างวันที่ ${longDate(report.period.from)} ถึง ${longDate(report.period.to)}`, { after: 160 }),
    heading(W.part1),
    body(`มาตรการทั้งหมด ${report.measures.length} มาตรการ ณ วันที่ ${longDate(report.period.to)} ${healthCounts(report)}`.trim()),
    unitTable(report),
    heading(W.part2),
    measureTable(report),
    ...(await evidencePart(report, read)),
  ];
  return officialDocument({ creator: report.organisation, title, numerals, signatures }, children);
}

export async function progressDocx(report: ProgressReport, signatures: Signatures, numerals: 'thai' | 'arabic', read: ReadPicture): Promise<Blob> {
  return Packer.toBlob(await progressWordDocument(report, signatures, numerals, read));
}
