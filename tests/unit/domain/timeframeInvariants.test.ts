import { parseTimeframe, type ParsedTimeframe } from '../../../src/domain/timeframe';
import { thaiMonthAbbr } from '../../../src/domain/thaiDate';
import { daysInMonth } from '../../../src/domain/thaiDate';

type YM = { year: number; month: number };

const point = (ym: YM, day: number | null): string => `${day === null ? '' : `${day} `}${thaiMonthAbbr(ym.month)} ${ym.year}`;

/** The reading written back in the plainest form the parser knows: it must read the same. */
function canonical(p: ParsedTimeframe): string {
  if (p.end === null) throw new Error('canonical() of an unread timeframe');
  const end = point(p.end, p.endDay);
  return p.start === null ? `ภายใน ${end}` : `${point(p.start, p.startDay)} - ${end}`;
}

/** Words officers type, glued in random orders: the parser must never throw or half-read. */
const WORDS = [
  'ต.ค.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'กันยายน', '1', '15', '29', '31', '66', '67', '2566', '2567', '2023', '-', '–',
  'ถึง', 'ปีงบประมาณ', 'ไตรมาสที่', 'ไตรมาส', '2', '/', '(', ')', 'ภายใน', 'ตั้งแต่', 'วันที่', 'เดือน', 'พ.ศ.',
  '.', 'และ', 'ของ', 'แรก', 'ตลอด', 'ปี', 'ก่อนสิ้น', 'เป็นต้นไป', 'ระหว่าง', '12', 'ค.ศ.', '2400', '0', '5',
  '2568', 'ก.ย.', 'ปีงบประมาณ 2567', 'ต.ค. 66', '68',
];

/** mulberry32: a fixed seed, so a failure names a string that fails every run. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

describe('parseTimeframe: invariants over random word orders', () => {
  const rand = random(23);
  const texts = Array.from({ length: 3000 }, () =>
    Array.from({ length: 1 + rand(7) }, () => WORDS[rand(WORDS.length)]).join(rand(2) === 0 ? ' ' : ''));

  it.each([undefined, { fiscalYear: 2567 }])('context %o: read fully or not at all, forwards, never throwing', (context) => {
    let read = 0;
    for (const raw of texts) {
      const p = parseTimeframe(raw, context);
      expect(p.raw).toBe(raw);
      if (p.end === null) {
        expect({ raw, start: p.start, startDay: p.startDay, endDay: p.endDay, notes: p.notes, fy: p.readAsFiscalYear })
          .toEqual({ raw, start: null, startDay: null, endDay: null, notes: [], fy: null });
        expect(p.warnings.length).toBeGreaterThan(0);
        continue;
      }
      read += 1;
      const days = [[p.start, p.startDay], [p.end, p.endDay]] as const;
      for (const [ym, day] of days) {
        if (ym !== null && day !== null) expect(day).toBeLessThanOrEqual(daysInMonth(ym.year, ym.month));
      }
      if (p.start === null) expect(p.startDay).toBeNull();
      else {
        const from = (p.start.year * 12 + p.start.month) * 32 + (p.startDay ?? 1);
        expect(from).toBeLessThanOrEqual((p.end.year * 12 + p.end.month) * 32 + (p.endDay ?? 31));
      }
      const again = parseTimeframe(canonical(p));
      expect({ raw, start: again.start, end: again.end, startDay: again.startDay, endDay: again.endDay })
        .toEqual({ raw, start: p.start, end: p.end, startDay: p.startDay, endDay: p.endDay });
      if (context === undefined) expect(p.readAsFiscalYear).toBeNull();
    }
    // The table is only worth something if a fair share of it reads.
    expect(read).toBeGreaterThan(5);
  });
});
