import type { Framework } from '../../../domain/schemas/framework';
import { useMessages } from '../../../i18n/featureMessages';
import { messages } from './messages';
import { OITEM_SCORING_LABEL } from './oItemScoringLabel';

interface Props {
  framework: Framework;
  /**
   * Also its year, its name and every indicator's weight: what a file holds, read before it
   * replaces anything. Without it, the glance a year's page gives.
   */
  detailed?: boolean;
}

/** A framework's method as facts: weights, pass mark, level bands, O-items and how they score. */
export function FrameworkFacts({ framework, detailed = false }: Props) {
  const { t, language } = useMessages(messages);
  return (
    <dl className="facts">
      {detailed && (
        <>
          <div>
            <dt>{t('framework.importYear')}</dt>
            <dd>{framework.fiscalYear}</dd>
          </div>
          <div>
            <dt>{t('framework.name')}</dt>
            <dd>{framework.name}</dd>
          </div>
        </>
      )}
      <div>
        <dt>{t('framework.summaryWeights')}</dt>
        <dd>
          {detailed ? (
            <ul>
              {framework.instruments.map((i) => (
                <li key={i.code}>
                  {t('framework.importInstrument', {
                    code: i.code,
                    // Each instrument has its own English name: an English reader gets it, not the Thai.
                    name: language === 'th' ? i.name : i.nameEn,
                    weight: i.weight,
                    indicators: i.indicators.map((d) => `${d.number} (${d.weight})`).join(' · '),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            framework.instruments.map((i) => `${i.code} ${i.weight}`).join(' · ')
          )}
        </dd>
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
        <dd>{t(OITEM_SCORING_LABEL[framework.oItemScoring])}</dd>
      </div>
    </dl>
  );
}
