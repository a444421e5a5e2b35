import { render, screen } from '@testing-library/react';
import { checkAssessment } from '../../src/domain/consistency';
import { frameworkFor } from '../../src/domain/frameworks/registry';
import type { Assessment } from '../../src/domain/schemas/assessment';
import { DEFAULT_SETTINGS } from '../../src/domain/schemas/settings';
import { buildModel } from '../../src/features/dashboard/useDashboard';
import { ScoreSummary } from '../../src/features/dashboard/ScoreSummary';
import { I18nProvider } from '../../src/i18n/i18n';
import { seedData } from './renderApp';

function renderSummary(change: Partial<Assessment>) {
  const [seed] = seedData().assessments;
  if (!seed) throw new Error('no assessment');
  const assessment = { ...seed, ...change };
  const framework = frameworkFor(2565);
  const model = buildModel(assessment, framework, DEFAULT_SETTINGS, checkAssessment(framework, assessment, []));
  render(
    <I18nProvider language="th">
      <ScoreSummary model={model} />
    </I18nProvider>,
  );
  return screen.getByRole('region', { name: 'คะแนนรวมและระดับ' });
}

describe('the score summary', () => {
  it('says when the reported total is further off than rounding explains', () => {
    expect(renderSummary({ reportedTotal: 95.5 })).toHaveTextContent(
      'ต่างกัน 1.56 คะแนน มากเกินกว่าที่การปัดเศษจะทำให้เกิดได้ ควรตรวจคะแนนที่บันทึกไว้กับรายงานต้นฉบับ',
    );
  });

  it('says when the totals agree', () => {
    expect(renderSummary({ reportedTotal: 93.94 })).toHaveTextContent('ตรงกับคะแนนรวมตามรายงาน');
  });

  it('shows the computed level when the report gives no total or level', () => {
    const region = renderSummary({ reportedTotal: null, reportedLevel: null });
    expect(region).toHaveTextContent('รายงานไม่ได้ระบุคะแนนรวม');
    expect(screen.getByRole('group', { name: 'ระดับ' })).toHaveTextContent('ระดับ A');
    expect(screen.getByLabelText('คำนวณจากคะแนนรายตัวชี้วัด')).toHaveTextContent('93.94');
  });

  it('cannot compute a total with an indicator missing, and says why', () => {
    const [seed] = seedData().assessments;
    const region = renderSummary({ indicatorScores: seed?.indicatorScores.slice(1) ?? [] });
    expect(region).toHaveTextContent('ยังคำนวณคะแนนรวมไม่ได้ เพราะคะแนนตัวชี้วัดยังไม่ครบ');
    expect(screen.getByLabelText('คำนวณจากคะแนนรายตัวชี้วัด')).toHaveTextContent('—');
  });

  it('at the top level, says so instead of a next level', () => {
    const [seed] = seedData().assessments;
    const region = renderSummary({ reportedTotal: 100, reportedLevel: 'AA', indicatorScores: seed?.indicatorScores.map((s) => ({ ...s, score: 100 })) ?? [] });
    expect(region).toHaveTextContent('อยู่ในระดับสูงสุดแล้ว');
    expect(region).not.toHaveTextContent('ถ้าตัวชี้วัดที่');
  });
});
