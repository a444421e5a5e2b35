import {
  FRAMEWORK_PART_TH,
  FRAMEWORK_PROBLEM_TH,
  FRAMEWORK_USE_TH,
  type FrameworkPart,
  type FrameworkProblemCode,
  type FrameworkUse,
} from '../../../domain/frameworkRules';
import { defineMessages } from '../../../i18n/featureMessages';

/** A domain table's Thai under the catalog's keys: the words stay where the stores take them from. */
const prefixed = <P extends string, K extends string>(prefix: P, table: Readonly<Record<K, string>>) =>
  Object.fromEntries(Object.entries(table).map(([key, text]) => [`${prefix}${key}`, text])) as Record<`${P}${K}`, string>;

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

const formTh: Record<`frameworkFault.${FormFaultCode}`, string> = {
  'frameworkFault.required': 'กรอก{what}',
  'frameworkFault.choose': 'เลือก{what}',
  'frameworkFault.amountFormat': '{what}ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง',
  'frameworkFault.amountPositive': '{what}ต้องมากกว่า 0',
  'frameworkFault.indicatorNumber': 'เลขตัวชี้วัดต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป',
  'frameworkFault.oItemCode': 'รหัสข้อต้องเป็น O ตามด้วยตัวเลข เช่น O35',
  'frameworkFault.noInstruments': 'เกณฑ์ต้องมีเครื่องมืออย่างน้อย 1 เครื่องมือ',
  'frameworkFault.noIndicators': 'เครื่องมือต้องมีตัวชี้วัดอย่างน้อย 1 ตัว',
  'frameworkFault.noLevels': 'เกณฑ์ต้องมีระดับอย่างน้อย 1 ระดับ',
  'frameworkFault.pasteLine': 'บรรทัดที่ {line} ต้องมี 4 ช่อง: รหัสข้อ ตัวชี้วัด หมวด และชื่อข้อ',
  'frameworkFault.pasteNone': 'ไม่พบรายการข้อ OIT ในข้อความที่วาง',
};

const fieldTh: Record<`frameworkFormField.${FormField}`, string> = {
  'frameworkFormField.name': 'ชื่อเกณฑ์',
  'frameworkFormField.passMark': 'เกณฑ์ผ่าน',
  'frameworkFormField.instrument': 'เครื่องมือ',
  'frameworkFormField.instrumentName': 'ชื่อเครื่องมือ',
  'frameworkFormField.nameEn': 'ชื่อภาษาอังกฤษ',
  'frameworkFormField.weight': 'น้ำหนัก',
  'frameworkFormField.indicatorNumber': 'เลขตัวชี้วัด',
  'frameworkFormField.indicatorName': 'ชื่อตัวชี้วัด',
  'frameworkFormField.level': 'ระดับ',
  'frameworkFormField.levelMin': 'คะแนนเริ่มต้นของระดับ',
  'frameworkFormField.indicator': 'ตัวชี้วัด',
  'frameworkFormField.oItemCode': 'รหัสข้อ',
  'frameworkFormField.oItemGroup': 'หมวดของข้อ',
  'frameworkFormField.oItemName': 'ชื่อข้อ',
};

const th = {
  ...prefixed('frameworkProblem.', FRAMEWORK_PROBLEM_TH),
  ...prefixed('frameworkPart.', FRAMEWORK_PART_TH),
  ...prefixed('frameworkUse.', FRAMEWORK_USE_TH),
  ...formTh,
  ...fieldTh,
};

type Key = keyof typeof th;

const problemsEn: Record<`frameworkProblem.${FrameworkProblemCode}`, string> = {
  'frameworkProblem.weightTotal': 'The instrument weights add up to {total}, not 100',
  'frameworkProblem.instrumentRepeated': 'Instrument {code} is listed twice',
  'frameworkProblem.indicatorWeights': 'The indicator weights in {code} add up to {sum}, but the weight of {code} is {weight}',
  'frameworkProblem.indicatorRepeated': 'Indicator {number} is already in {first}',
  'frameworkProblem.oItemRepeated': 'Item {code} is listed twice',
  'frameworkProblem.oItemOrphan': 'Item {code} is under indicator {indicator}, which this framework does not have',
  'frameworkProblem.lowestLevel': 'The lowest level must start at 0 points, so that every total has a level',
  'frameworkProblem.levelsSameMin': 'Levels {upper} and {lower} start at the same score ({min})',
  'frameworkProblem.levelOrder': 'Level {level} must start at a higher score than level {above}',
  'frameworkProblem.levelRepeated': 'Level {level} is listed twice',
  'frameworkProblem.blank': '{what} is blank',
  'frameworkProblem.spaces': '{what} "{value}" has spaces before or after it',
  'frameworkProblem.decimals': '{what} {value} has more than 2 decimals',
  'frameworkProblem.indicatorInUse': 'Indicator {number} is still named by {uses}, so it cannot leave the framework',
  'frameworkProblem.oItemInUse': 'Item {code} is still named by {uses}, so it cannot leave the framework',
};

const partsEn: Record<`frameworkPart.${FrameworkPart}`, string> = {
  'frameworkPart.frameworkName': 'The framework name',
  'frameworkPart.passMark': 'The pass mark',
  'frameworkPart.instrumentName': 'The instrument name',
  'frameworkPart.instrumentNameEn': 'The instrument’s English name',
  'frameworkPart.weight': 'The weight',
  'frameworkPart.indicatorName': 'The indicator name',
  'frameworkPart.indicatorNameEn': 'The indicator’s English name',
  'frameworkPart.levelMin': 'The level’s starting score',
  'frameworkPart.oItemGroup': 'The item’s group',
  'frameworkPart.oItemName': 'The item name',
};

const usesEn: Record<`frameworkUse.${FrameworkUse}`, string> = {
  'frameworkUse.scores': 'the {year} scores',
  'frameworkUse.notes': 'the notes by issue',
  'frameworkUse.results': 'the {year} check results',
  'frameworkUse.recommendations': 'the assessor’s recommendations',
  'frameworkUse.findings': 'a finding',
  'frameworkUse.measures': 'a measure',
};

const en: Record<Key, string> = {
  ...problemsEn,
  ...partsEn,
  ...usesEn,
  'frameworkFault.required': 'Type {what}',
  'frameworkFault.choose': 'Choose {what}',
  'frameworkFault.amountFormat': 'Type {what} as a number from 0 to 100 with at most 2 decimals',
  'frameworkFault.amountPositive': 'Type {what} above 0',
  'frameworkFault.indicatorNumber': 'The indicator number must be a whole number from 1 up',
  'frameworkFault.oItemCode': 'An item code is O followed by a number, such as O35',
  'frameworkFault.noInstruments': 'A framework needs at least 1 instrument',
  'frameworkFault.noIndicators': 'An instrument needs at least 1 indicator',
  'frameworkFault.noLevels': 'A framework needs at least 1 level',
  'frameworkFault.pasteLine': 'Line {line} needs 4 cells: item code, indicator, group and item name',
  'frameworkFault.pasteNone': 'The pasted text has no O-items',
  'frameworkFormField.name': 'the framework name',
  'frameworkFormField.passMark': 'the pass mark',
  'frameworkFormField.instrument': 'an instrument',
  'frameworkFormField.instrumentName': 'the instrument name',
  'frameworkFormField.nameEn': 'the name in English',
  'frameworkFormField.weight': 'a weight',
  'frameworkFormField.indicatorNumber': 'the indicator number',
  'frameworkFormField.indicatorName': 'the indicator name',
  'frameworkFormField.level': 'a level',
  'frameworkFormField.levelMin': 'the level’s starting score',
  'frameworkFormField.indicator': 'an indicator',
  'frameworkFormField.oItemCode': 'the item code',
  'frameworkFormField.oItemGroup': 'the item’s group',
  'frameworkFormField.oItemName': 'the item name',
};

/** Why the editor will not save a framework, by the rule's or the form's code. */
export const problemMessages = defineMessages(th, en);
