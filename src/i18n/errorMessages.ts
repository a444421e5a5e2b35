import { defineMessages } from './featureMessages';

/**
 * A store's refusal and a field's fault, by kind, reason and code. Thai screens show the store's
 * own Thai sentence, which names the record and the field; these are the words for the rest, and
 * the Thai ones stand in where a sentence is missing.
 */
const th = {
  'storeError.validation': 'ข้อมูลไม่ถูกต้อง: {problems}',
  'storeError.not-found': 'ไม่พบข้อมูลนี้ อาจถูกลบไปแล้ว',
  'storeError.forbidden': 'บทบาทของคุณทำรายการนี้ไม่ได้',
  'storeError.conflict': 'มีผู้บันทึก "{title}" ก่อนหน้าคุณ ข้อมูลที่คุณพิมพ์ยังอยู่ กรุณาตรวจสอบฉบับล่าสุดแล้วบันทึกอีกครั้ง',
  'storeError.storage.quota': 'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม กรุณาลบข้อมูลที่ไม่ใช้แล้วลองอีกครั้ง',
  'storeError.storage.blocked': 'เบราว์เซอร์ไม่อนุญาตให้เก็บข้อมูล (อาจเป็นหน้าต่างส่วนตัว) กรุณาเปิดในหน้าต่างปกติ',
  'storeError.storage.unreadable': 'อ่านข้อมูลที่เก็บในเบราว์เซอร์นี้ไม่ได้',
  'storeError.storage.newer-version': 'แอปรุ่นใหม่กว่าเปิดอยู่ในอีกแท็บหนึ่ง กรุณาโหลดหน้านี้ใหม่',
  'storeError.storage.unavailable': 'เบราว์เซอร์นี้เก็บข้อมูลไม่ได้',
  'storeError.network.timeout': 'เซิร์ฟเวอร์ตอบช้าเกินไป กรุณาลองอีกครั้ง',
  'storeError.network.offline': 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  'storeError.network.server': 'เซิร์ฟเวอร์ขัดข้อง ({status}) กรุณาลองอีกครั้งภายหลัง',
  'storeError.network.bad-response': 'อ่านคำตอบของเซิร์ฟเวอร์ไม่ได้',
  'fieldError.required': 'ต้องระบุ',
  'fieldError.tooShort': 'ต้องมีอย่างน้อย {minimum} ตัวอักษร',
  'fieldError.tooLong': 'ยาวเกิน {maximum} ตัวอักษร',
  'fieldError.tooSmall': 'ต้องไม่น้อยกว่า {minimum}',
  'fieldError.tooBig': 'ต้องไม่เกิน {maximum}',
  'fieldError.tooFew': 'ต้องเลือกอย่างน้อย {minimum} รายการ',
  'fieldError.tooMany': 'มีได้ไม่เกิน {maximum} รายการ',
  'fieldError.number': 'ต้องเป็นตัวเลข',
  'fieldError.integer': 'ต้องเป็นจำนวนเต็ม',
  'fieldError.date': 'วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.)',
  'fieldError.url': 'ต้องเป็นลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://',
  'fieldError.format': 'รูปแบบไม่ถูกต้อง',
  'fieldError.choice': 'ไม่ใช่ตัวเลือกที่ใช้ได้',
  'fieldError.unit-matches-role': 'หัวหน้าส่วนราชการต้องระบุส่วนราชการ บทบาทอื่นต้องไม่ระบุ',
  'fieldError.head-needs-unit': 'หัวหน้าส่วนราชการต้องระบุส่วนราชการที่สังกัด',
  'fieldError.timeframe-start-without-end': 'ระยะเวลาดำเนินการมีวันเริ่มต้นแต่ไม่มีวันสิ้นสุด',
  'fieldError.day-not-in-month': 'วันที่นี้ไม่มีอยู่จริงในเดือนนั้น',
};

const en: Record<keyof typeof th, string> = {
  'storeError.validation': 'Some of the data is not valid: {problems}',
  'storeError.not-found': 'This record was not found; it may have been deleted',
  'storeError.forbidden': 'Your role cannot make this change',
  'storeError.conflict': 'Someone saved "{title}" before you. What you typed is still here: check the latest version, then save again',
  'storeError.storage.quota': 'The browser has no room left to store data: delete what is no longer needed and try again',
  'storeError.storage.blocked': 'The browser does not allow this site to store data (a private window?): open it in a normal window',
  'storeError.storage.unreadable': 'The data stored in this browser cannot be read',
  'storeError.storage.newer-version': 'A newer version of the app is open in another tab: reload this page',
  'storeError.storage.unavailable': 'This browser cannot store data',
  'storeError.network.timeout': 'The server took too long to answer: try again',
  'storeError.network.offline': 'The server cannot be reached: check the connection and try again',
  'storeError.network.server': 'The server had a problem ({status}): try again later',
  'storeError.network.bad-response': 'The server’s answer could not be read',
  'fieldError.required': 'Required',
  'fieldError.tooShort': 'At least {minimum, plural, one {# character} other {# characters}}',
  'fieldError.tooLong': 'Longer than {maximum, plural, one {# character} other {# characters}}',
  'fieldError.tooSmall': 'Must be at least {minimum}',
  'fieldError.tooBig': 'Must be at most {maximum}',
  'fieldError.tooFew': 'Choose at least {minimum, plural, one {# item} other {# items}}',
  'fieldError.tooMany': 'At most {maximum, plural, one {# item} other {# items}}',
  'fieldError.number': 'Must be a number',
  'fieldError.integer': 'Must be a whole number',
  'fieldError.date': 'The date must be written YYYY-MM-DD (C.E.)',
  'fieldError.url': 'Must be a link starting with http:// or https://',
  'fieldError.format': 'Not in the expected form',
  'fieldError.choice': 'Not one of the choices',
  'fieldError.unit-matches-role': 'A department head needs a unit; other roles have none',
  'fieldError.head-needs-unit': 'A department head needs the unit they belong to',
  'fieldError.timeframe-start-without-end': 'The timeframe has a start but no end',
  'fieldError.day-not-in-month': 'That day does not exist in its month',
};

export const errorMessages = defineMessages(th, en);
export type ErrorKey = keyof typeof th;
