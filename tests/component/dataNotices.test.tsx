import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataProblem } from '../../src/data/store';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const damaged = (n: number): DataProblem[] =>
  Array.from({ length: n }, (_, i) => ({ collection: 'measures', key: `msr-${i}`, raw: { id: `msr-${i}`, title: i }, message: `อ่านข้อมูลมาตรการ รหัส "msr-${i}" ไม่ได้` }));

describe('the notices about damaged records', () => {
  it('say how many and offer the export, the records themselves folded away until asked for', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    store.listProblems = async () => damaged(30);
    await renderApp({ store });
    const notice = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(notice).getByText('อ่านข้อมูลบางรายการไม่ได้ (30 รายการ)')).toBeVisible();
    expect(within(notice).getByRole('button', { name: 'ส่งออกข้อมูลที่อ่านไม่ได้ (JSON)' })).toBeVisible();
    const first = within(notice).getByText('อ่านข้อมูลมาตรการ รหัส "msr-0" ไม่ได้');
    expect(first).not.toBeVisible();
    await user.click(within(notice).getByText('อ่านข้อมูลบางรายการไม่ได้ (30 รายการ)'));
    expect(first).toBeVisible();
    expect(within(notice).getAllByRole('listitem')).toHaveLength(30);
  });
});
