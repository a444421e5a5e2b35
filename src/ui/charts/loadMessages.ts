import { defineMessages } from '../../i18n/featureMessages';

// Apart from the charts' own words: the boundary that says a chart failed to load sits on the
// first screen, and the charts' catalog does not need to ride there with it.
const th = {
  'charts.loadFailed': 'โหลดกราฟไม่สำเร็จ ลองอีกครั้ง หรือโหลดหน้านี้ใหม่',
  'charts.retry': 'โหลดกราฟอีกครั้ง',
};

const en: Record<keyof typeof th, string> = {
  'charts.loadFailed': 'The chart could not be loaded. Try again, or reload the page.',
  'charts.retry': 'Load the chart again',
};

export const chartLoadMessages = defineMessages(th, en);
