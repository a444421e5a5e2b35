import { defineMessages } from '../i18n/featureMessages';

/** Why a deadline-only measure has its health: added with deadlines, kept beside the badge that says it. */
const th = {
  'healthWhy.deadlineAhead': 'ยังไม่ถึงกำหนด เหลือเวลาอีก {days} วัน',
  'healthWhy.deadlineAheadPercent': 'ทำได้ร้อยละ {percent} เหลือเวลาอีก {days} วันจึงถึงกำหนด',
  'healthWhy.deadlineNear': 'อีก {days} วันจะถึงกำหนด แต่ยังไม่มีรายงานความคืบหน้า',
  'healthWhy.deadlineNearPercent': 'อีก {days} วันจะถึงกำหนด แต่ทำได้เพียงร้อยละ {percent}',
};

const en: typeof th = {
  'healthWhy.deadlineAhead': 'Not due yet: {days} days left',
  'healthWhy.deadlineAheadPercent': '{percent}% done, {days} days before it is due',
  'healthWhy.deadlineNear': 'Due in {days} days, and no update yet',
  'healthWhy.deadlineNearPercent': 'Due in {days} days, and only {percent}% done',
};

export const healthMessages = defineMessages(th, en);
