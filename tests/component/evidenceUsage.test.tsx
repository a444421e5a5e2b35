import { screen, within } from '@testing-library/react';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const MB = 1024 * 1024;

async function openSettings(usage: { used: number; limit: number | null }, lang: 'th' | 'en' = 'th') {
  const store = await seedStore();
  store.evidenceUsage = () => Promise.resolve(usage);
  await renderApp({ store, url: `/settings${lang === 'en' ? '?lang=en' : ''}` });
  return screen.findByRole('region', { name: lang === 'en' ? 'Evidence files' : 'ไฟล์หลักฐาน' });
}

describe('the space evidence files take, in Settings', () => {
  it('against the server’s quota: used of the limit, and a meter', async () => {
    const region = await openSettings({ used: 153.5 * MB, limit: 2048 * MB });
    expect(await within(region).findByText('พื้นที่ไฟล์หลักฐาน: ใช้ไป 154 MB จาก 2 GB')).toBeInTheDocument();
    const meter = within(region).getByRole('meter', { name: 'พื้นที่ไฟล์หลักฐานที่ใช้ไป' });
    expect(meter).toHaveAttribute('value', String(153.5 * MB));
    expect(meter).toHaveAttribute('max', String(2048 * MB));
  });

  it('in the browser, with no limit of its own: what is used, and that the browser’s storage is the limit', async () => {
    const region = await openSettings({ used: 3.25 * MB, limit: null }, 'en');
    expect(await within(region).findByText('Space for evidence files: 3.3 MB used')).toBeInTheDocument();
    expect(within(region).getByText(/share the browser's own storage/)).toBeInTheDocument();
    expect(within(region).queryByRole('meter')).toBeNull();
  });
});
