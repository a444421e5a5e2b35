import { defineMessages } from '../i18n/featureMessages';

/** Tab titles of the screens the main menu does not name. */
const th = {
  'title.framework': 'เกณฑ์การประเมิน',
  'title.newMeasure': 'เพิ่มมาตรการ',
  'title.measure': 'รายละเอียดมาตรการ',
  'title.reportMeasures': 'รายงาน – มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  'title.reportProgress': 'รายงาน – ผลการดำเนินการตามมาตรการ',
};

const en: typeof th = {
  'title.framework': 'Assessment framework',
  'title.newMeasure': 'New measure',
  'title.measure': 'Measure',
  'title.reportMeasures': 'Reports – integrity and transparency measures',
  'title.reportProgress': 'Reports – progress on the measures',
};

export const messages = defineMessages(th, en);
