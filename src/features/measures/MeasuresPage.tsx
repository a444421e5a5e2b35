import { useDeferredValue, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { useAssessments, useFrameworks, useSettings } from '../../data/queries';
import { useSessionActor } from '../../data/sessionContext';
import { planningOnlyRefusal } from '../../domain/access';
import { indicatorLink } from '../../domain/measureLinks';
import { HEALTHS } from '../../domain/measureHealth';
import { measureStatusSchema } from '../../domain/schemas/measure';
import { useMessages } from '../../i18n/featureMessages';
import { yearFromUrl } from '../../ui/yearFromUrl';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { FilterSummary, MeasureFilters } from './MeasureFilters';
import { MeasureList } from './MeasureList';
import { activeFilters, applyFilters, clearedFilters, listQuery, type Filters } from './measureFilters';
import { TargetPanel } from './TargetPanel';
import { UnitProgress } from './UnitProgress';
import { followUpYear } from '../../domain/followUpYear';
import { useMeasureRows } from './useMeasureRows';
import { messages } from './messages';
import { useLangLink } from '../../i18n/langLink';
import { formatDay } from '../../i18n/dates';
import { formatThaiDate } from '../../domain/thaiDate';

const healthParam = z.enum(HEALTHS as [string, ...string[]]);
const NO_O_ITEMS: never[] = [];

/** มาตรการ: every measure of a year, found by unit, status, health, link or words. */
export function MeasuresPage() {
  const { t, language, locale } = useMessages(messages);
  const withLang = useLangLink();
  const actor = useSessionActor();
  const [params, setParams] = useSearchParams();
  const assessments = useAssessments();
  const settings = useSettings();
  const frameworks = useFrameworks();
  const years = (assessments.data ?? []).map((a) => a.fiscalYear);
  const { year } = yearFromUrl(params.get('year'), years);
  const assessment = assessments.data?.find((a) => a.fiscalYear === year);
  const archived = params.get('archived') === '1';
  // Fixed for the visit, so health does not shift under the reader as they filter.
  const today = useMemo(() => new Date(), []);
  const framework = frameworks.data?.find((f) => f.fiscalYear === year);
  const { rows, error, retry, units, nextMeeting, hasMeetings } = useMeasureRows(assessment?.id, archived, today, framework?.oItems ?? NO_O_ITEMS);

  const unitParam = params.get('unit');
  const status = measureStatusSchema.safeParse(params.get('status'));
  const health = healthParam.safeParse(params.get('health'));
  const query = params.get('q') ?? '';
  const deferredQuery = useDeferredValue(query);
  // Deferred with the search, so a keystroke re-renders no card until the list itself follows.
  const from = useDeferredValue(listQuery(params));
  // A department head opens on their own unit's measures; "all" is asked for explicitly.
  const ownUnit = actor.role === 'department-head' ? actor.unitId : null;
  const unit = unitParam === 'all' ? null : (unitParam ?? ownUnit);
  const statusValue = status.success ? status.data : null;
  const healthValue = health.success ? (health.data as Filters['health']) : null;
  const link = params.get('link');
  const freshParam = params.get('fresh');
  const fresh = freshParam === 'stale' || freshParam === 'fresh' ? freshParam : null;
  const filters = useMemo<Filters>(
    () => ({ unit, status: statusValue, health: healthValue, link, fresh, q: deferredQuery }),
    [unit, statusValue, healthValue, link, fresh, deferredQuery],
  );
  const shown = useMemo(() => (rows ? applyFilters(rows, filters) : null), [rows, filters]);
  // The chart counts what the unit still plans, whether or not the list shows the archive. It
  // follows the list in a deferred render: choosing a unit repaints the list first, then the
  // chart computes the unit's year (the bench's 4x data set: 800 measures, 8,000 updates).
  const chartUnit = useDeferredValue(unit);
  const unitMeasures = useMemo(
    () => (rows && chartUnit !== null ? rows.filter((r) => !r.measure.archived && r.measure.unitIds.includes(chartUnit)).map((r) => r.measure) : null),
    [rows, chartUnit],
  );

  const runsIn = useMemo(() => (year === undefined ? null : followUpYear(year, (rows ?? []).map((r) => r.measure))), [year, rows]);

  const set = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: name === 'q' },
    );

  const active = activeFilters(filters, archived, unitParam === null && ownUnit !== null);
  const clear = () => setParams((prev) => clearedFilters(prev, ownUnit !== null));

  if (assessments.isPending) return <LoadingState />;
  if (assessments.isError) return <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />;
  if (year === undefined) return <ErrorState message={t('error.noAssessment')} />;
  // The year's indicators where its framework is known; otherwise those the measures answer.
  const linked = [...new Set((rows ?? []).flatMap((r) => r.links))];
  const indicators = framework
    ? framework.instruments.flatMap((i) => i.indicators.map((ind) => ind.number))
    : linked.filter((l) => l.startsWith('i')).map((l) => Number(l.slice(1))).sort((a, b) => a - b);
  const links = [
    ...indicators.map((n) => ({ value: indicatorLink(n), label: t('measures.indicator', { number: n }) })),
    // Every O-item of the year, so a link to one nothing answers yet still shows what it filters.
    ...[...new Set([...(framework?.oItems.map((o) => o.code) ?? []), ...linked.filter((l) => l.startsWith('O'))])]
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
      .map((code) => ({ value: code, label: code })),
  ];
  return (
    <div className="measures">
      <div className="page-head">
        <h1>{t('measures.heading', { year })}</h1>
        {planningOnlyRefusal(actor) === null && (
          <Link className="button-link" to={withLang(`/measures/new?year=${year}${link ? `&link=${encodeURIComponent(link)}` : ''}`)}>
            {t('measures.new')}
          </Link>
        )}
      </div>
      {nextMeeting && (
        <p className="next-meeting">
          <strong>{t('measures.nextMeeting', { date: language === 'th' ? formatThaiDate(nextMeeting, { weekday: true }) : formatDay(nextMeeting, locale, 'full') })}</strong>
        </p>
      )}
      {link && framework && settings.data && (
        <TargetPanel year={year} framework={framework} improvementMark={settings.data.improvementMark} link={link} />
      )}
      <MeasureFilters filters={filters} query={query} years={years} year={year} archived={archived} units={units} links={links} hasMeetings={hasMeetings} active={active} set={set} />
      {assessment && runsIn !== null && chartUnit !== null && unitMeasures && (
        <UnitProgress
          assessmentId={assessment.id}
          fiscalYear={runsIn}
          assessmentYear={year}
          unitName={units.find((u) => u.id === chartUnit)?.name ?? chartUnit}
          measures={unitMeasures}
          today={today}
        />
      )}
      {error && <ErrorState error={error} onRetry={retry} />}
      {!error && !shown && <LoadingState />}
      {shown && rows && (
        <MeasureList rows={shown} total={rows.length} view={`${year} ${archived} ${JSON.stringify(filters)}`} from={from}>
          <FilterSummary active={active} units={units} links={links} onClear={clear} />
        </MeasureList>
      )}
    </div>
  );
}
