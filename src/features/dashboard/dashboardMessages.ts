import { defineMessages } from '../../i18n/featureMessages';

/** The dashboard's first-screen words that are not the app's core ones: the document note and a year with no scores. */
const th = {
  'docNote.summary': 'ตัวเลขบางจุดในเอกสารผลการประเมินไม่ตรงกัน ({count} จุด)',
  'noScores.lead': 'ยังไม่มีคะแนนของปีงบประมาณ {year}',
  'noScores.enter': 'บันทึกหรือนำเข้าคะแนนในหน้าผลการประเมิน',
  'noScores.wait': 'เจ้าหน้าที่วิเคราะห์นโยบายและแผนจะบันทึกคะแนนเมื่อ ป.ป.ช. ประกาศผล แล้วคะแนนรวม ระดับ และกราฟจะแสดงที่นี่',
};

const en: Record<keyof typeof th, string> = {
  'docNote.summary': 'The assessment document disagrees with itself in {count, plural, one {# place} other {# places}}',
  'noScores.lead': 'There are no scores for fiscal year {year} yet',
  'noScores.enter': 'Enter or import the scores on the assessment page',
  'noScores.wait': 'The planning officer enters them once the NACC publishes the result; the total, level and charts then appear here',
};

export const dashboardMessages = defineMessages(th, en);
