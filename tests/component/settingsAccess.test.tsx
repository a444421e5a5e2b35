import { screen, within } from '@testing-library/react';
import type { Actor } from '../../src/domain/schemas/actor';
import { renderApp } from './renderApp';

const financeHead: Actor = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head', unitId: 'unit-finance' };
const mayor: Actor = { name: 'นายก', role: 'executive', unitId: null };

describe('settings a role cannot save are not offered as editable', () => {
  beforeEach(() => localStorage.clear());

  it.each<[string, Actor, RegExp]>([
    ['a department head', financeHead, /เจ้าหน้าที่วิเคราะห์นโยบายและแผนเป็นผู้กำหนดเกณฑ์นี้/],
    ['an executive', mayor, /ผู้บริหารดูเกณฑ์นี้ได้อย่างเดียว/],
  ])('%s reads the improvement mark with who sets it', async (_who, actor, reason) => {
    await renderApp({ url: '/settings', preferences: { dataSource: 'browser', actor } });
    const mark = await screen.findByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' });
    expect(await within(mark).findByText(/^คะแนนต่ำกว่า \d+ ถือว่าต้องปรับปรุง$/)).toBeInTheDocument();
    expect(within(mark).getByText(reason)).toBeInTheDocument();
    expect(within(mark).queryByRole('textbox')).toBeNull();
    expect(within(mark).queryByRole('button')).toBeNull();
  });

  it('offers a department head no restore or reset, and says whose they are', async () => {
    await renderApp({ url: '/settings', preferences: { dataSource: 'browser', actor: financeHead } });
    const care = await screen.findByRole('region', { name: 'กู้คืนและล้างข้อมูล' });
    expect(care).toHaveTextContent('ทำได้โดยเจ้าหน้าที่วิเคราะห์นโยบายและแผน');
    expect(screen.queryByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' })).toBeNull();
    expect(screen.getByRole('region', { name: 'สำรองข้อมูล' })).toBeInTheDocument();
  });

  it('lets the planning officer type the mark', async () => {
    await renderApp({ url: '/settings' });
    const mark = await screen.findByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' });
    expect(within(mark).getByRole('textbox', { name: 'คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'กู้คืนและล้างข้อมูล' })).toBeNull();
  });
});
