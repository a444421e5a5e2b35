import type { ConsistencyWarning } from '../../domain/consistency';
import type { MessageKey, MessageParams } from '../../i18n/i18n';
import { formatList, formatScore } from '../../i18n/numbers';

/** The catalog key and parameters that put a consistency warning into words. */
export function warningMessage(
  warning: ConsistencyWarning,
  locale: string,
  passMark: number,
): { key: MessageKey; params: MessageParams } {
  const score = (n: number) => formatScore(n, locale);
  switch (warning.code) {
    case 'reported-total-differs':
      return {
        key: 'warning.reported-total-differs',
        params: { reported: score(warning.reported), computed: score(warning.computed), difference: score(Math.abs(warning.difference)) },
      };
    case 'reported-level-differs':
      return { key: 'warning.reported-level-differs', params: { reported: warning.reported, computed: warning.computed } };
    case 'indicator-stated-twice':
      return {
        key: 'warning.indicator-stated-twice',
        params: {
          indicator: warning.indicator,
          tableScore: score(warning.tableScore),
          others: formatList(warning.statements.map((s) => score(s.score)), locale),
        },
      };
    case 'pass-count-contradicted':
      return {
        key: 'warning.pass-count-contradicted',
        params: {
          claimedPassed: warning.claimed.passed,
          claimedFailed: warning.claimed.failed,
          passed: warning.computed.passed,
          failed: warning.computed.failed,
          failing: formatList(warning.failing, locale),
          passMark: score(passMark),
        },
      };
    case 'missing-indicators':
      return { key: 'warning.missing-indicators', params: { indicators: formatList(warning.indicators, locale) } };
    case 'unknown-indicators':
      return { key: 'warning.unknown-indicators', params: { indicators: formatList(warning.indicators, locale) } };
  }
}
