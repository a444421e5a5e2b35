import { screen, within } from '@testing-library/react';
import { renderApp } from './renderApp';

describe('a measure page', () => {
  it('names what the measure answers, each indicator opening the measures that answer it', async () => {
    await renderApp({ url: '/measures/msr-drive-2' });
    const details = await screen.findByRole('region', { name: 'รายละเอียดมาตรการ' });
    const link = await within(details).findByRole('link', { name: 'ตัวชี้วัดที่ 5' });
    expect(link).toHaveAttribute('href', '#/measures?link=i5');
    expect(await within(details).findByText('ข้อบกพร่อง: การแก้ไขปัญหาการทุจริต (ตัวชี้วัดที่ 5)')).toBeInTheDocument();
  });

  it('shows its health with the reason', async () => {
    await renderApp({ url: '/measures/msr-plan-2' });
    const details = await screen.findByRole('region', { name: 'รายละเอียดมาตรการ' });
    const badge = await within(details).findByText('เกินกำหนด', { exact: false });
    expect(badge).toHaveAccessibleDescription(/เลยระยะเวลาดำเนินการมา/);
  });

  it('says so when the measure does not exist', async () => {
    await renderApp({ url: '/measures/msr-none' });
    expect(await screen.findByRole('alert')).toHaveTextContent('ไม่พบมาตรการรหัส "msr-none"');
  });
});
