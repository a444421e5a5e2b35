import { useMemo } from 'react';
import type { FieldError } from '../../../data/storeError';
import type { FrameworkChange } from '../../../domain/frameworkChanges';
import { FRAMEWORK_PROBLEM_TH, usesOf, type FrameworkProblemCode } from '../../../domain/frameworkRules';
import type { FrameworkFileIssue, FrameworkFileProblem, FrameworkPlace } from '../../../domain/frameworkTransfer';
import type { OItemScoring } from '../../../domain/schemas/framework';
import { useMessages } from '../../../i18n/featureMessages';
import { formatList } from '../../../i18n/numbers';
import { useErrorWords } from '../../../i18n/useErrorWords';
import { fileMessages } from './fileMessages';
import type { FormFault } from './frameworkForm';
import { messages } from './messages';
import { OITEM_SCORING_LABEL } from './oItemScoringLabel';
import { problemMessages } from './problemMessages';

type Values = Readonly<Record<string, string | number>>;

/** The places named in a file, said with the editor's field names; a field the app does not know as the file spells it. */
const FIELDS = new Set(['fiscalYear', 'name', 'nameEn', 'weight', 'number', 'code', 'passMark', 'level', 'min', 'indicator', 'group', 'oItemScoring', 'instruments', 'indicators', 'levels', 'oItems']);

/** How many of a file's issues its refusal sentence names; the list under it has them all. */
const SHOWN = 5;

const isRuleCode = (code: string): code is FrameworkProblemCode => Object.hasOwn(FRAMEWORK_PROBLEM_TH, code);

/**
 * The framework editor's codes in the reader's language: the rules' problems, the form's own
 * faults, a file's refusal and places, and what an import would change.
 */
export function useFrameworkWords() {
  const { t: problemT, locale } = useMessages(problemMessages);
  const { t: fileT } = useMessages(fileMessages);
  const { t: editorT } = useMessages(messages);
  const words = useErrorWords();
  return useMemo(() => {
    const problem = ({ code, values }: { code: FrameworkProblemCode; values: Values }): string => {
      const filled: Record<string, string | number> = { ...values };
      if (typeof values.what === 'string') filled.what = problemT(`frameworkPart.${values.what as 'weight'}`);
      if (typeof values.uses === 'string') filled.uses = formatList(usesOf(values.uses).map((use) => problemT(`frameworkUse.${use}`, values)), locale);
      return problemT(`frameworkProblem.${code}`, filled);
    };

    const fault = (f: FormFault): string => {
      if (f.kind === 'rule') return problem(f.problem);
      if (f.kind === 'schema') return words.field(f.field);
      return problemT(`frameworkFault.${f.code}`, { what: f.what ? problemT(`frameworkFormField.${f.what}`) : '', line: f.line ?? '' });
    };

    /** A store's refusal of a save: the rules' codes in these words, any other field as the app words it. */
    const savedField = (field: FieldError): string => {
      const code = field.code?.replace(/^framework\./, '') ?? '';
      return field.code?.startsWith('framework.') && isRuleCode(code) ? problem({ code, values: field.values ?? {} }) : words.field(field);
    };

    const placePart = (p: FrameworkPlace): string => {
      switch (p.part) {
        case 'instrument':
          return p.code === undefined ? fileT('frameworkPlace.instrument', p) : fileT('frameworkPlace.instrumentCode', { n: p.n, code: p.code });
        case 'indicator':
          return p.number === undefined ? fileT('frameworkPlace.indicator', p) : fileT('frameworkPlace.indicatorNumber', { n: p.n, number: p.number });
        case 'level':
          return fileT('frameworkPlace.level', p);
        case 'oItem':
          return p.code === undefined ? fileT('frameworkPlace.oItem', p) : fileT('frameworkPlace.oItemCode', { n: p.n, code: p.code });
        case 'field':
          return FIELDS.has(p.name) ? fileT(`frameworkPlace.field.${p.name as 'name'}`) : p.name;
        case 'header':
          return fileT('frameworkPlace.header', p);
        case 'whole':
          return fileT('frameworkPlace.whole');
      }
    };
    const place = (parts: readonly FrameworkPlace[]) => parts.map(placePart).join(' › ');

    const fileFault = (issue: FrameworkFileIssue): string => {
      const f = issue.fault;
      if (f.kind === 'rule') return problem(f.problem);
      return words.field({ path: issue.path, message: f.message, code: f.code, values: f.values });
    };
    // Places are worded to sit mid-sentence ("instrument 1 (IIT) › weight"); a line starts with a capital.
    const capital = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
    const fileIssue = (issue: FrameworkFileIssue) => capital(fileT('frameworkFile.issue', { where: place(issue.where), fault: fileFault(issue) }));

    const fileProblem = ({ code, values, issues }: FrameworkFileProblem): string => {
      switch (code) {
        case 'empty':
          return fileT('frameworkFile.empty');
        case 'not-json':
          return values.line === undefined ? fileT('frameworkFile.notJson') : fileT('frameworkFile.notJsonAt', values);
        case 'not-framework':
          return values.format === undefined ? fileT('frameworkFile.notFramework') : fileT('frameworkFile.notFrameworkFormat', values);
        case 'backup':
          return fileT('frameworkFile.backup');
        case 'bad-version':
          return fileT('frameworkFile.badVersion');
        case 'newer-version':
          return fileT('frameworkFile.newerVersion', values);
        case 'invalid':
        case 'rules': {
          const shown = issues.slice(0, SHOWN).map(fileIssue).join('; ');
          const listed = issues.length > SHOWN ? fileT('frameworkFile.more', { shown, count: issues.length - SHOWN }) : shown;
          return fileT(code === 'invalid' ? 'frameworkFile.invalid' : 'frameworkFile.rules', { count: issues.length, issues: listed });
        }
      }
    };

    const scoring = (way: string | number) => editorT(OITEM_SCORING_LABEL[way as OItemScoring]);
    const change = ({ code, values }: FrameworkChange): string =>
      code === 'oItemScoring' ? fileT('frameworkChange.oItemScoring', { from: scoring(values.from), to: scoring(values.to) }) : fileT(`frameworkChange.${code}`, values);

    return { problem, fault, savedField, place, fileIssue, fileProblem, change };
  }, [problemT, fileT, editorT, words, locale]);
}

export type FrameworkWords = ReturnType<typeof useFrameworkWords>;
