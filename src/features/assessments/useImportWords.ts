import { useMemo } from 'react';
import { wordProblem, wordRefusal, type Fill, type ImportProblem } from '../../domain/import/problems';
import type { ImportSource } from '../../domain/import/scoreImport';
import type { ScoreRefusal } from '../../domain/typedScore';
import { format, useI18n } from '../../i18n/i18n';
import { importMessages } from './importMessages';

/** An import problem's code and values, worded in the reader's language; a typed score's refusal too, in the same words as a file's cell. */
export function useImportWords() {
  const { language, locale } = useI18n();
  return useMemo(() => {
    const fill: Fill = (code, values) => format(importMessages[language][code], values, locale);
    return {
      problem: (p: ImportProblem) => wordProblem(p, fill),
      refusal: (r: { problem: ImportProblem; source?: ImportSource }) => wordRefusal(r, fill),
      score: (r: ScoreRefusal) => fill(r.code, r.values),
    };
  }, [language, locale]);
}
