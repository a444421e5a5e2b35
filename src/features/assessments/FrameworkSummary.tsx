import { Link } from 'react-router';
import type { Framework } from '../../domain/schemas/framework';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { FrameworkFacts } from './framework/FrameworkFacts';
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
      <FrameworkFacts framework={framework} />
      {editLink}
    </section>
  );
}
