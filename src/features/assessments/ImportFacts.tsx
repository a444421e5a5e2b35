import type { TextEncodingName } from '../../domain/import/encoding';
import type { Separator } from '../../domain/import/delimited';
import { checkFileTotal } from '../../domain/import/fileTotal';
import type { ScoreImport, SkippedRows } from '../../domain/import/scoreImport';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import { useMessages } from '../../i18n/featureMessages';
import { formatScore } from '../../i18n/numbers';
import { messages, type AssessmentsKey } from './messages';
import { useImportWords } from './useImportWords';

const ENCODING: Record<TextEncodingName, AssessmentsKey> = {
  'utf-8': 'import.encoding.utf8',
  'utf-8-bom': 'import.encoding.utf8Bom',
  'utf-16le': 'import.encoding.utf16le',
  'utf-16be': 'import.encoding.utf16be',
  'windows-874': 'import.encoding.windows874',
};
const SEPARATOR: Record<Separator, AssessmentsKey> = {
  ',': 'import.separator.comma',
  '\t': 'import.separator.tab',
  ';': 'import.separator.semicolon',
};
const SKIPPED: Record<SkippedRows['why'], AssessmentsKey> = {
  title: 'import.skipped.title',
  section: 'import.skipped.section',
  subtotal: 'import.skipped.subtotal',
  notes: 'import.skipped.notes',
};

type Read = Extract<ScoreImport, { ok: true }>;

/**
 * The total a file states, for the save: only an indicator file's, only when it could be read,
 * and only when the year's scores give a total to check it against. A partial file's total is
 * some other year's or office's figure as often as not, and saved it would stand as the year's
 * reported total unchecked.
 */
export function statedTotal(read: Read, framework: Framework, assessment: Assessment): number | null {
  const stated = read.kind === 'indicators' ? (read.total?.score ?? null) : null;
  if (stated === null) return null;
  return checkFileTotal(framework, assessment, read.rows, stated).kind === 'incomplete' ? null : stated;
}

/** How the file was read, said before its rows: so a wrong guess is seen before anything is saved. */
export function ImportFacts({ read, assessment, framework }: { read: Read; assessment: Assessment; framework: Framework }) {
  const { t, locale } = useMessages(messages);
  const words = useImportWords();
  const score = (n: number) => formatScore(n, locale);
  const { source, skipped, total } = read;
  const facts: string[] = [];
  if (source.sheet !== undefined) facts.push(t('import.fromSheet', { sheet: source.sheet }));
  if (source.encoding) facts.push(t('import.encoding', { encoding: t(ENCODING[source.encoding]) }));
  if (source.separator) facts.push(t(SEPARATOR[source.separator]));
  for (const s of skipped) facts.push(t(SKIPPED[s.why], { count: s.to - s.from + 1, rows: s.from === s.to ? String(s.from) : `${s.from}–${s.to}` }));
  if (total && read.kind === 'oItems') facts.push(t('import.total.oItems', { row: total.row, label: total.label }));
  else if (total && total.score === null) facts.push(t('import.total.unreadable', { row: total.row, label: total.label, problem: total.problems.map(words.problem).join(' — ') }));
  else if (total && total.score !== null) {
    const check = checkFileTotal(framework, assessment, read.rows, total.score);
    const stated = score(total.score);
    if (check.kind === 'incomplete') facts.push(t('import.total.incomplete', { stated, row: total.row, missing: check.missing.join(', ') }));
    else if (check.kind === 'matches') facts.push(t('import.total.matches', { stated, row: total.row, computed: score(check.computed) }));
    else {
      const params = { stated, row: total.row, computed: score(check.computed), difference: score(Math.abs(check.difference)) };
      facts.push(t(check.explainedByRounding ? 'import.total.rounding' : 'import.total.differs', params));
    }
    const before = assessment.reportedTotal;
    if (check.kind === 'incomplete') facts.push(t('import.total.notSaved', { stated }));
    else if (before === null) facts.push(t('import.total.saves', { stated }));
    else if (before !== total.score) facts.push(t('import.total.replaces', { stated, before: score(before) }));
  }
  return (
    <ul className="import-facts" aria-label={t('import.facts')}>
      {facts.map((fact) => (
        <li key={fact}>{fact}</li>
      ))}
    </ul>
  );
}
