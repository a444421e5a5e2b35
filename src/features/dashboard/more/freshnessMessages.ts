import { defineMessages } from '../../../i18n/featureMessages';

/** The words of the dashboard's "updated since the last meeting" section and its reminders. */
const th = {
  'fresh.heading': 'การบันทึกความคืบหน้าก่อนการประชุม',
  'fresh.noCalendar': 'ยังไม่ได้กำหนดวันประชุมประจำเดือน จึงยังบอกไม่ได้ว่ามาตรการใดยังไม่ได้อัปเดตก่อนการประชุม',
  'fresh.setCalendar': 'กำหนดวันประชุมในหน้าตั้งค่า',
  'fresh.next': 'การประชุมครั้งต่อไป: {date}',
  'fresh.nextToday': 'การประชุมครั้งต่อไป: วันนี้ ({date})',
  'fresh.noNext': 'ยังไม่มีวันประชุมครั้งต่อไปในปฏิทิน',
  'fresh.since': 'นับการบันทึกตั้งแต่การประชุมครั้งก่อน {date}',
  'fresh.noLast': 'ยังไม่มีการประชุมครั้งก่อน จึงยังไม่มีมาตรการที่ต้องตามให้อัปเดต',
  'fresh.summary': 'ยังไม่อัปเดต {stale} จาก {expected} มาตรการที่ต้องรายงาน',
  'fresh.allDone': 'ทุกมาตรการที่ต้องรายงานอัปเดตแล้วตั้งแต่การประชุมครั้งก่อน ({expected} มาตรการ)',
  'fresh.unitLine': 'ยังไม่อัปเดต {stale} จาก {expected}',
  'fresh.noUnit': 'ไม่ระบุส่วนราชการ',
  'fresh.staleList': 'มาตรการที่ยังไม่อัปเดตของ{unit}',
  'fresh.remindUnit': 'ข้อความเตือน{unit}',
  'fresh.remindAll': 'ข้อความสรุปทั้งหน่วยงาน',
  'fresh.messageLabel': 'ข้อความสำหรับส่งในกลุ่มไลน์ของหัวหน้าส่วนราชการ',
  'fresh.copy': 'คัดลอกข้อความ',
  'fresh.share': 'แชร์',
  'fresh.copied': 'คัดลอกข้อความแล้ว นำไปวางในกลุ่มไลน์ได้เลย',
  'fresh.copyFailed': 'คัดลอกอัตโนมัติไม่ได้ ข้อความถูกเลือกไว้แล้ว กด Ctrl+C (หรือกดค้างแล้วเลือกคัดลอก) เพื่อคัดลอก',
  'fresh.notSent': 'ระบบไม่ได้ส่งข้อความให้เอง ให้คัดลอกหรือแชร์ไปยังกลุ่มไลน์ของหัวหน้าส่วนราชการ',
};

const en: Record<keyof typeof th, string> = {
  'fresh.heading': 'Updates before the meeting',
  'fresh.noCalendar': 'No monthly meeting is set yet, so the app cannot tell which measures still need an update before it',
  'fresh.setCalendar': 'Set the meeting dates in settings',
  'fresh.next': 'Next meeting: {date}',
  'fresh.nextToday': 'Next meeting: today ({date})',
  'fresh.noNext': 'No next meeting in the calendar',
  'fresh.since': 'Counting updates since the last meeting, {date}',
  'fresh.noLast': 'There has been no meeting yet, so no measure needs chasing',
  'fresh.summary': '{stale} of the {expected} measures due to report have no update yet',
  'fresh.allDone': 'Every measure due to report has been updated since the last meeting ({expected} measures)',
  'fresh.unitLine': '{stale} of {expected} not updated',
  'fresh.noUnit': 'No unit named',
  'fresh.staleList': 'Measures of {unit} not yet updated',
  'fresh.remindUnit': 'Reminder for {unit}',
  'fresh.remindAll': 'Summary for the whole agency',
  'fresh.messageLabel': 'Message for the unit heads’ LINE group (in Thai)',
  'fresh.copy': 'Copy the message',
  'fresh.share': 'Share',
  'fresh.copied': 'Copied: paste it into the LINE group',
  'fresh.copyFailed': 'Could not copy by itself: the message is selected, press Ctrl+C (or long-press and copy)',
  'fresh.notSent': 'The app sends nothing itself: copy or share the message to the unit heads’ LINE group',
};

export const freshnessMessages = defineMessages(th, en);
