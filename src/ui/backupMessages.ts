import type { BackupWordKey } from '../domain/backup/problems';
import { defineMessages } from '../i18n/featureMessages';

/** Why a backup file cannot be restored, by the reader's key; {details} names records and fields as the reader found them. */
const th: Record<BackupWordKey, string> = {
  'backup.empty': 'ไฟล์ว่างเปล่า ไม่มีข้อมูลให้กู้คืน',
  'backup.notJson': 'ไฟล์นี้ไม่ใช่ไฟล์ JSON หรือถูกตัดขาด/แก้ไขจนอ่านไม่ได้',
  'backup.notJsonAt': 'ไฟล์นี้ไม่ใช่ไฟล์ JSON หรือถูกตัดขาด/แก้ไขจนอ่านไม่ได้ (อ่านไม่ได้ตั้งแต่บรรทัดที่ {line} ตัวอักษรที่ {column})',
  'backup.notOursFormat': 'ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของแดชบอร์ดมาตรการ ITA (ไฟล์ระบุรูปแบบเป็น "{format}")',
  'backup.notOursNoHeader': 'ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของแดชบอร์ดมาตรการ ITA (ไม่มีส่วนหัวของไฟล์สำรองข้อมูล)',
  'backup.badVersion': 'ไฟล์สำรองข้อมูลนี้ไม่ระบุรุ่นของรูปแบบไฟล์ หรือระบุไม่ถูกต้อง (ช่อง "version" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป) จึงอ่านอย่างปลอดภัยไม่ได้',
  'backup.newerVersion': 'ไฟล์นี้สร้างโดยแอปรุ่นที่ใหม่กว่า (รูปแบบไฟล์รุ่น {version} แต่แอปนี้อ่านได้ถึงรุ่น {current}) จึงอ่านอย่างปลอดภัยไม่ได้ กรุณาใช้แอปรุ่นล่าสุด',
  'backup.noMigration': 'แอปนี้ไม่มีวิธีแปลงไฟล์สำรองข้อมูลรุ่น {from} เป็นรุ่น {to} จึงกู้คืนอย่างปลอดภัยไม่ได้',
  'backup.migrationFailed': 'แปลงไฟล์สำรองข้อมูลรุ่น {from} เป็นรุ่น {to} ไม่สำเร็จ: ข้อมูลในไฟล์ไม่เป็นไปตามรูปแบบของรุ่น {from}',
  'backup.invalidRecords': 'ข้อมูลในไฟล์ไม่ถูกต้อง: {details}',
  'backup.inconsistent': 'ข้อมูลในไฟล์อ้างถึงกันไม่ครบ: {details}',
};

const en: Record<BackupWordKey, string> = {
  'backup.empty': 'The file is empty; there is nothing to restore.',
  'backup.notJson': 'This is not a JSON file, or it was cut short or edited until it cannot be read.',
  'backup.notJsonAt': 'This is not a JSON file, or it was cut short or edited until it cannot be read (unreadable from line {line}, character {column}).',
  'backup.notOursFormat': 'This is not a backup of the ITA Measures Dashboard (the file says its format is "{format}").',
  'backup.notOursNoHeader': 'This is not a backup of the ITA Measures Dashboard (it has no backup header).',
  'backup.badVersion': 'This backup does not say which version of the file format it is, or says it wrongly ("version" must be a whole number from 1), so it cannot be read safely.',
  'backup.newerVersion': 'This file was made by a newer version of the app (file format {version}; this app reads up to {current}), so it cannot be read safely. Please use the latest version of the app.',
  'backup.noMigration': 'This app has no way to convert a version {from} backup to version {to}, so it cannot restore it safely.',
  'backup.migrationFailed': 'Converting the backup from version {from} to version {to} failed: the data does not follow the version {from} format.',
  // The details name records and fields in Thai, as the reader found them (structured paths are still to come).
  'backup.invalidRecords': 'The file holds invalid data (details in Thai): {details}',
  'backup.inconsistent': 'Records in the file refer to others it does not hold (details in Thai): {details}',
};

export const backupMessages = defineMessages(th, en);
