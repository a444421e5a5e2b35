import { defineMessages } from '../../i18n/featureMessages';

/** The progress chart's own words, shipped in the charts' chunk with the chart. */
const th = {
  'progressChart.takeaway': 'ดำเนินการแล้ว {done} จาก {total} มาตรการ ช้ากว่าแผน {late} มาตรการ',
  'progressChart.takeawayNoneLate': 'ดำเนินการแล้ว {done} จาก {total} มาตรการ ไม่มีมาตรการที่ช้ากว่าแผน',
  'progressChart.takeawayEmpty': 'ยังไม่มีมาตรการในปีงบประมาณนี้',
  'progressChart.expected': 'ควรแล้วเสร็จตามแผน',
  'progressChart.done': 'ดำเนินการแล้ว',
  'progressChart.onTrack': 'กำลังดำเนินการตามกำหนด',
  'progressChart.today': 'เดือนนี้',
  'progressChart.caption': 'ความคืบหน้ารายเดือน ปีงบประมาณ พ.ศ. {year} ร้อยละของ {total} มาตรการ',
  'progressChart.month': 'เดือน',
  'progressChart.expectedHead': 'ตามแผน',
  'progressChart.doneHead': 'ดำเนินการแล้ว',
  'progressChart.onTrackHead': 'ตามกำหนด',
  'progressChart.percent': '{value}%',
  'progressChart.noValue': '–',
  'progressChart.points': 'ค่ารายเดือน ใช้ปุ่มลูกศรซ้ายขวาเพื่อเลื่อนเดือน',
  'progressChart.point': '{month}: ควรแล้วเสร็จตามแผนร้อยละ {expected} ดำเนินการแล้วร้อยละ {done} ตามกำหนดร้อยละ {onTrack}',
  'progressChart.pointAhead': '{month}: ควรแล้วเสร็จตามแผนร้อยละ {expected} ยังไม่ถึงเดือนนี้',
  'progressChart.pointToday': '{point} (เดือนนี้)',
};

const en: Record<keyof typeof th, string> = {
  'progressChart.takeaway': '{done} of {total, plural, one {# measure} other {# measures}} done, {late} behind plan',
  'progressChart.takeawayNoneLate': '{done} of {total, plural, one {# measure} other {# measures}} done, none behind plan',
  'progressChart.takeawayEmpty': 'No measures in this fiscal year yet',
  'progressChart.expected': 'Planned to be done',
  'progressChart.done': 'Done',
  'progressChart.onTrack': 'In progress, on track',
  'progressChart.today': 'This month',
  'progressChart.caption': 'Progress month by month, fiscal year {year}, as a percentage of {total, plural, one {# measure} other {# measures}}',
  'progressChart.month': 'Month',
  'progressChart.expectedHead': 'Planned',
  'progressChart.doneHead': 'Done',
  'progressChart.onTrackHead': 'On track',
  'progressChart.percent': '{value}%',
  'progressChart.noValue': '–',
  'progressChart.points': 'Monthly values; use the left and right arrow keys to move between months',
  'progressChart.point': '{month}: planned to be done {expected}%, done {done}%, on track {onTrack}%',
  'progressChart.pointAhead': '{month}: planned to be done {expected}%, not reached yet',
  'progressChart.pointToday': '{point} (this month)',
};

export const progressMessages = defineMessages(th, en);
export type ProgressMessageKey = keyof typeof th;
