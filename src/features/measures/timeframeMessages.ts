import { defineMessages } from '../../i18n/featureMessages';

/**
 * Why a typed timeframe was not read, and the remarks on one that was, by the parser's codes.
 * Thai screens show the parser's own sentence, which also quotes the part that is off; these
 * are the English words for the same codes, and the Thai ones stand in for a sentence lost.
 */
const th = {
  'timeframe.warning.empty': 'ยังไม่ได้กรอกระยะเวลาดำเนินการ',
  'timeframe.warning.unrecognised': 'อ่านระยะเวลา "{text}" ไม่ออก: กรุณาระบุเดือนและปี พ.ศ. ปีงบประมาณ หรือไตรมาส',
  'timeframe.warning.no-year': 'ระยะเวลา "{text}" ไม่ระบุปี: กรุณาใส่ปี พ.ศ.',
  'timeframe.warning.end-before-start': 'ระยะเวลา "{text}" สิ้นสุดก่อนเริ่มต้น',
  'timeframe.warning.ce-year': 'ระยะเวลา "{text}" ใช้ปี ค.ศ.: กรุณาเขียนปี พ.ศ.',
  'timeframe.warning.invalid-month': 'ระยะเวลา "{text}" มีเดือนที่ไม่รู้จัก',
  'timeframe.warning.invalid-day': 'ระยะเวลา "{text}" มีวันที่ที่ไม่มีจริง',
  'timeframe.warning.invalid-quarter': 'ระยะเวลา "{text}" มีไตรมาสที่ไม่มีจริง: ไตรมาสมี 1 ถึง 4',
  'timeframe.warning.vague': 'ระยะเวลา "{text}" ไม่ระบุเดือนหรือปีที่แน่นอน: กรุณาระบุช่วงเดือนหรือปีงบประมาณ',
  'timeframe.warning.ambiguous': 'ระยะเวลา "{text}" อ่านได้มากกว่าหนึ่งแบบ: กรุณาระบุชื่อเดือนและปี พ.ศ. 4 หลัก หรือเขียนว่าปีงบประมาณ',
  'timeframe.warning.open-end': 'ระยะเวลา "{text}" มีวันเริ่มต้นแต่ไม่มีวันสิ้นสุด',
  'timeframe.note.bracket-disagrees': 'ช่วงในวงเล็บไม่ตรงกับข้อความหน้าวงเล็บ: ใช้ช่วงในวงเล็บ',
};

const en: Record<keyof typeof th, string> = {
  'timeframe.warning.empty': 'No timeframe has been entered yet',
  'timeframe.warning.unrecognised': 'Cannot read the timeframe "{text}": name the months and a B.E. year, a fiscal year or a quarter',
  'timeframe.warning.no-year': 'The timeframe "{text}" names no year: add the B.E. year',
  'timeframe.warning.end-before-start': 'The timeframe "{text}" ends before it starts',
  'timeframe.warning.ce-year': 'The timeframe "{text}" has a C.E. year: write the year in B.E.',
  'timeframe.warning.invalid-month': 'The timeframe "{text}" names a month that does not exist',
  'timeframe.warning.invalid-day': 'The timeframe "{text}" has a day that its month does not have',
  'timeframe.warning.invalid-quarter': 'The timeframe "{text}" names a quarter that does not exist: quarters run 1 to 4',
  'timeframe.warning.vague': 'The timeframe "{text}" names no exact month or year: give the months or the fiscal year',
  'timeframe.warning.ambiguous': 'The timeframe "{text}" can be read more than one way: name the months with a four-digit B.E. year, or write "fiscal year"',
  'timeframe.warning.open-end': 'The timeframe "{text}" has a start but no end',
  'timeframe.note.bracket-disagrees': 'The dates in brackets do not agree with the text before them; the dates in brackets were used',
};

export const timeframeMessages = defineMessages(th, en);
