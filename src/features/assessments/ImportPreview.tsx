import type { ImportRow } from '../../domain/import/scoreImport';
import { useMessages } from '../../i18n/featureMessages';
import { formatScore } from '../../i18n/numbers';
import { messages } from './messages';
import { useImportWords } from './useImportWords';

/** Every row of the file with what it holds or why it cannot be saved. */
export function ImportPreview({ file, rows }: { file: string; rows: readonly ImportRow[] }) {
  const { t, locale } = useMessages(messages);
  const words = useImportWords();
  const bad = rows.filter((r) => r.problems.length > 0).length;
  return (
    <div className="table-scroll">
      <table className="import-preview">
        <caption>{t('import.previewCaption', { file, good: rows.length - bad, bad })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.row')}</th>
            <th scope="col">{t('import.col.item')}</th>
            <th scope="col">{t('import.col.score')}</th>
            <th scope="col">{t('import.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={r.problems.length ? 'row-bad' : undefined}>
              <th scope="row">{r.row}</th>
              <td>{r.value ? (r.value.kind === 'indicator' ? t('import.indicator', { number: r.value.indicator }) : r.value.code) : '—'}</td>
              <td>{r.value ? formatScore(r.value.score, locale) : '—'}</td>
              <td>{r.problems.length ? <span className="field-error">✕ {r.problems.map(words.problem).join(' · ')}</span> : <span>✓ {t('import.ok')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
