import { useMemo } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { messages } from './messages';
import type { ScoreFault, ScoreFaultWording } from './scoreForm';
import { useImportWords } from './useImportWords';

/**
 * The score form's faults in the reader's language: a typed score in a file's words, a count in
 * the form's own, and the store's schema by its issue's code. An English reader is told which
 * field the schema means, as the Thai sentence names it.
 */
export function useScoreFaultWords(): ScoreFaultWording {
  const { t, language } = useMessages(messages);
  const imports = useImportWords();
  const words = useErrorWords();
  return useMemo(
    () =>
      (fault: ScoreFault): string => {
        switch (fault.code) {
          case 'count.range':
            return t('entry.count.range', fault.values);
          case 'count.pair':
            return t('entry.count.pair');
          case 'count.overTotal':
            return t('entry.count.overTotal', fault.values);
          case 'schema': {
            const text = words.field(fault.field);
            return language === 'th' || fault.field.path === '' ? text : `${fault.field.path}: ${text}`;
          }
          default:
            return imports.score(fault);
        }
      },
    [t, language, imports, words],
  );
}
