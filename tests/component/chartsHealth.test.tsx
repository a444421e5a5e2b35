import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Health } from '../../src/domain/measureHealth';
import { I18nProvider, type Language } from '../../src/i18n/i18n';
import HealthByUnitChart, { type UnitHealth } from '../../src/ui/charts/HealthByUnitChart';

const counts = (c: Partial<Record<Health, number>>): Record<Health, number> => ({ done: 0, 'on-track': 0, 'at-risk': 0, overdue: 0, 'not-started': 0, ...c });

const UNITS: UnitHealth[] = [
  { id: 'finance', name: 'กองคลัง', counts: counts({ done: 2, 'on-track': 1, overdue: 1 }) },
  { id: 'office', name: 'สำนักปลัดเทศบาล', counts: counts({ done: 1, 'at-risk': 2, overdue: 1, 'not-started': 3 }) },
];

function renderHealth(units = UNITS, language: Language = 'th') {
  return render(
    <MemoryRouter>
      <I18nProvider language={language}>
        <HealthByUnitChart
          headingId="health-test"
          heading="สถานะมาตรการแยกตามหน่วยงาน"
          units={units}
          linkTo={(unit, health) => `/measures?year=2565&unit=${unit}&health=${health}`}
          size={{ width: 720, height: 240 }}
        />
      </I18nProvider>
    </MemoryRouter>,
  );
}

describe('the health-by-unit chart', () => {
  it('names the unit with most measures late in its takeaway', () => {
    renderHealth();
    expect(screen.getByRole('region', { name: 'สถานะมาตรการแยกตามหน่วยงาน' })).toHaveTextContent(
      'เสร็จแล้ว 3 จาก 11 มาตรการ สำนักปลัดเทศบาลมีมาตรการที่เกินกำหนดหรือเสี่ยงล่าช้ามากที่สุด (3 มาตรการ)',
    );
  });

  it('makes each segment a link to the unit’s list filtered to that health, named with its count', () => {
    renderHealth();
    const overdue = screen.getByRole('link', { name: 'สำนักปลัดเทศบาล: เกินกำหนด 1 มาตรการ' });
    expect(overdue).toHaveAttribute('href', '/measures?year=2565&unit=office&health=overdue');
    expect(screen.getByRole('link', { name: 'กองคลัง: เสร็จแล้ว 2 มาตรการ' })).toHaveAttribute('href', '/measures?year=2565&unit=finance&health=done');
    // A health with no measure draws nothing to click.
    expect(screen.queryByRole('link', { name: /กองคลัง: ยังไม่เริ่ม/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(7);
  });

  it('gives the counts as a table', () => {
    renderHealth();
    const table = screen.getByRole('table', { name: 'จำนวนมาตรการของแต่ละหน่วยงาน แยกตามสถานะ' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('หน่วยงาน'),
      'กองคลัง210104',
      'สำนักปลัดเทศบาล102137',
    ]);
  });

  it('says when the year has no measures', () => {
    renderHealth([]);
    expect(screen.getByText('ยังไม่มีมาตรการในปีงบประมาณนี้')).toBeInTheDocument();
  });

  it('marks unit names as Thai, but not the translated word for measures of no unit', async () => {
    renderHealth([...UNITS, { id: '', name: 'No unit', counts: counts({ 'not-started': 3 }) }], 'en');
    expect(await screen.findByText('กองคลัง', { selector: 'text' })).toHaveAttribute('lang', 'th');
    expect(screen.getByText('No unit', { selector: 'text' })).not.toHaveAttribute('lang');
  });
});
