import { defineMessages } from '../../i18n/featureMessages';

/** The reports screen's own words; the documents themselves are always in Thai, as published. */
const th = {
  'reports.heading': 'รายงาน ปีงบประมาณ พ.ศ. {year}',
  'reports.intro': 'เอกสารที่หน่วยงานต้องเผยแพร่ จัดรูปแบบตามหนังสือราชการ พิมพ์เป็น A4 หรือบันทึกเป็น PDF จากเบราว์เซอร์ได้ สิ่งที่พิมพ์ออกมาคือสิ่งที่เห็นในตัวอย่างด้านล่าง',
  'reports.years': 'ปีงบประมาณ',
  'reports.options': 'ตั้งค่าการพิมพ์',
  'reports.numerals': 'เลขหน้า',
  'reports.numeralsThai': 'เลขไทย (๑ ๒ ๓)',
  'reports.numeralsArabic': 'เลขอารบิก (1 2 3)',
  'reports.signer': 'ผู้รับผิดชอบ (ชื่อ-สกุล)',
  'reports.signerTitle': 'ตำแหน่งผู้รับผิดชอบ',
  'reports.approver': 'ผู้บริหาร (ชื่อ-สกุล)',
  'reports.approverTitle': 'ตำแหน่งผู้บริหาร',
  'reports.print': 'พิมพ์ / บันทึกเป็น PDF',
  'reports.exports': 'ส่งออกข้อมูล',
  'reports.exportsIntro': 'ไฟล์ CSV เปิดด้วย Excel ได้โดยภาษาไทยไม่เพี้ยน ไฟล์สำรองข้อมูลทั้งหมด (JSON) อยู่ที่หน้าตั้งค่า',
  'reports.measuresCsv': 'ดาวน์โหลดมาตรการ (CSV)',
  'reports.progressCsv': 'ดาวน์โหลดความคืบหน้าทั้งหมด (CSV)',
  'reports.backup': 'ไปที่การสำรองข้อมูล',
  'reports.preview': 'ตัวอย่างก่อนพิมพ์',
};

const en: Record<keyof typeof th, string> = {
  'reports.heading': 'Reports, fiscal year {year} B.E.',
  'reports.intro': 'The documents the agency must publish, in the Thai official style; print them on A4 or save them as PDF from the browser. What prints is the preview below',
  'reports.years': 'Fiscal years',
  'reports.options': 'Print settings',
  'reports.numerals': 'Page numbers',
  'reports.numeralsThai': 'Thai numerals (๑ ๒ ๓)',
  'reports.numeralsArabic': 'Arabic numerals (1 2 3)',
  'reports.signer': 'Responsible officer (name)',
  'reports.signerTitle': 'Responsible officer’s position',
  'reports.approver': 'Executive (name)',
  'reports.approverTitle': 'Executive’s position',
  'reports.print': 'Print / save as PDF',
  'reports.exports': 'Exports',
  'reports.exportsIntro': 'CSV files open in Excel with the Thai intact; the full backup (JSON) is on the settings screen',
  'reports.measuresCsv': 'Download the measures (CSV)',
  'reports.progressCsv': 'Download all progress updates (CSV)',
  'reports.backup': 'Go to backups',
  'reports.preview': 'Print preview',
};

export const messages = defineMessages(th, en);
