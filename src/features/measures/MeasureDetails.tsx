import type { HealthReading } from '../../domain/measureHealth';
import type { Measure } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { formatList } from '../../i18n/numbers';
import { HealthBadge } from '../../ui/HealthBadge';
import { MeasureLinks } from './MeasureLinks';
import { messages } from './messages';
import { TimeframeRead } from './TimeframeRead';

export function MeasureDetails({ measure, units, health }: { measure: Measure; units: Unit[]; health: HealthReading | null }) {
  const { t, locale } = useMessages(messages);
  const names = measure.unitIds.map((id) => units.find((u) => u.id === id)?.name ?? id);
  const { raw } = measure.timeframe;
  return (
    <section className="card" aria-label={t('measure.details')}>
      {measure.description && <p lang="th">{measure.description}</p>}
      <dl className="facts">
        <div>
          <dt>{t('measure.units')}</dt>
          <dd>{names.length ? formatList(names, locale) : t('measure.none')}</dd>
        </div>
        <div>
          <dt>{t('measure.timeframe')}</dt>
          <dd>
            {raw || t('measure.none')}
            <TimeframeRead timeframe={measure.timeframe} />
          </dd>
        </div>
        <div>
          <dt>{t('measure.followUp')}</dt>
          <dd lang={measure.followUp ? 'th' : undefined}>{measure.followUp || t('measure.none')}</dd>
        </div>
        {health && (
          <div>
            <dt>{t('measures.health')}</dt>
            <dd>
              <HealthBadge reading={health} />
            </dd>
          </div>
        )}
        <div>
          <MeasureLinks measure={measure} />
        </div>
        <div>
          <dt>{t('measure.version')}</dt>
          <dd>{measure.version}</dd>
        </div>
      </dl>
    </section>
  );
}
