import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';

// The writer's chunk arrives only when the test lets it, and then fails, as it does when the
// connection drops after the app has loaded.
let failLoad: (error: Error) => void = () => undefined;
const loading = new Promise<never>((_resolve, reject) => {
  failLoad = reject;
});
vi.mock('write-excel-file/universal', () => loading);

describe('an Excel export whose writer does not load', () => {
  it('says it is working, then says in Thai what failed, and the page stays usable', async () => {
    const user = userEvent.setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined });
    await renderApp({ url: '/reports' });
    const button = await screen.findByRole('button', { name: 'ดาวน์โหลดคะแนนปี 2565 (Excel)' });
    await user.click(button);
    expect(await screen.findByText('กำลังสร้างไฟล์ Excel…')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-disabled', 'true');

    failLoad(new Error('Failed to fetch dynamically imported module'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'โหลดตัวสร้างไฟล์ Excel ไม่สำเร็จ ตรวจการเชื่อมต่อแล้วลองอีกครั้ง หรือดาวน์โหลดเป็น CSV แทน',
    );
    expect(button).toHaveAttribute('aria-disabled', 'false');
    expect(screen.queryByText('กำลังสร้างไฟล์ Excel…')).not.toBeInTheDocument();
    expect(click).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'ดาวน์โหลดมาตรการ (CSV)' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
  });
});
