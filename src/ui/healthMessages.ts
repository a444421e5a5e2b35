import { defineMessages } from '../i18n/featureMessages';

/**
 * Why a deadline-only measure has its health: added with deadlines, kept beside the badge that
 * says it. {span} is a count of days told by 'healthWhy.days'; the deadline day itself is told
 * as today, never as "0 days".
 */
const th = {
  'healthWhy.days': '{count} วัน',
  'healthWhy.deadlineAhead': 'ยังไม่ถึงกำหนด เหลือเวลาอีก {span}',
  'healthWhy.deadlineAheadPercent': 'ทำได้ร้อยละ {percent} เหลือเวลาอีก {span}จึงถึงกำหนด',
  'healthWhy.deadlineNear': 'อีก {span}จะถึงกำหนด แต่ยังไม่มีรายงานความคืบหน้า',
  'healthWhy.deadlineNearPercent': 'อีก {span}จะถึงกำหนด แต่ทำได้เพียงร้อยละ {percent}',
  'healthWhy.dueToday': 'ครบกำหนดวันนี้',
  'healthWhy.dueTodayPercent': 'ทำได้ร้อยละ {percent} ครบกำหนดวันนี้',
  'healthWhy.dueTodayNear': 'ครบกำหนดวันนี้ แต่ยังไม่มีรายงานความคืบหน้า',
  'healthWhy.dueTodayNearPercent': 'ครบกำหนดวันนี้ แต่ทำได้เพียงร้อยละ {percent}',
};

const en: typeof th = {
  'healthWhy.days': '{count, plural, one {# day} other {# days}}',
  'healthWhy.deadlineAhead': 'Not due yet: {span} left',
  'healthWhy.deadlineAheadPercent': '{percent}% done, {span} before it is due',
  'healthWhy.deadlineNear': 'Due in {span}, and no update yet',
  'healthWhy.deadlineNearPercent': 'Due in {span}, and only {percent}% done',
  'healthWhy.dueToday': 'Due today',
  'healthWhy.dueTodayPercent': '{percent}% done, due today',
  'healthWhy.dueTodayNear': 'Due today, and no update yet',
  'healthWhy.dueTodayNearPercent': 'Due today, and only {percent}% done',
};

export const healthMessages = defineMessages(th, en);
