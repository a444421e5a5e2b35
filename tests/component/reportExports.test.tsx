import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readWorkbook } from '../../src/ui/xlsx/readWorkbook';
import { captureDownloads } from '../support/downloads';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

describe('the Excel exports', () => {
  const downloads = captureDownloads();

  const saved = async (name: string) => {
    await waitFor(() => expect(downloads.map((d) => d.name)).toContain(name));
    const blob = downloads.find((d) => d.name === name)?.blob as Blob;
    const read = await readWorkbook(await blob.arrayBuffer());
    if (!read.ok) throw new Error(read.code);
    return read.sheets;
  };

  it('saves the year’s scores as a workbook: indicator scores with the computed total, and the O-items', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/reports' });
    const exports = await screen.findByRole('region', { name: 'ส่งออกข้อมูล' });
    await user.click(within(exports).getByRole('button', { name: 'ดาวน์โหลดคะแนนปี 2565 (Excel)' }));
    const [indicators, oItems] = await saved('scores-2565.xlsx');
    expect(indicators?.name).toBe('คะแนนตัวชี้วัด');
    expect(indicators?.rows[0]).toEqual(['เครื่องมือ', 'ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'น้ำหนัก (ร้อยละ)', 'คะแนน']);
    expect(indicators?.rows.at(-1)).toEqual(['คะแนนรวม', '', '', '100', '93.94']);
    expect(oItems?.name).toBe('ผล OIT');
    expect(oItems?.rows[1]?.[0]).toBe('O1');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves the measures and the progress updates with Thai headers, B.E. dates and numbers', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await store.appendProgress('msr-plan-3', { date: '2022-11-15', status: 'in-progress', percent: 40, note: 'จัดอบรมแล้ว', evidenceUrl: '' });
    await renderApp({ store, url: '/reports' });
    await user.click(await screen.findByRole('button', { name: 'ดาวน์โหลดมาตรการ (Excel)' }));
    const [measures] = await saved('measures-2565.xlsx');
    expect(measures?.rows[0]?.slice(0, 3)).toEqual(['ลำดับ', 'ประเภท', 'มาตรการ/แนวทาง']);
    const plan3 = measures?.rows.find((r) => r[2] === 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง');
    expect(plan3?.slice(8)).toEqual(['กำลังดำเนินการ', '40', '15 พ.ย. 2565']);

    await user.click(screen.getByRole('button', { name: 'ดาวน์โหลดความคืบหน้าทั้งหมด (Excel)' }));
    const [progress] = await saved('progress-2565.xlsx');
    expect(progress?.rows).toContainEqual(['15 พ.ย. 2565', 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง', expect.any(String), 'กำลังดำเนินการ', '40', 'จัดอบรมแล้ว', '', expect.any(String)]);
  });

  it('keeps the CSV files beside them', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/reports' });
    await user.click(await screen.findByRole('button', { name: 'ดาวน์โหลดมาตรการ (CSV)' }));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['measures-2565.csv']));
  });
});
