import { FOUND_TYPES, type FoundType } from '../../domain/evidence/fileType';
import { EVIDENCE_TH, FOUND_TH } from '../../domain/evidence/thaiWords';
import { defineMessages } from '../../i18n/featureMessages';

type FoundKey = `evidence.found.${FoundType}`;

const foundWords = (words: Record<FoundType, string>) =>
  Object.fromEntries(FOUND_TYPES.map((found) => [`evidence.found.${found}`, words[found]])) as Record<FoundKey, string>;

/** The English of what a refused file was found to be (docs/evidence.md keeps the same table). */
const FOUND_EN: Record<FoundType, string> = {
  exe: 'a Windows program (.exe)',
  program: 'a program',
  script: 'a script',
  html: 'a web page (HTML)',
  svg: 'an SVG image, which can hide a script',
  xml: 'an XML file',
  text: 'a text file',
  rtf: 'an RTF file',
  zip: 'a ZIP archive',
  rar: 'a RAR archive',
  '7z': 'a 7-Zip archive',
  gzip: 'a gzip archive',
  video: 'a video',
  audio: 'a sound file',
  'office-macros': 'an Office document with macros',
  'office-encrypted': 'a password-protected Office document',
  'office-damaged': 'a damaged or incompletely saved Office document',
  'ole-other': 'a Microsoft file that is not Word, Excel or PowerPoint',
  'ooxml-other': 'an Office file that is not Word, Excel or PowerPoint',
  unknown: 'a type the app does not know',
};

/**
 * The evidence files' words wherever files are attached (a progress update, a finding): the
 * picker and rows, the sending, the kept files' links, and every refusal (the Thai is the domain's own, EVIDENCE_TH and FOUND_TH).
 */
const th = {
  'evidence.file.empty': EVIDENCE_TH['file.empty'],
  'evidence.file.unreadable': EVIDENCE_TH['file.unreadable'],
  'evidence.file.typeNotAllowed': EVIDENCE_TH['file.typeNotAllowed'],
  'evidence.file.undecodable': EVIDENCE_TH['file.undecodable'],
  'evidence.file.tooBig': EVIDENCE_TH['file.tooBig'],
  'evidence.file.hashMismatch': EVIDENCE_TH['file.hashMismatch'],
  'evidence.update.tooMany': EVIDENCE_TH['update.tooMany'],
  // The same count limit, said of a finding, whose count takes in the files it keeps already.
  'evidence.finding.tooMany': 'ข้อบกพร่องหนึ่งข้อแนบไฟล์ได้ไม่เกิน {limit} ไฟล์ (รวมที่แนบไว้แล้วเป็น {count} ไฟล์)',
  'evidence.agency.overQuota': EVIDENCE_TH['agency.overQuota'],
  ...foundWords(FOUND_TH),
  'evidence.heading': 'ไฟล์หลักฐาน (ถ้ามี)',
  'evidence.attach': 'แนบไฟล์',
  'evidence.camera': 'ถ่ายรูป',
  'evidence.hint': 'รูปภาพ PDF Word Excel PowerPoint หรือ OpenDocument ได้ไม่เกิน {limit} ไฟล์ ไฟล์ละไม่เกิน {size} รูปถ่ายจะถูกย่อและลบตำแหน่งที่ถ่ายก่อนบันทึก',
  'evidence.chosen': 'ไฟล์ที่แนบ {count} ไฟล์',
  'evidence.preparing': 'กำลังเตรียม…',
  'evidence.preparingCount': 'กำลังเตรียมไฟล์ {count} ไฟล์…',
  'evidence.remove': 'เอาออก',
  'evidence.waitPreparing': 'รอให้เตรียมไฟล์เสร็จก่อนบันทึก',
  'evidence.sending': 'กำลังส่งไฟล์ {sent} จาก {total}',
  'evidence.saving': 'กำลังบันทึกพร้อมไฟล์…',
  'evidence.cancel': 'ยกเลิกการส่ง',
  'evidence.cancelled': 'ยกเลิกการส่งแล้ว ยังไม่ได้บันทึก',
  'evidence.kept': 'ข้อความและไฟล์ที่เลือกยังอยู่ครบ',
  'evidence.sendAgain': 'ส่งอีกครั้ง',
  'evidence.files': 'ไฟล์หลักฐาน',
  'evidence.download': 'ดาวน์โหลด',
  'evidence.newTab': '(เปิดในแท็บใหม่)',
  'evidence.unavailable': 'เปิดไฟล์ไม่ได้',
};

const en: Record<keyof typeof th, string> = {
  'evidence.file.empty': '{name} is empty: it holds no data.',
  'evidence.file.unreadable': 'The browser could not read {name}: it may have been moved or deleted after it was chosen. Choose it again.',
  'evidence.file.typeNotAllowed':
    'Cannot attach {name}: it is {found}. Attach only images (JPEG, PNG, HEIC, WebP, GIF, TIFF), PDF, Word, Excel, PowerPoint and OpenDocument files.',
  'evidence.file.undecodable':
    'This browser cannot open the picture {name} ({type}), so it cannot shrink it or remove where it was taken. Save it as JPEG and choose it again, or attach it from the phone directly.',
  'evidence.file.tooBig': '{name} is {size}, over the limit of {limit} a file.',
  'evidence.file.hashMismatch': '{name} arrived different from what was sent (its SHA-256 does not match); it may not have been sent whole. Send it again.',
  'evidence.update.tooMany': 'An update can carry at most {limit, plural, one {# file} other {# files}} ({count} chosen).',
  'evidence.finding.tooMany': 'A finding can carry at most {limit, plural, one {# file} other {# files}} ({count} with those it keeps).',
  'evidence.agency.overQuota': "The agency's file space is full: {used} of {limit} used, and these files add {adding}.",
  ...foundWords(FOUND_EN),
  'evidence.heading': 'Evidence files (optional)',
  'evidence.attach': 'Attach files',
  'evidence.camera': 'Take a photo',
  'evidence.hint': 'Images, PDF, Word, Excel, PowerPoint or OpenDocument: up to {limit, plural, one {# file} other {# files}} of {size} each. Photos are shrunk and their location removed before saving.',
  'evidence.chosen': '{count, plural, one {# file attached} other {# files attached}}',
  'evidence.preparing': 'Preparing…',
  'evidence.preparingCount': '{count, plural, one {Preparing # file…} other {Preparing # files…}}',
  'evidence.remove': 'Remove',
  'evidence.waitPreparing': 'Wait until the files are ready before saving.',
  'evidence.sending': 'Sending the files: {sent} of {total}',
  'evidence.saving': 'Saving with the files…',
  'evidence.cancel': 'Cancel sending',
  'evidence.cancelled': 'Sending cancelled: nothing was saved.',
  'evidence.kept': 'The text and the files chosen are all still here.',
  'evidence.sendAgain': 'Send again',
  'evidence.files': 'Evidence files',
  'evidence.download': 'Download',
  'evidence.newTab': '(opens in a new tab)',
  'evidence.unavailable': 'Cannot open the file',
};

export const evidenceMessages = defineMessages(th, en);
