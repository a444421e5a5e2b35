import { describe, expect, it } from 'vitest';
import { meetingOptions, monthBefore, SLIDE_KINDS } from '../../../src/domain/meeting/options';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';
import { newsSince } from '../../../src/domain/meeting/news';
import { buildSlides, ROWS_PER_SLIDE, type SlideContent } from '../../../src/domain/meeting/slides';

const read = (query: string) => meetingOptions(new URLSearchParams(query));

describe('the meeting screen’s URL', () => {
  it('has defaults for a bare URL: every slide, 20 seconds, the newest year, the whole agency', () => {
    expect(read('')).toEqual({ options: { interval: 20, slides: [...SLIDE_KINDS], year: null, measuresYear: null, unitId: null, since: null }, ignored: [] });
  });

  it('takes the interval, the slides in the order given, the years of scores and measures, a unit and the last meeting', () => {
    expect(read('interval=30&slides=late,result,late&year=2566&measures=2565&unit=unit-finance&since=2026-10-13').options).toEqual({
      interval: 30,
      slides: ['late', 'result'],
      year: 2566,
      measuresYear: 2565,
      unitId: 'unit-finance',
      since: '2026-10-13',
    });
  });

  it.each([
    ['interval=2', 'interval=2'],
    ['interval=ten', 'interval=ten'],
    ['interval=601', 'interval=601'],
    ['year=66', 'year=66'],
    ['measures=last', 'measures=last'],
    ['measures=25650', 'measures=25650'],
    ['since=13/10/2569', 'since=13/10/2569'],
  ])('falls back to the default for %s, and names it', (query, named) => {
    const { options, ignored } = read(query);
    expect(ignored).toEqual([named]);
    expect(options).toEqual(read('').options);
  });

  it('keeps the slides it knows and names the rest; none known means every slide', () => {
    expect(read('slides=gaps,charts')).toEqual({ options: { ...read('').options, slides: ['gaps'] }, ignored: ['slides=charts'] });
    expect(read('slides=charts').options.slides).toEqual([...SLIDE_KINDS]);
  });
});

describe('a month before', () => {
  it.each([
    ['2026-11-25', '2026-10-25'],
    ['2026-03-31', '2026-02-28'],
    ['2028-03-31', '2028-02-29'],
    ['2026-01-15', '2025-12-15'],
  ])('%s is %s', (today, expected) => {
    expect(monthBefore(new Date(`${today}T12:00:00`))).toBe(expected);
  });
});

describe('the slides', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const content: SlideContent = { hasResult: true, hasTrend: true, indicators: ten, measureCount: 9, yearMeasureCount: 9, fresh: [], late: [], progress: [], gaps: [] };
  const shown = (slides: ReturnType<typeof buildSlides>) => slides.map((s) => ('page' in s ? `${s.kind} ${s.page}/${s.pages}` : s.kind));

  it('puts all ten indicators on one slide, and leaves out a slide with nothing to show', () => {
    const slides = buildSlides(['result', 'indicators', 'late', 'health'], content);
    expect(shown(slides)).toEqual(['result', 'indicators 1/1', 'health']);
    expect(slides[1]).toMatchObject({ indicators: ten });
  });

  it('pages a framework with more indicators than one chart holds', () => {
    const many = Array.from({ length: ROWS_PER_SLIDE.indicators + 1 }, (_, i) => i + 1);
    expect(shown(buildSlides(['indicators'], { ...content, indicators: many }))).toEqual(['indicators 1/2', 'indicators 2/2']);
  });

  it.each([
    ['trend', { hasTrend: false }],
    ['year-progress', { yearMeasureCount: 0 }],
    ['health', { measureCount: 0 }],
    ['result', { hasResult: false }],
  ] as const)('leaves out the %s slide with nothing to draw', (kind, change) => {
    expect(shown(buildSlides([kind], content))).toEqual([kind]);
    expect(buildSlides([kind], { ...content, ...change })).toEqual([]);
  });

  it('shows nothing about a result or measures a year does not have', () => {
    expect(buildSlides([...SLIDE_KINDS], { ...content, hasResult: false, hasTrend: false, indicators: [], measureCount: 0, yearMeasureCount: 0 })).toEqual([]);
  });

  it('pages the progress since the last meeting, and the gaps', () => {
    const progress = Array.from({ length: 6 }, (_, i) => ({ id: `u${i}` })) as unknown as SlideContent['progress'];
    const gaps: SlideContent['gaps'] = [{ kind: 'oItem', code: 'O35', indicator: 10 }];
    const slides = buildSlides(['progress', 'gaps'], { ...content, progress, gaps });
    expect(slides.map((s) => ('page' in s ? `${s.kind} ${s.page}/${s.pages}` : s.kind))).toEqual(['progress 1/2', 'progress 2/2', 'gaps 1/1']);
    expect(slides[1]).toMatchObject({ items: [{ id: 'u4' }, { id: 'u5' }] });
  });

  it('follows the order asked for', () => {
    const late = Array.from({ length: 5 }, (_, i) => ({ measure: { id: `m${i}` }, daysLate: i })) as unknown as SlideContent['late'];
    expect(buildSlides(['late', 'result'], { ...content, late }).map((s) => s.kind)).toEqual(['late', 'late', 'result']);
  });
});

it('pages the units behind on their updates, four to a slide, and shows none without a last meeting', () => {
  const unit = (unitId: string, stale: number) => ({ unitId, expected: stale + 1, stale: [] });
  const fresh = ['a', 'b', 'c', 'd', 'e'].map((id, i) => unit(id, 5 - i));
  const base: SlideContent = { hasResult: false, hasTrend: false, indicators: [], measureCount: 0, yearMeasureCount: 0, fresh: [], late: [], progress: [], gaps: [] };
  expect(buildSlides(['fresh'], { ...base, fresh }).map((s) => (s.kind === 'fresh' ? [s.kind, s.page, s.pages, s.items.length] : s.kind))).toEqual([
    ['fresh', 1, 2, 4],
    ['fresh', 2, 2, 1],
  ]);
  expect(buildSlides(['fresh'], base)).toEqual([]);
});

describe('the news since the last meeting', () => {
  const update = (id: string, measureId: string, date: string, status: ProgressUpdate['status'] = 'in-progress', createdAt = `${date}T09:00:00.000Z`) =>
    ({ id, measureId, date, status, createdAt }) as ProgressUpdate;
  const measures = [
    { id: 'a', archived: false },
    { id: 'b', archived: false },
    { id: 'gone', archived: true },
  ];
  it.each([
    ['an update on or after the day is news, one before is not', [update('u1', 'a', '2026-10-13'), update('u2', 'b', '2026-10-12')], ['u1']],
    ['a measure finished or cancelled is news too', [update('u1', 'a', '2026-10-20', 'done'), update('u2', 'b', '2026-10-14', 'cancelled')], ['u1', 'u2']],
    ['only the newest update of a measure counts, by date then by when recorded', [update('u1', 'a', '2026-10-20'), update('u2', 'a', '2026-10-20', 'done', '2026-10-20T10:00:00.000Z'), update('u3', 'a', '2026-10-14')], ['u2']],
    ['a measure whose newest update is older than the day has no news', [update('u1', 'a', '2026-10-01'), update('u2', 'a', '2026-09-01')], []],
    ['measures not asked for, and archived ones, are left out', [update('u1', 'other', '2026-10-20'), update('u2', 'gone', '2026-10-20')], []],
    ['newest first', [update('u1', 'a', '2026-10-14'), update('u2', 'b', '2026-10-30')], ['u2', 'u1']],
  ])('%s', (_name, latest, ids) => {
    expect(newsSince(measures, latest, '2026-10-13').map((u) => u.id)).toEqual(ids);
  });
});
