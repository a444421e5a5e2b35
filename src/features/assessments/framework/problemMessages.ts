import { FRAMEWORK_PART_TH, FRAMEWORK_PROBLEM_TH, FRAMEWORK_USE_TH } from '../../../domain/frameworkRules';
import { defineMessages } from '../../../i18n/featureMessages';
import { rekeyed } from '../../../i18n/rekeyed';
import * as words from './problemMessages.json';

/** What the framework form refuses field by field, before the rules are asked. */
export type FormFaultCode =
  | 'required'
  | 'choose'
  | 'amountFormat'
  | 'amountPositive'
  | 'indicatorNumber'
  | 'oItemCode'
  | 'noInstruments'
  | 'noIndicators'
  | 'noLevels'
  | 'pasteLine'
  | 'pasteNone';

/** The field a form fault names. */
export type FormField =
  | 'name'
  | 'passMark'
  | 'instrument'
  | 'instrumentName'
  | 'nameEn'
  | 'weight'
  | 'indicatorNumber'
  | 'indicatorName'
  | 'level'
  | 'levelMin'
  | 'indicator'
  | 'oItemCode'
  | 'oItemGroup'
  | 'oItemName';

const th = {
  ...rekeyed(FRAMEWORK_PROBLEM_TH, '', 'frameworkProblem.'),
  ...rekeyed(FRAMEWORK_PART_TH, '', 'frameworkPart.'),
  ...rekeyed(FRAMEWORK_USE_TH, '', 'frameworkUse.'),
  // The form's own codes are worded in the JSON, every one of them.
  ...(words.th satisfies Record<`frameworkFault.${FormFaultCode}` | `frameworkFormField.${FormField}`, string>),
};

/** Why the editor will not save a framework, by the rule's or the form's code. */
export const problemMessages = defineMessages(th, words.en);
