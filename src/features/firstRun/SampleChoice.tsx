import { useId, useState } from 'react';
import { useReplaceData } from '../../data/mutations';
import { useSampleData } from '../../data/sampleData';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { messages } from './messages';
import { Alert } from '../../ui/Alert';

/**
 * The seed municipality's data, as a reset in settings puts back. Its chunk is fetched only on
 * the click; the data set is empty, so nothing typed is lost and no second step is asked for.
 */
export function SampleChoice() {
  const { t } = useMessages(messages);
  const words = useErrorWords();
  const id = useId();
  const seed = useSampleData();
  // Only into an empty data set: a page left open must not replace data set up since.
  const replace = useReplaceData({ onlyIfEmpty: true });
  const [loading, setLoading] = useState(false);
  const [seedError, setSeedError] = useState<{ error: unknown } | null>(null);
  const load = async () => {
    if (!seed) return;
    replace.reset();
    setSeedError(null);
    setLoading(true);
    try {
      replace.mutate(await seed(), { onSettled: () => setLoading(false) });
    } catch (error) {
      setLoading(false);
      setSeedError({ error });
    }
  };
  const failure = seedError ? words.storeError(seedError.error) : replace.error ? words.storeError(replace.error) : null;
  return (
    <section className="card first-run-choice" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('firstRun.sample.heading')}</h2>
      <p>{t('firstRun.sample.intro')}</p>
      {seed ? (
        <button type="button" className="primary" disabled={loading} onClick={() => void load()}>
          {t('firstRun.sample.load')}
        </button>
      ) : (
        <p className="hint">{t('firstRun.sample.none')}</p>
      )}
      <p role="status" className="form-status">
        {loading && t('firstRun.sample.loading')}
      </p>
      {failure !== null && (
        <Alert>
          {t('firstRun.sample.failed', { message: failure })}
        </Alert>
      )}
    </section>
  );
}
