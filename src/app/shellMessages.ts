import { defineMessages } from '../i18n/featureMessages';

/** The app shell's own words: the phone's menu button and the tab titles of screens the nav does not name. */
const th = {
  'shell.menu': 'เมนู',
  'shell.title.framework': 'เกณฑ์การประเมิน',
  'shell.title.newMeasure': 'เพิ่มมาตรการ',
  'shell.title.measure': 'รายละเอียดมาตรการ',
  'shell.title.reportMeasures': 'รายงาน – มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  'shell.title.reportProgress': 'รายงาน – ผลการดำเนินการตามมาตรการ',
};

const en: typeof th = {
  'shell.menu': 'Menu',
  'shell.title.framework': 'Assessment framework',
  'shell.title.newMeasure': 'New measure',
  'shell.title.measure': 'Measure',
  'shell.title.reportMeasures': 'Reports – integrity and transparency measures',
  'shell.title.reportProgress': 'Reports – progress on the measures',
};

export const messages = defineMessages(th, en);
