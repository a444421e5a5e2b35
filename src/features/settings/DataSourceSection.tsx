import { useId, useState } from 'react';
import { dataSourceSchema, type DataSource } from '../../data/preferences';
import { useSession } from '../../data/sessionContext';
import { useMessages } from '../../i18n/featureMessages';
import { Choice, ChoiceGroup } from '../../ui/Choice';
import { messages, type SettingsKey } from './messages';
import { Alert } from '../../ui/Alert';

const SOURCE_LABELS = { browser: 'settings.source.browser', api: 'settings.source.api' } as const satisfies Record<DataSource, SettingsKey>;

/** The browser's choice of where its data lives; a page from the agency's server has no choice to make. */
export function DataSourceSection({ source }: { source: DataSource }) {
  const { t } = useMessages(messages);
  const { preferences, savePreferences } = useSession();
  const [choice, setChoice] = useState<DataSource>(source);
  const [failed, setFailed] = useState(false);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.source.heading')}</h2>
      <p>{t('settings.source.inUse', { source: t(SOURCE_LABELS[source]) })}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setFailed(!savePreferences({ ...preferences, dataSource: choice }));
        }}
      >
        <ChoiceGroup legend={t('settings.source.heading')} hideLegend>
          {dataSourceSchema.options.map((option) => (
            <Choice key={option} type="radio" name="source" value={option} checked={choice === option} onChange={() => setChoice(option)} label={t(SOURCE_LABELS[option])} />
          ))}
        </ChoiceGroup>
        <p className="hint">{t('settings.source.note')}</p>
        <button type="submit" disabled={choice === source}>
          {t('settings.source.change')}
        </button>
        {failed && <Alert>{t('settings.prefsFailed')}</Alert>}
      </form>
    </section>
  );
}
