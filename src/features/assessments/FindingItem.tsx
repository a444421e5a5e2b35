import { Link } from 'react-router';
import type { Finding, FindingTarget } from '../../domain/schemas/finding';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { formatList, formatScore } from '../../i18n/numbers';
import { FindingFiles } from './FindingFiles';
import { messages } from './messages';
import { MoreFindingFiles } from './MoreFindingFiles';
import './findings.css';

interface Props {
  finding: Finding;
  fiscalYear: number;
  canEdit: boolean;
  targetName: (target: FindingTarget) => string;
  unitName: (id: string) => string;
}

/** One finding: what is weak, why, what to do, its evidence files, and (planning officer) a measure from it and more files. */
export function FindingItem({ finding: f, fiscalYear, canEdit, targetName, unitName }: Props) {
  const { t, locale } = useMessages(messages);
  const withLang = useLangLink();
  return (
    <li>
      <h3>
        {f.instrument} {f.order}. <span lang="th">{f.title}</span>
      </h3>
      <p className="hint">
        {targetName(f.target)}
        {f.statedScore !== null && ` · ${formatScore(f.statedScore, locale)}`}
        {f.unitIds.length > 0 && ` · ${formatList(f.unitIds.map(unitName), locale)}`}
      </p>
      {f.analysis && (
        <p lang="th">
          <strong>{t('findings.analysis')}:</strong> {f.analysis}
        </p>
      )}
      {f.improvement && (
        <p lang="th">
          <strong>{t('findings.improvement')}:</strong> {f.improvement}
        </p>
      )}
      <FindingFiles finding={f} canEdit={canEdit} />
      {canEdit && (
        <div className="actions">
          <Link
            className="button-link"
            to={withLang(`/measures/new?year=${fiscalYear}&finding=${encodeURIComponent(f.id)}`)}
            aria-label={t('findings.createMeasureLabel', { title: f.title })}
          >
            {t('findings.createMeasure')}
          </Link>
          <MoreFindingFiles finding={f} />
        </div>
      )}
    </li>
  );
}
