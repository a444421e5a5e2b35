import type { ConsistencyWarning } from '../domain/consistency';
import type { MessageKey, MessageParams } from './i18n';
import { formatList, formatScore } from './numbers';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A consistency warning in the reader's language; every screen that lists them says them alike. */
export function describeWarning(warning: ConsistencyWarning, t: Translate, locale: string, passMark: number): string {
  const score = (n: number) => formatScore(n, locale);
  switch (warning.code) {
    case 'reported-total-differs':
      return t('warning.reported-total-differs', {
        reported: score(warning.reported),
        computed: score(warning.computed),
        difference: score(Math.abs(warning.difference)),
      });
    case 'reported-level-differs':
      return t('warning.reported-level-differs', { reported: warning.reported, computed: warning.computed });
    case 'indicator-stated-twice':
      return t('warning.indicator-stated-twice', {
        indicator: warning.indicator,
        tableScore: score(warning.tableScore),
        others: formatList(
          warning.statements.map((s) => t('warning.source.finding', { score: score(s.score) })),
          locale,
        ),
      });
    case 'pass-count-contradicted':
      return t('warning.pass-count-contradicted', {
        claimedPassed: warning.claimed.passed,
        claimedFailed: warning.claimed.failed,
        passed: warning.computed.passed,
        failed: warning.computed.failed,
        failing: formatList(
          warning.failing.map((f) => t('warning.failingItem', { indicator: f.indicator, score: score(f.score) })),
          locale,
        ),
        passMark: score(passMark),
      });
    case 'missing-indicators':
      return t('warning.missing-indicators', { indicators: formatList(warning.indicators, locale) });
    case 'unknown-indicators':
      return t('warning.unknown-indicators', { indicators: formatList(warning.indicators, locale) });
  }
}
