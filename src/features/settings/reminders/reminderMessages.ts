import { defineMessages } from '../../../i18n/featureMessages';

/** The reminders section of settings, on the agency's server only (it sends them). */
const th = {
  'reminders.heading': 'การแจ้งเตือนทาง LINE และอีเมล',
  'reminders.intro': 'เซิร์ฟเวอร์ส่งการแจ้งเตือนถึงหัวหน้าส่วนราชการที่มีมาตรการยังไม่ได้อัปเดตตั้งแต่การประชุมครั้งก่อน และส่งสรุปถึงเจ้าหน้าที่วิเคราะห์นโยบายและแผน ก่อนการประชุมแต่ละครั้ง',
  'reminders.noSecretKey':
    'เซิร์ฟเวอร์ยังไม่มีกุญแจเข้ารหัส (ITA_SECRET_KEY) จึงเก็บโทเค็นและรหัสผ่านไม่ได้ และยังส่งการแจ้งเตือนไม่ได้ ขอให้เจ้าหน้าที่ไอทีตั้งค่า ITA_SECRET_KEY ตามคู่มือ docs/reminders.md แล้วเริ่มเซิร์ฟเวอร์ใหม่',
  'reminders.unreadable.lineToken': 'เปิดอ่าน Channel access token ของ LINE ที่เก็บไว้ไม่ได้ (กุญแจเข้ารหัสถูกเปลี่ยน) กรุณาบันทึกโทเค็นอีกครั้ง',
  'reminders.unreadable.smtpPassword': 'เปิดอ่านรหัสผ่าน SMTP ที่เก็บไว้ไม่ได้ (กุญแจเข้ารหัสถูกเปลี่ยน) กรุณาบันทึกรหัสผ่านอีกครั้ง',
  'reminders.status': 'สถานะ',
  'reminders.on': 'เปิดการแจ้งเตือน',
  'reminders.off': 'ปิดการแจ้งเตือน',
  'reminders.when': 'ส่งก่อนการประชุม {days} วัน ตั้งแต่เวลา {hour}:00 น.',
  'reminders.channel.line': 'LINE',
  'reminders.channel.email': 'อีเมล',
  'reminders.ready.yes': '{channel}: พร้อมส่ง',
  'reminders.ready.no': '{channel}: ยังไม่พร้อมส่ง',
  'reminders.state.off': 'ยังไม่มีการส่ง: การแจ้งเตือนปิดอยู่ หรือยังไม่มีช่องทางที่พร้อมส่ง',
  'reminders.state.no-meeting': 'ยังไม่มีวันประชุมข้างหน้าในปฏิทิน',
  'reminders.state.not-yet': 'การประชุมวันที่ {meeting}: เริ่มส่งการแจ้งเตือน {opensAt}',
  'reminders.state.no-last-meeting': 'การประชุมวันที่ {meeting} เป็นครั้งแรกในปฏิทิน จึงยังไม่มีการประชุมครั้งก่อนให้นับ',
  'reminders.state.due': 'การประชุมวันที่ {meeting}: รอส่ง {count} ข้อความ',
  'reminders.unaddressed': 'ส่วนราชการที่มีมาตรการรออัปเดตแต่ยังไม่มีที่อยู่ผู้รับ: {units}',
};

const en: Record<keyof typeof th, string> = {
  'reminders.heading': 'Reminders by LINE and e-mail',
  'reminders.intro':
    'Before each meeting, the server reminds the head of each unit with measures not updated since the last meeting, and sends a summary to the planning officer',
  'reminders.noSecretKey':
    'The server has no encryption key (ITA_SECRET_KEY), so it cannot keep a token or password, nor send reminders. Ask the IT person to set ITA_SECRET_KEY as docs/reminders.md explains, then restart the server',
  'reminders.unreadable.lineToken': 'The stored LINE channel access token cannot be read (the encryption key changed): save the token again',
  'reminders.unreadable.smtpPassword': 'The stored SMTP password cannot be read (the encryption key changed): save the password again',
  'reminders.status': 'Status',
  'reminders.on': 'Reminders are on',
  'reminders.off': 'Reminders are off',
  'reminders.when': 'Sent {days, plural, one {# day} other {# days}} before each meeting, from {hour}:00',
  'reminders.channel.line': 'LINE',
  'reminders.channel.email': 'E-mail',
  'reminders.ready.yes': '{channel}: ready to send',
  'reminders.ready.no': '{channel}: not ready',
  'reminders.state.off': 'Nothing goes: reminders are off, or no channel is ready',
  'reminders.state.no-meeting': 'No meeting ahead in the calendar',
  'reminders.state.not-yet': 'Meeting on {meeting}: reminders start going {opensAt}',
  'reminders.state.no-last-meeting': 'The meeting on {meeting} is the first in the calendar: there is no last meeting to count from',
  'reminders.state.due': 'Meeting on {meeting}: messages waiting to go: {count}',
  'reminders.unaddressed': 'Units with measures waiting but no address to remind: {units}',
};

export const reminderMessages = defineMessages(th, en);
export type ReminderKey = keyof typeof th;
