import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMockApiServer } from '../../mocks/node';
import { createHttpStore } from '../../src/data/adapters/http/httpStore';
import { DEFAULT_ACTOR } from '../../src/domain/schemas/actor';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { definitionOf, renderApp } from './renderApp';
import { seedData } from '../support/seed';

// The mocked API with no year in its data: the same first run as browser storage and the server.
const empty = (): DataSet => ({ ...seedData(), assessments: [], findings: [], measures: [], progressUpdates: [], audit: [] });
const { server, faults } = createMockApiServer(empty);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => faults.reset());
afterAll(() => server.close());

const apiStore = () => createHttpStore({ baseUrl: 'http://localhost/api/v1', actor: () => DEFAULT_ACTOR });

describe('the first run on the mocked API', () => {
  it('keeps what was typed when the API refuses, then loads the sample and shows the dashboard', async () => {
    const user = userEvent.setup();
    await renderApp({ store: apiStore(), seed: async () => seedData() });
    const fresh = await screen.findByRole('region', { name: 'ค. เริ่มจากข้อมูลว่าง' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    faults.set({ fail: 'writes', failStatus: 503 });
    await user.clear(within(fresh).getByLabelText('ชื่อหน่วยงาน'));
    await user.type(within(fresh).getByLabelText('ชื่อหน่วยงาน'), 'เทศบาลตำบลทดสอบ API');
    await user.clear(within(fresh).getByLabelText('ปีงบประมาณ (พ.ศ.)'));
    await user.type(within(fresh).getByLabelText('ปีงบประมาณ (พ.ศ.)'), '2565');
    await user.click(within(fresh).getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }));
    expect(await within(fresh).findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ: API จำลองขัดข้องตามที่ตั้งไว้ (รหัส 503)');
    expect(within(fresh).getByLabelText('ชื่อหน่วยงาน')).toHaveValue('เทศบาลตำบลทดสอบ API');
    expect(await apiStore().listAssessments()).toEqual([]);

    faults.reset();
    await user.click(screen.getByRole('button', { name: 'โหลดข้อมูลตัวอย่าง' }));
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(definitionOf(score, 'คะแนนรวมตามรายงาน')).toHaveTextContent('93.95');
  });
});
