import { parseTimeframe } from '../../../src/domain/timeframe';

/** Words officers type, glued in random orders: the parser must never throw or half-read. */
const WORDS = [
  'ต.ค.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'กันยายน', '1', '15', '29', '31', '66', '67', '2566', '2567', '2023', '-', '–',
  'ถึง', 'ปีงบประมาณ', 'ไตรมาสที่', 'ไตรมาส', '2', '/', '(', ')', 'ภายใน', 'ตั้งแต่', 'วันที่', 'เดือน', 'พ.ศ.',
  '.', 'และ', 'ของ', 'แรก', 'ตลอด', 'ปี', 'ก่อนสิ้น', 'เป็นต้นไป', 'ระหว่าง', '12', 'ค.ศ.', '2400', '0', '5',
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
      expect(p.warnings).toEqual([]);
      if (p.start === null) expect(p.startDay).toBeNull();
      else expect(p.start.year * 12 + p.start.month).toBeLessThanOrEqual(p.end.year * 12 + p.end.month);
      if (context === undefined) expect(p.readAsFiscalYear).toBeNull();
    }
    // The table is only worth something if a fair share of it reads.
    expect(read).toBeGreaterThan(5);
  });
});
