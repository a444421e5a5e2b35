import { render, screen, within } from '@testing-library/react';
import { summariseAssessment } from '../../src/domain/assessmentSummary';
import { frameworkFor } from '../../src/domain/frameworks/registry';
import type { Assessment } from '../../src/domain/schemas/assessment';
import { yearTrend, type YearResult } from '../../src/domain/trend';
import { DEFAULT_SETTINGS } from '../../src/domain/schemas/settings';
import { ScoreSummary } from '../../src/features/dashboard/ScoreSummary';
import { I18nProvider } from '../../src/i18n/i18n';
import { seedData } from '../support/seed';
import { definitionOf } from './renderApp';

function renderSummary(change: Partial<Assessment>, trend: YearResult | null = null) {
  const [seed] = seedData().assessments;
  if (!seed) throw new Error('no assessment');
  const assessment = { ...seed, ...change };
  const framework = frameworkFor(2565);
  const summary = summariseAssessment(framework, assessment, [], DEFAULT_SETTINGS);
  render(
    <I18nProvider language="th">
      <ScoreSummary summary={summary} change={trend} />
    </I18nProvider>,
  );
  return screen.getByRole('region', { name: 'คะแนนรวมและระดับ' });
}

const figure = (name: string) => definitionOf(screen.getByRole('region', { name: 'คะแนนรวมและระดับ' }), name);

describe('the score summary', () => {
  it('explains the seed’s 93.95 against 93.94 as more than rounding can explain', () => {
    expect(renderSummary({})).toHaveTextContent(
      'ต่างกัน 0.01 คะแนน ซึ่งการปัดเศษคะแนนรายตัวชี้วัดที่พิมพ์ไว้อธิบายไม่ได้ เพราะคะแนนเหล่านั้นให้คะแนนรวมได้เพียง 93.93 ถึง 93.94 คะแนน ระบบถือคะแนนรวมตามรายงานเป็นผลอย่างเป็นทางการ',
    );
  });

  it('explains a difference that rounding can produce as rounding', () => {
    expect(renderSummary({ reportedTotal: 93.93 })).toHaveTextContent(
      'ต่างกัน 0.01 คะแนน ซึ่งเกิดจากการปัดเศษได้ เพราะคะแนนรายตัวชี้วัดที่พิมพ์เป็นทศนิยม 2 ตำแหน่งให้คะแนนรวมได้ระหว่าง 93.93 ถึง 93.94 คะแนน',
    );
  });

  it('counts points to the next level from the reported total, and says so', () => {
    expect(renderSummary({})).toHaveTextContent('จากคะแนนรวมตามรายงาน ต้องได้เพิ่มอีก 1.05 คะแนน จึงจะถึงระดับ AA (ตั้งแต่ 95.00 คะแนนขึ้นไป)');
  });

  it('says when the totals agree', () => {
    expect(renderSummary({ reportedTotal: 93.94 })).toHaveTextContent('ตรงกับคะแนนรวมตามรายงาน');
  });

  it('shows the computed level when the report gives no total or level', () => {
    const region = renderSummary({ reportedTotal: null, reportedLevel: null });
    expect(figure('คะแนนรวมตามรายงาน')).toHaveTextContent('ไม่ระบุในรายงาน');
    expect(within(figure('ระดับ')).getByText('ระดับ A', { exact: true })).toBeInTheDocument();
    expect(figure('คำนวณจากคะแนนรายตัวชี้วัด')).toHaveTextContent(/^93\.94$/);
    expect(region).toHaveTextContent('จากคะแนนที่คำนวณได้ ต้องได้เพิ่มอีก 1.06 คะแนน');
  });

  it('cannot compute a total with an indicator missing, and says why', () => {
    const [seed] = seedData().assessments;
    const region = renderSummary({ indicatorScores: seed?.indicatorScores.slice(1) ?? [] });
    expect(region).toHaveTextContent('ยังคำนวณคะแนนรวมไม่ได้ เพราะคะแนนตัวชี้วัดยังไม่ครบ');
    expect(figure('คำนวณจากคะแนนรายตัวชี้วัด')).toHaveTextContent('—');
  });

  it('at the top level, says so instead of a next level', () => {
    const [seed] = seedData().assessments;
    const region = renderSummary({ reportedTotal: 100, reportedLevel: 'AA', indicatorScores: seed?.indicatorScores.map((s) => ({ ...s, score: 100 })) ?? [] });
    expect(region).toHaveTextContent('อยู่ในระดับสูงสุดแล้ว');
    // Nothing left to raise: the what-if line is gone, the pass count and level line remain.
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);
    expect(region).not.toHaveTextContent('หากตัวชี้วัดที่');
  });

  it('says how far the total moved from the year before, and from what', () => {
    const [seed] = seedData().assessments;
    if (!seed) throw new Error('no assessment');
    const years = (previous: number) => yearTrend([seed, { ...seed, id: 'asm-2564', fiscalYear: 2564, reportedTotal: previous, reportedLevel: null }], (y) => frameworkFor(y));
    expect(renderSummary({}, years(91.85)[1] ?? null)).toHaveTextContent('เพิ่มขึ้น 2.10 คะแนนจากปี 2564 (91.85 คะแนน ระดับ A)');
  });

  it('says a fall as a fall', () => {
    const [seed] = seedData().assessments;
    if (!seed) throw new Error('no assessment');
    const trend = (previous: number) =>
      yearTrend([seed, { ...seed, id: 'asm-2564', fiscalYear: 2564, reportedTotal: previous, reportedLevel: null }], (y) => frameworkFor(y))[1] ?? null;
    expect(renderSummary({}, trend(95.5))).toHaveTextContent('ลดลง 1.55 คะแนนจากปี 2564 (95.50 คะแนน ระดับ AA)');
  });

  it('says nothing of change in the first year there is', () => {
    expect(renderSummary({})).not.toHaveTextContent(/จากปี/);
  });
});
