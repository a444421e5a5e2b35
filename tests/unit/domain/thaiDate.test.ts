import {
  BE_OFFSET,
  THAI_MONTHS,
  addMonths,
  beFromCe,
  ceFromBe,
  compareYearMonth,
  fiscalYearOf,
  fiscalYearOfMonth,
  fiscalYearRange,
  formatYearMonthThai,
  monthsBetween,
  normaliseThaiDigits,
  thaiMonthAbbr,
  thaiMonthName,
  yearMonthFromDate,
} from '../../../src/domain/thaiDate';

describe('B.E. / C.E.', () => {
  it.each([
    [2022, 2565],
    [2023, 2566],
    [1957, 2500],
  ])('C.E. %i is B.E. %i and back', (ce, be) => {
    expect(beFromCe(ce)).toBe(be);
    expect(ceFromBe(be)).toBe(ce);
  });

  it('uses the 543-year offset', () => {
    expect(BE_OFFSET).toBe(543);
  });
});

describe('month tables', () => {
  it('has 12 months in calendar order', () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS.map((m) => m.abbr)).toEqual([
      'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
    ]);
    expect(THAI_MONTHS.map((m) => m.full)).toEqual([
      'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
      'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
    ]);
    expect(THAI_MONTHS.map((m) => m.enAbbr)).toEqual([
      'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
    ]);
    expect(THAI_MONTHS[0]?.en).toBe('January');
    expect(THAI_MONTHS[11]?.en).toBe('December');
  });

  it('stores month names in NFC so string comparison is safe', () => {
    for (const m of THAI_MONTHS) {
      expect(m.full).toBe(m.full.normalize('NFC'));
      expect(m.abbr).toBe(m.abbr.normalize('NFC'));
    }
  });

  it('cannot be mutated', () => {
    expect(Object.isFrozen(THAI_MONTHS)).toBe(true);
  });

  it.each([
    [1, 'ม.ค.', 'มกราคม'],
    [3, 'มี.ค.', 'มีนาคม'],
    [9, 'ก.ย.', 'กันยายน'],
    [10, 'ต.ค.', 'ตุลาคม'],
    [12, 'ธ.ค.', 'ธันวาคม'],
  ])('month %i is %s / %s', (month, abbr, full) => {
    expect(thaiMonthAbbr(month)).toBe(abbr);
    expect(thaiMonthName(month)).toBe(full);
  });

  it.each([0, 13, 1.5, Number.NaN])('rejects month %s', (month) => {
    expect(() => thaiMonthAbbr(month)).toThrow(RangeError);
    expect(() => thaiMonthName(month)).toThrow(RangeError);
  });
});

describe('fiscalYearOf', () => {
  it.each([
    ['30 Sep 2022', new Date(2022, 8, 30), 2565],
    ['1 Oct 2022', new Date(2022, 9, 1), 2566],
    ['15 Sep 2022', new Date(2022, 8, 15), 2565],
    ['30 Sep 2023', new Date(2023, 8, 30), 2566],
    ['1 Oct 2023', new Date(2023, 9, 1), 2567],
    ['1 Jan 2023', new Date(2023, 0, 1), 2566],
    ['31 Dec 2022, last minute', new Date(2022, 11, 31, 23, 59, 59), 2566],
    ['30 Sep 2023, last minute', new Date(2023, 8, 30, 23, 59, 59), 2566],
    ['1 Oct 2023, first minute', new Date(2023, 9, 1, 0, 0, 0), 2567],
  ])('%s (Date, local time) → %i', (_label, date, fy) => {
    expect(fiscalYearOf(date)).toBe(fy);
  });

  it.each([
    [{ year: 2022, month: 9, day: 30 }, 2565],
    [{ year: 2022, month: 10, day: 1 }, 2566],
    [{ year: 2022, month: 10 }, 2566],
    [{ year: 2023, month: 9 }, 2566],
    [{ year: 2023, month: 1 }, 2566],
  ])('C.E. parts %o → %i', (parts, fy) => {
    expect(fiscalYearOf(parts)).toBe(fy);
  });

  it.each([
    ['a B.E. year', { year: 2565, month: 10 }],
    ['month 0', { year: 2022, month: 0 }],
    ['month 13', { year: 2022, month: 13 }],
    ['day 32', { year: 2022, month: 1, day: 32 }],
  ])('rejects %s', (_label, parts) => {
    expect(() => fiscalYearOf(parts)).toThrow(RangeError);
  });

  it('rejects an invalid Date', () => {
    expect(() => fiscalYearOf(new Date('nope'))).toThrow(RangeError);
  });
});

describe('fiscalYearOfMonth (B.E.)', () => {
  it.each([
    [{ year: 2565, month: 9 }, 2565],
    [{ year: 2565, month: 10 }, 2566],
    [{ year: 2565, month: 12 }, 2566],
    [{ year: 2566, month: 1 }, 2566],
    [{ year: 2566, month: 9 }, 2566],
    [{ year: 2566, month: 10 }, 2567],
  ])('%o → %i', (ym, fy) => {
    expect(fiscalYearOfMonth(ym)).toBe(fy);
  });

  it('rejects a C.E. year', () => {
    expect(() => fiscalYearOfMonth({ year: 2022, month: 10 })).toThrow(RangeError);
  });
});

describe('fiscalYearRange', () => {
  it('ปีงบประมาณ 2566 runs 1 Oct 2565 – 30 Sep 2566', () => {
    expect(fiscalYearRange(2566)).toEqual({
      start: { year: 2565, month: 10 },
      end: { year: 2566, month: 9 },
      startIso: '2022-10-01',
      endIso: '2023-09-30',
    });
  });

  it('agrees with fiscalYearOf at both ends', () => {
    const r = fiscalYearRange(2567);
    expect(fiscalYearOf(new Date(`${r.startIso}T00:00:00`))).toBe(2567);
    expect(fiscalYearOf(new Date(`${r.endIso}T23:59:59`))).toBe(2567);
    expect(fiscalYearOfMonth(r.start)).toBe(2567);
    expect(fiscalYearOfMonth(r.end)).toBe(2567);
  });

  it('rejects a C.E. year', () => {
    expect(() => fiscalYearRange(2023)).toThrow(RangeError);
  });
});

describe('normaliseThaiDigits', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['ต.ค.๖๕', 'ต.ค.65'],
    ['พ.ศ. ๒๕๖๖', 'พ.ศ. 2566'],
    ['2566', '2566'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normaliseThaiDigits(input)).toBe(expected);
  });
});

describe('year-month arithmetic', () => {
  const oct65 = { year: 2565, month: 10 };
  const dec65 = { year: 2565, month: 12 };
  const mar66 = { year: 2566, month: 3 };

  it('compares chronologically across a year end', () => {
    expect(compareYearMonth(oct65, mar66)).toBeLessThan(0);
    expect(compareYearMonth(mar66, oct65)).toBeGreaterThan(0);
    expect(compareYearMonth(oct65, { year: 2565, month: 10 })).toBe(0);
    expect([mar66, oct65, dec65].sort(compareYearMonth)).toEqual([oct65, dec65, mar66]);
  });

  it.each([
    [oct65, dec65, 2],
    [oct65, oct65, 0],
    [oct65, mar66, 5],
    [mar66, oct65, -5],
    [{ year: 2565, month: 10 }, { year: 2566, month: 9 }, 11],
  ])('monthsBetween(%o, %o) is the signed difference %i', (a, b, n) => {
    expect(monthsBetween(a, b)).toBe(n);
  });

  it.each([
    [oct65, 3, { year: 2566, month: 1 }],
    [oct65, 0, oct65],
    [{ year: 2566, month: 1 }, -1, { year: 2565, month: 12 }],
    [{ year: 2566, month: 3 }, -15, { year: 2564, month: 12 }],
    [dec65, 12, { year: 2566, month: 12 }],
  ])('addMonths(%o, %i) → %o', (ym, n, expected) => {
    expect(addMonths(ym, n)).toEqual(expected);
  });

  it('yearMonthFromDate uses local parts in B.E.', () => {
    expect(yearMonthFromDate(new Date(2022, 9, 1))).toEqual(oct65);
    expect(yearMonthFromDate(new Date(2023, 8, 30, 23, 59))).toEqual({ year: 2566, month: 9 });
  });
});

describe('formatYearMonthThai', () => {
  it.each([
    [{ year: 2565, month: 10 }, 'ต.ค. 2565'],
    [{ year: 2566, month: 1 }, 'ม.ค. 2566'],
    [{ year: 2566, month: 3 }, 'มี.ค. 2566'],
  ])('%o → %s', (ym, text) => {
    expect(formatYearMonthThai(ym)).toBe(text);
  });
});
