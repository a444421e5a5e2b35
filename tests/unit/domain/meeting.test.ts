import { describe, expect, it } from 'vitest';
import { meetingOptions, monthBefore, SLIDE_KINDS } from '../../../src/domain/meeting/options';
import { buildSlides, type SlideContent } from '../../../src/domain/meeting/slides';

const read = (query: string) => meetingOptions(new URLSearchParams(query));

describe('the meeting screen’s URL', () => {
  it('has defaults for a bare URL: every slide, 20 seconds, the newest year, the whole agency', () => {
    expect(read('')).toEqual({ options: { interval: 20, slides: [...SLIDE_KINDS], year: null, unitId: null, since: null }, ignored: [] });
  });

  it('takes the interval, the slides in the order given, the year, a unit and the last meeting', () => {
    expect(read('interval=30&slides=late,result,late&year=2566&unit=unit-finance&since=2026-10-13').options).toEqual({
      interval: 30,
      slides: ['late', 'result'],
      year: 2566,
      unitId: 'unit-finance',
      since: '2026-10-13',
    });
  });

  it.each([
    ['interval=2', 'interval=2'],
    ['interval=ten', 'interval=ten'],
    ['interval=601', 'interval=601'],
    ['year=66', 'year=66'],
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
  const content: SlideContent = { hasResult: true, indicators: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], measureCount: 9, fresh: [], late: [], progress: [], gaps: [] };

  it('pages a long list rather than shrinking it, and leaves out a slide with nothing to show', () => {
    const slides = buildSlides(['result', 'indicators', 'late', 'health'], content);
    expect(slides.map((s) => ('page' in s ? `${s.kind} ${s.page}/${s.pages}` : s.kind))).toEqual(['result', 'indicators 1/2', 'indicators 2/2', 'health']);
    expect(slides[2]).toMatchObject({ indicators: [6, 7, 8, 9, 10] });
  });

  it('shows nothing about a result or measures a year does not have', () => {
    expect(buildSlides([...SLIDE_KINDS], { ...content, hasResult: false, indicators: [], measureCount: 0 })).toEqual([]);
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
  const base: SlideContent = { hasResult: false, indicators: [], measureCount: 0, fresh: [], late: [], progress: [], gaps: [] };
  expect(buildSlides(['fresh'], { ...base, fresh }).map((s) => (s.kind === 'fresh' ? [s.kind, s.page, s.pages, s.items.length] : s.kind))).toEqual([
    ['fresh', 1, 2, 4],
    ['fresh', 2, 2, 1],
  ]);
  expect(buildSlides(['fresh'], base)).toEqual([]);
});
