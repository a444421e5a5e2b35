import { useAudit } from '../../data/queries';
import type { HealthReading } from '../../domain/measureHealth';
import type { Measure } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { formatDay } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { formatList } from '../../i18n/numbers';
import { HealthBadge } from '../../ui/HealthBadge';
import { DataText } from '../../ui/DataText';
import { MeasureLinks } from './MeasureLinks';
import { messages } from './messages';
import { TimeframeRead } from './TimeframeRead';

/** The reader's calendar day of a moment, as formatDay takes it. */
function localDay(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function MeasureDetails({ measure, units, health }: { measure: Measure; units: Unit[]; health: HealthReading | null }) {
  const { t, locale } = useMessages(messages);
  const names = measure.unitIds.map((id) => units.find((u) => u.id === id)?.name ?? id);
  const { raw } = measure.timeframe;
  const trail = useAudit(measure.id);
  // Every write bumps the version from 1; the history names who wrote last when it has them.
  const count = measure.version - 1;
  const last = trail.data?.find((entry) => !entry.action.startsWith('progress-'));
  const date = formatDay(localDay(measure.updatedAt), locale);
  const changes =
    count < 1 ? null : last ? t('measure.changedBy', { count, date, name: last.actorName }) : t('measure.changedOn', { count, date });
  return (
    <section className="card" aria-label={t('measure.details')}>
      {measure.description && <p lang="th">{measure.description}</p>}
      <dl className="facts">
        <div>
          <dt>{t('measure.units')}</dt>
          <dd>{names.length ? <DataText>{formatList(names, locale)}</DataText> : t('measure.none')}</dd>
        </div>
        <div>
          <dt>{t('measure.timeframe')}</dt>
          <dd>
            {raw ? <DataText>{raw}</DataText> : t('measure.none')}
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
        {changes && (
          <div>
            <dt>{t('measure.changes')}</dt>
            <dd>{changes}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
