import { Link } from 'react-router';
import type { Framework } from '../../domain/schemas/framework';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { messages } from './framework/messages';

interface Props {
  year: number;
  framework: Framework | undefined;
  canEdit: boolean;
}

/** The method a year is scored by, at a glance, and the way to change it. */
export function FrameworkSummary({ year, framework, canEdit }: Props) {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const editLink = canEdit && (
    <Link className="button-link" to={withLang(`/assessments/framework?year=${year}`)}>
      {framework ? t('framework.edit', { year }) : t('framework.create', { year })}
    </Link>
  );
  if (!framework) return editLink ? <p className="card">{editLink}</p> : null;
  return (
    <section className="card" aria-labelledby="framework-summary-h">
      <h2 id="framework-summary-h">
        {t('framework.summary')}: {framework.name}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('framework.summaryWeights')}</dt>
          <dd>{framework.instruments.map((i) => `${i.code} ${i.weight}`).join(' · ')}</dd>
        </div>
        <div>
          <dt>{t('framework.summaryPass')}</dt>
          <dd>{framework.passMark}</dd>
        </div>
        <div>
          <dt>{t('framework.summaryLevels')}</dt>
          <dd>{framework.levels.map((b) => `${b.level} ≥ ${b.min}`).join(' · ')}</dd>
        </div>
        <div>
          <dt>{t('framework.summaryOItems')}</dt>
          <dd>{t('framework.summaryOItemsCount', { count: framework.oItems.length })}</dd>
        </div>
        <div>
          <dt>{t('framework.oItemScoring')}</dt>
          <dd>{t(framework.oItemScoring === 'present-absent' ? 'framework.oItemScoring.presentAbsent' : 'framework.oItemScoring.points')}</dd>
        </div>
      </dl>
      {editLink}
    </section>
  );
}
