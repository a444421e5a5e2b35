import { formatThaiDate } from './thaiDate';

/**
 * The messages a planning officer copies into the unit heads' LINE group: short, in Thai, with
 * the dates in B.E. and a link that opens exactly the list meant. The app never sends them.
 */
export interface UnitReminder {
  unitName: string;
  /** The unit's measures with nothing recorded since the last meeting, in document order. */
  titles: readonly string[];
  lastMeeting: string;
  nextMeeting: string | null;
  /** Empty when the server was not told the app's address: the message then has no link. */
  link: string;
}

const linkLine = (label: string, link: string) => (link ? [`${label}: ${link}`] : []);

/** A LINE message stays readable on a phone: a long title is cut at a word where it can be. */
export const TITLE_LIMIT = 80;

export function shortTitle(title: string, limit = TITLE_LIMIT): string {
  const plain = title.replace(/\s+/g, ' ').trim();
  if (plain.length <= limit) return plain;
  const cut = plain.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  // Thai writes no spaces between words: a space far back would throw most of the title away.
  return `${space >= limit / 2 ? cut.slice(0, space) : cut}…`;
}

const before = (nextMeeting: string | null) =>
  nextMeeting ? `ก่อนการประชุมครั้งต่อไป ${formatThaiDate(nextMeeting, { weekday: true })}` : 'โดยเร็ว';

export function unitReminderText({ unitName, titles, lastMeeting, nextMeeting, link }: UnitReminder): string {
  return [
    `เรียน ${unitName}`,
    `มาตรการ ITA ที่ยังไม่ได้บันทึกความคืบหน้าตั้งแต่การประชุมครั้งก่อน (${formatThaiDate(lastMeeting, { short: true })}) มี ${titles.length} มาตรการ`,
    ...titles.map((title, i) => `${i + 1}. ${shortTitle(title)}`),
    `ขอให้บันทึกความคืบหน้าในระบบ${before(nextMeeting)}`,
    ...linkLine('เปิดรายการ', link),
  ].join('\n');
}

export interface AgencyReminder {
  units: readonly { unitName: string; stale: number }[];
  stale: number;
  expected: number;
  lastMeeting: string;
  nextMeeting: string | null;
  link: string;
}

/** For the whole agency: how many measures wait for an update, unit by unit. */
export function agencyReminderText({ units, stale, expected, lastMeeting, nextMeeting, link }: AgencyReminder): string {
  const heading = nextMeeting
    ? `ความคืบหน้ามาตรการ ITA ก่อนการประชุม${formatThaiDate(nextMeeting, { weekday: true })}`
    : 'ความคืบหน้ามาตรการ ITA';
  if (stale === 0) {
    return [heading, `ทุกส่วนราชการบันทึกความคืบหน้าครบทั้ง ${expected} มาตรการแล้วตั้งแต่การประชุมครั้งก่อน (${formatThaiDate(lastMeeting, { short: true })})`, ...linkLine('ดูภาพรวม', link)].join('\n');
  }
  return [
    heading,
    `ยังไม่ได้บันทึกตั้งแต่การประชุมครั้งก่อน (${formatThaiDate(lastMeeting, { short: true })}) ${stale} จาก ${expected} มาตรการ`,
    ...units.filter((u) => u.stale > 0).map((u) => `- ${u.unitName} ${u.stale} มาตรการ`),
    `ขอให้ทุกส่วนราชการบันทึกความคืบหน้าในระบบ${before(nextMeeting)}`,
    ...linkLine('ดูภาพรวม', link),
  ].join('\n');
}
