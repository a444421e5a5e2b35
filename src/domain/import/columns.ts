import { searchForm } from '../thaiSearch';
import { plainText } from './plainText';

/**
 * The columns a score file can have, under the names officers give them, Thai or English. An
 * indicator is named by its number ('ตัวชี้วัด'), or by its name where a sheet has no number
 * column ('ชื่อตัวชี้วัด'); an O-item by its code.
 */
export const COLUMN_NAMES = {
  indicator: ['ตัวชี้วัด', 'ตัวชี้วัดที่', 'ลำดับตัวชี้วัด', 'เลขตัวชี้วัด', 'indicator', 'indicatornumber', 'indicatorno'],
  indicatorName: ['ชื่อตัวชี้วัด', 'ตัวชี้วัดการประเมิน', 'ประเด็นการประเมิน', 'indicatorname'],
  code: ['รหัส', 'ข้อ', 'ข้อที่', 'ข้อoit', 'รหัสข้อ', 'รหัสข้อoit', 'code', 'oitem', 'item'],
  score: [
    'คะแนน',
    'คะแนนita',
    'ผลคะแนนita',
    'ผลคะแนน',
    'ร้อยละ',
    'คะแนนที่ได้',
    'ผลการประเมิน',
    'ผล',
    'มี/ไม่มี',
    'ผ่าน/ไม่ผ่าน',
    'score',
    'result',
    'percent',
  ],
  year: ['ปีงบประมาณ', 'ปี', 'year', 'fiscalyear'],
  comment: ['ความเห็นของผู้ตรวจ', 'ความเห็นของผู้ประเมิน', 'ความเห็น', 'ข้อเสนอแนะ', 'comment', 'assessorcomment'],
} as const;
export type Column = keyof typeof COLUMN_NAMES;

/** What a header cell is compared in: search form, without the marks officers add to it. */
export function headerForm(text: string): string {
  return searchForm(plainText(text)).replace(/[\s_\-.:*#"'’“”]/g, '');
}

const KNOWN = new Map<string, Column>(
  (Object.entries(COLUMN_NAMES) as [Column, readonly string[]][]).flatMap(([column, names]) => names.map((n) => [headerForm(n), column] as const)),
);

/** 'คะแนน (ร้อยละ)', 'คะแนน ITA', 'Score (%)' and 'ตัวชี้วัดที่' all name a column; a bracketed unit is ignored. */
export function columnOf(header: string): Column | null {
  const form = headerForm(header);
  if (form === '') return null;
  return KNOWN.get(form) ?? KNOWN.get(form.replace(/[([].*?[)\]]/g, '')) ?? null;
}

/** A column that names the item a row is about, rather than a fact about it. */
export const ITEM_COLUMNS: readonly Column[] = ['indicator', 'indicatorName', 'code'];

/** Each column's place in a row of headers; the first of two like-named columns wins. */
export function columnPlaces(header: readonly string[]): Partial<Record<Column, number>> {
  const places: Partial<Record<Column, number>> = {};
  header.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && places[column] === undefined) places[column] = i;
  });
  return places;
}

/** Where a header row's columns are: a header always has its score column. */
export type HeaderPlaces = Partial<Record<Column, number>> & { score: number };

export const isHeaderRow = (places: Partial<Record<Column, number>>): places is HeaderPlaces =>
  places.score !== undefined && ITEM_COLUMNS.some((c) => places[c] !== undefined);
