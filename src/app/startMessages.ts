import { defineMessages } from '../i18n/featureMessages';

/** What start-up says before any screen is drawn, in the language the URL asks for. */
const th = {
  'start.newerTab': 'แอปรุ่นใหม่กว่าถูกเปิดในอีกแท็บหนึ่ง แท็บนี้จึงหยุดบันทึกข้อมูลเพื่อไม่ให้ข้อมูลเสียหาย กรุณาโหลดหน้านี้ใหม่',
};

const en: Record<keyof typeof th, string> = {
  'start.newerTab': 'A newer version of the app was opened in another tab, so this tab has stopped saving to keep the data safe. Please reload this page.',
};

export const startMessages = defineMessages(th, en);
