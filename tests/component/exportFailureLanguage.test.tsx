import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';

// The Excel writer's chunk fails to load, as it does when the connection drops after the app loaded.
vi.mock('write-excel-file/universal', () => Promise.reject(new Error('Failed to fetch dynamically imported module')));

it('says again in English why an Excel export failed, once the reader switches language', async () => {
  const user = userEvent.setup();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await renderApp({ url: '/reports' });
  await user.click(await screen.findByRole('button', { name: 'ดาวน์โหลดคะแนนปี 2565 (Excel)' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('โหลดตัวสร้างไฟล์ Excel ไม่สำเร็จ');
  await user.click(screen.getByRole('button', { name: 'Switch to English' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Could not load the Excel writer. Check the connection and try again, or download the CSV instead',
  );
});
