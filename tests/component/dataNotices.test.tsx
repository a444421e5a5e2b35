import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseRecord } from '../../src/data/parseRecords';
import type { DataProblem } from '../../src/data/store';
import { measureSchema } from '../../src/domain/schemas/measure';
import { seedData } from '../support/seed';
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

  it('name a damaged record and its fields in English, with no Thai of ours', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    const measure = { ...seedData().measures[0], title: '', archived: 'no' };
    const read = parseRecord(measureSchema, 'measures', 'msr-plan-1', measure);
    if (read.ok) throw new Error('the damaged measure was meant not to parse');
    const stored = { collection: 'singletons', key: 'settings', raw: {}, message: 'อ่านข้อมูลการตั้งค่าไม่ได้' };
    store.listProblems = async () => [read.problem, stored];
    await renderApp({ store, url: '/?lang=en' });
    const notice = await screen.findByRole('alert', {}, { timeout: 10_000 });
    await user.click(within(notice).getByText('Some records could not be read (2)'));
    const [damaged, bare] = within(notice).getAllByRole('listitem');
    expect(damaged).toHaveTextContent('A record of Measures, id "msr-plan-1", could not be read (field "title": must not be empty; field "archived": must be true or false)');
    // Kept before the fields were: named by its part and key alone rather than in the stored Thai.
    expect(bare).toHaveTextContent('A record of Agency details and settings, id "settings", could not be read');
    expect(notice.textContent).not.toMatch(/[\u0E00-\u0E7F]/);
  });
});
