/**
 * The import readers with their problems worded in Thai by the domain's own Thai wording: the
 * tables that pin every message's words keep reading as the officer reads them, while the
 * readers return codes and values.
 */
import * as answers from '../../src/domain/import/answers';
import * as encoding from '../../src/domain/import/encoding';
import * as items from '../../src/domain/import/items';
import { thaiProblem, thaiRefusal, type ImportProblem } from '../../src/domain/import/problems';
import * as scoreImport from '../../src/domain/import/scoreImport';
import type { FileTotal, ImportRow } from '../../src/domain/import/scoreImport';
import * as sheetRows from '../../src/domain/import/sheetRows';

type Thai<T> = T extends { problem: ImportProblem } ? Omit<T, 'problem'> & { problem: string } : T;

export type ThaiRow = Omit<ImportRow, 'problems'> & { problems: string[] };
export type ThaiTotal = Omit<FileTotal, 'problems'> & { problem: string | null };
export type ScoreImport =
  | (Omit<Extract<scoreImport.ScoreImport, { ok: true }>, 'rows' | 'total'> & { rows: ThaiRow[]; total: ThaiTotal | null })
  | Thai<Extract<scoreImport.ScoreImport, { ok: false }>>;

export function inThai(result: scoreImport.ScoreImport): ScoreImport {
  if (!result.ok) return { ...result, problem: thaiRefusal(result) };
  const { total } = result;
  return {
    ...result,
    rows: result.rows.map((r) => ({ ...r, problems: r.problems.map(thaiProblem) })),
    total: total && { row: total.row, label: total.label, score: total.score, problem: total.problems.length ? total.problems.map(thaiProblem).join(' — ') : null },
  };
}

const thai = <T extends object>(reading: T): Thai<T> => ('problem' in reading ? { ...reading, problem: thaiProblem(reading.problem as ImportProblem) } : reading) as Thai<T>;

export const readScoreFile = (...args: Parameters<typeof scoreImport.readScoreFile>) => inThai(scoreImport.readScoreFile(...args));
export const readScoreBytes = (...args: Parameters<typeof scoreImport.readScoreBytes>) => inThai(scoreImport.readScoreBytes(...args));
export const readScoreRows = (...args: Parameters<typeof sheetRows.readScoreRows>) => inThai(sheetRows.readScoreRows(...args));
export const decodeText = (...args: Parameters<typeof encoding.decodeText>) => thai(encoding.decodeText(...args));
export const readIndicator = (...args: Parameters<typeof items.readIndicator>) => thai(items.readIndicator(...args));
export const readOItemAnswer = (...args: Parameters<typeof answers.readOItemAnswer>) => thai(answers.readOItemAnswer(...args));
export const scoreCell = (...args: Parameters<typeof answers.scoreCell>) => thai(answers.scoreCell(...args));
const hint = (p: ImportProblem | null) => (p ? thaiProblem(p) : null);
export const percentHint = (...args: Parameters<typeof answers.percentHint>) => hint(answers.percentHint(...args));
export const workbookHint = (...args: Parameters<typeof answers.workbookHint>) => hint(answers.workbookHint(...args));
