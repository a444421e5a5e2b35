import { useEffect, useMemo, useState } from 'react';
import { useProblems } from '../data/queries';
import { useSession } from '../data/sessionContext';
import { useI18n } from '../i18n/i18n';
import { useErrorWords } from '../i18n/useErrorWords';
import type { DamagedRecord, damagedRecordWords } from '../ui/damagedRecordWords';
import { downloadText } from '../ui/download';
import { useAfterFirstScreen } from './useAfterFirstScreen';

type DamagedWordsModule = { damagedRecordWords: typeof damagedRecordWords };

/**
 * The damaged records' words, fetched only once there is one to name: this notice is on every
 * screen's start-up path, and a page whose records all read never needs them.
 */
function useDamagedRecordWords(needed: boolean): ((record: DamagedRecord) => string) | null {
  const { language, locale } = useI18n();
  const [loaded, setLoaded] = useState<DamagedWordsModule | null>(null);
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    void import('../ui/damagedRecordWords').then((module) => live && setLoaded(module));
    return () => {
      live = false;
    };
  }, [needed, loaded]);
  return useMemo(() => (loaded ? loaded.damagedRecordWords(language, locale) : null), [loaded, language, locale]);
}

/**
 * Says, on every screen, what went wrong with the data itself: storage that would not open, and
 * records that would not parse. Those records are kept as they were and can be taken away.
 */
export function DataNotices() {
  const { t, language } = useI18n();
  const { notices } = useSession();
  const words = useErrorWords();
  // Every record is read to find the damaged ones: only once the first screen is shown.
  const problems = useProblems(useAfterFirstScreen());
  const list = problems.data ?? [];
  const damaged = useDamagedRecordWords(list.length > 0);
  // A store that could not open at all already says so in the notices; don't say it twice.
  const checkFailed = problems.isError && notices.length === 0;
  if (notices.length === 0 && list.length === 0 && !checkFailed) return null;
  return (
    <section className="data-notices" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <p key={notice} role="alert" className="notice">
          {notice}
        </p>
      ))}
      {checkFailed && (
        <p role="alert" className="notice">
          {t('problems.failed', { message: words.storeError(problems.error) })}
        </p>
      )}
      {list.length > 0 && (
        <div role="alert" className="notice">
          {/* On every screen, above its content: the what and the way out stay in view, the
              records themselves (a hundred, were a restore to go wrong) open on request. */}
          <details>
            <summary>{t('problems.heading', { count: list.length })}</summary>
            <p>{t('problems.intro')}</p>
            <ul>
              {list.map((p) => (
                // Until its words arrive, an English reader sees the record's key, never the Thai.
                <li key={`${p.collection}/${p.key}`}>{damaged ? damaged(p) : language === 'th' ? p.message : p.key}</li>
              ))}
            </ul>
          </details>
          <button
            type="button"
            onClick={() =>
              downloadText(`ita-unreadable-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(list, null, 2))
            }
          >
            {t('problems.export')}
          </button>
        </div>
      )}
    </section>
  );
}
