import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMockApiServer } from '../../mocks/node';
import { createHttpStore } from '../../src/data/adapters/http/httpStore';
import { DEFAULT_ACTOR } from '../../src/domain/schemas/actor';
import { seedData } from '../support/seed';
import { renderApp } from './renderApp';

const { server, faults } = createMockApiServer(seedData);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => faults.reset());
afterAll(() => server.close());

const apiStore = () => createHttpStore({ baseUrl: 'http://localhost/api/v1', actor: () => DEFAULT_ACTOR });

describe('the app on the REST API (MSW handlers in Node)', () => {
  it('shows the dashboard from the API', async () => {
    await renderApp({ store: apiStore() });
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
  });

  it('rolls a refused save back, says why in Thai, and keeps what was typed', async () => {
    const user = userEvent.setup();
    faults.set({ fail: 'writes', failStatus: 503 });
    await renderApp({ store: apiStore(), url: '/settings' });
    const region = await screen.findByRole('region', { name: 'เกณฑ์ที่ต้องปรับปรุง' });
    const field = within(region).getByLabelText('คะแนนต่ำกว่าเท่าใดถือว่าต้องปรับปรุง (0–100)');
    await screen.findByDisplayValue('90');
    await user.clear(field);
    await user.type(field, '75');
    await user.click(within(region).getByRole('button', { name: 'บันทึก' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ: API จำลองขัดข้องตามที่ตั้งไว้ (รหัส 503)');
    expect(field).toHaveValue('75');
    expect(await apiStore().getSettings()).toEqual({ improvementMark: 90 });
  });
});
