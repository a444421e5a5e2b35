import type { FoundType } from './fileType';

/** What a refused file was found to be, in Thai: the `{found}` of a type refusal. */
export const FOUND_TH: Record<FoundType, string> = {
  exe: 'โปรแกรม Windows (.exe)',
  program: 'โปรแกรม',
  script: 'สคริปต์คำสั่ง',
  html: 'หน้าเว็บ (HTML)',
  svg: 'ภาพ SVG ซึ่งอาจมีสคริปต์แฝง',
  xml: 'ไฟล์ XML',
  text: 'ไฟล์ข้อความ',
  rtf: 'ไฟล์ RTF',
  zip: 'ไฟล์บีบอัด ZIP',
  rar: 'ไฟล์บีบอัด RAR',
  '7z': 'ไฟล์บีบอัด 7-Zip',
  gzip: 'ไฟล์บีบอัด gzip',
  video: 'วิดีโอ',
  audio: 'ไฟล์เสียง',
  'office-macros': 'เอกสาร Office ที่มีมาโคร',
  'office-encrypted': 'เอกสาร Office ที่ตั้งรหัสผ่าน',
  'office-damaged': 'เอกสาร Office ที่เสียหายหรือบันทึกไม่ครบ',
  'ole-other': 'ไฟล์ Microsoft ที่ไม่ใช่ Word, Excel หรือ PowerPoint',
  'ooxml-other': 'ไฟล์ Office ที่ไม่ใช่ Word, Excel หรือ PowerPoint',
  unknown: 'ไฟล์ชนิดที่ระบบไม่รู้จัก',
};

/** The Thai of every evidence refusal, by code; `{name}` and the rest are the values it carries. */
export const EVIDENCE_TH = {
  'file.empty': 'ไฟล์ {name} ว่าง ไม่มีข้อมูล',
  'file.unreadable': 'เบราว์เซอร์อ่านไฟล์ {name} ไม่ได้ ไฟล์อาจถูกย้ายหรือลบหลังจากเลือก ลองเลือกไฟล์อีกครั้ง',
  'file.typeNotAllowed': 'แนบไฟล์ {name} ไม่ได้: ไฟล์นี้เป็น{found} แนบได้เฉพาะรูปภาพ (JPEG, PNG, HEIC, WebP, GIF, TIFF), PDF, Word, Excel, PowerPoint และ OpenDocument',
  'file.undecodable': 'เบราว์เซอร์นี้เปิดรูป {name} ({type}) ไม่ได้ จึงย่อและลบตำแหน่งที่ถ่ายไม่ได้: บันทึกรูปเป็น JPEG แล้วเลือกใหม่ หรือแนบจากโทรศัพท์โดยตรง',
  'file.tooBig': 'ไฟล์ {name} มีขนาด {size} เกินขนาดสูงสุด {limit} ต่อไฟล์',
  'file.hashMismatch': 'ไฟล์ {name} ที่ได้รับไม่ตรงกับที่ส่ง (SHA-256 ไม่ตรงกัน) อาจส่งไม่ครบ ลองส่งอีกครั้ง',
  'update.tooMany': 'แนบไฟล์ได้ไม่เกิน {limit} ไฟล์ต่อการรายงานหนึ่งครั้ง (เลือกไว้ {count} ไฟล์)',
  'agency.overQuota': 'พื้นที่เก็บไฟล์ของหน่วยงานไม่พอ: ใช้ไปแล้ว {used} จาก {limit} ไฟล์ที่แนบครั้งนี้มีขนาด {adding}',
} as const;

export type EvidenceCode = keyof typeof EVIDENCE_TH;
