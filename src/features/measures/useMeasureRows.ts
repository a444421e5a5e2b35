import { useEffect, useMemo } from 'react';
import { useFindings, useLatestProgress, useMeasuresOf, useSettings, useUnits } from '../../data/queries';
import { freshnessOf } from '../../domain/freshness';
import { nextMeeting, thaiDateOf } from '../../domain/meetingCalendar';
import { NO_MEETINGS } from '../../domain/schemas/meetingCalendar';
import { healthOf } from '../../domain/measureHealth';
import { linksOf } from '../../domain/measureLinks';
import type { OItemDef } from '../../domain/schemas/framework';
import { prepareSearch, unitAliasesOf, unitNameMap, unitNamesOf, type MeasureRow } from './measureFilters';

/** Every measure of an assessment with its latest update, units, links and health today. */
export function useMeasureRows(assessmentId: string | undefined, includeArchived: boolean, today: Date, oItems: readonly OItemDef[]) {
  const measures = useMeasuresOf(assessmentId, includeArchived);
  const latest = useLatestProgress(assessmentId);
  const units = useUnits();
  const findings = useFindings(assessmentId);
  const settings = useSettings();
  const queries = [measures, latest, units, findings, settings];
  const error = queries.find((q) => q.isError)?.error ?? null;
  const rows = useMemo<MeasureRow[] | null>(() => {
    if (!measures.data || !latest.data || !units.data || !findings.data || !settings.data) return null;
    const newest = new Map(latest.data.map((u) => [u.measureId, u]));
    const names = unitNameMap(units.data);
    const fresh = freshnessOf(measures.data, latest.data, settings.data.meetings ?? NO_MEETINGS, today);
    return measures.data.map((measure) => {
      const last = newest.get(measure.id) ?? null;
      return {
        measure,
        latest: last,
        status: last?.status ?? 'not-started',
        health: healthOf(measure.timeframe, last, today),
        unitNames: unitNamesOf(measure, names),
        unitAliases: unitAliasesOf(measure, names),
        links: linksOf(measure, findings.data, oItems),
        freshness: fresh.byMeasure.get(measure.id) ?? 'not-expected',
        lastMeeting: fresh.lastMeeting,
      };
    });
  }, [measures.data, latest.data, units.data, findings.data, settings.data, today, oItems]);
  useEffect(() => {
    if (!rows || typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => prepareSearch(rows));
    return () => cancelIdleCallback(handle);
  }, [rows]);
  const meetings = settings.data?.meetings ?? NO_MEETINGS;
  return {
    rows,
    error,
    retry: () => queries.forEach((q) => void q.refetch()),
    units: units.data ?? [],
    nextMeeting: settings.data ? nextMeeting(meetings, thaiDateOf(today)) : null,
    hasMeetings: meetings.rule !== null || meetings.extraDates.length > 0,
  };
}
