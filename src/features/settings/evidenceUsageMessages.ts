import { defineMessages } from '../../i18n/featureMessages';

/** The Settings line on the space evidence files take (issue 25). */
const th = {
  'evidenceUsage.heading': 'ไฟล์หลักฐาน',
  'evidenceUsage.used': 'พื้นที่ไฟล์หลักฐาน: ใช้ไป {used} จาก {limit}',
  'evidenceUsage.usedOnly': 'พื้นที่ไฟล์หลักฐาน: ใช้ไป {used}',
  'evidenceUsage.meter': 'พื้นที่ไฟล์หลักฐานที่ใช้ไป',
  'evidenceUsage.browserHint': 'ไฟล์เก็บอยู่ในเบราว์เซอร์นี้ จึงใช้พื้นที่ของเบราว์เซอร์ร่วมกับข้อมูลอื่น ดูพื้นที่ที่เหลือได้ที่หัวข้อ “ความคงทนของข้อมูล”',
};

const en: Record<keyof typeof th, string> = {
  'evidenceUsage.heading': 'Evidence files',
  'evidenceUsage.used': 'Space for evidence files: {used} of {limit} used',
  'evidenceUsage.usedOnly': 'Space for evidence files: {used} used',
  'evidenceUsage.meter': 'Space for evidence files used',
  'evidenceUsage.browserHint': "The files are kept in this browser, so they share the browser's own storage with the other data: see “Keeping your data” for the room left.",
};

export const evidenceUsageMessages = defineMessages(th, en);
