import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { createNoticeFeed } from '../../src/app/noticeFeed';
import { createQueryClient } from '../../src/app/queryClient';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

describe('the app shell', () => {
  it.each([
    ['/', 'ภาพรวมผลการประเมิน · แดชบอร์ดมาตรการ ITA'],
    ['/measures', 'มาตรการ · แดชบอร์ดมาตรการ ITA'],
    ['/reports?doc=progress', 'รายงาน – ผลการดำเนินการตามมาตรการ · แดชบอร์ดมาตรการ ITA'],
    ['/settings?lang=en', 'Settings · ITA Measures Dashboard'],
    ['/meeting', 'นำเสนอในที่ประชุม · แดชบอร์ดมาตรการ ITA'],
    ['/no-such-page', 'ไม่พบหน้าที่ต้องการ · แดชบอร์ดมาตรการ ITA'],
  ])('names %s in the browser tab', async (url, title) => {
    await renderApp({ url });
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('renames the tab as the reader moves to another screen', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/' });
    const nav = await screen.findByRole('navigation', { name: 'เมนูหลัก' });
    await user.click(within(nav).getByRole('link', { name: 'ตั้งค่า' }));
    await waitFor(() => expect(document.title).toBe('ตั้งค่า · แดชบอร์ดมาตรการ ITA'));
  });

  it('opens the menu from one button, and closes it on Escape with focus back on the button', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/measures' });
    const button = await screen.findByRole('button', { name: 'เมนู' });
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(menu).toContainElement(screen.getByRole('navigation', { name: 'เมนูหลัก' }));
    expect(menu).toContainElement(screen.getByRole('button', { name: 'Switch to English' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toHaveClass('open');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveClass('open');
    await user.tab();
    expect(within(menu as HTMLElement).getByRole('link', { name: 'ภาพรวมผลการประเมิน' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes the menu once a link in it is followed, the current page’s link too', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/measures' });
    const button = await screen.findByRole('button', { name: 'เมนู' });
    const nav = screen.getByRole('navigation', { name: 'เมนูหลัก' });
    await user.click(button);
    await user.click(within(nav).getByRole('link', { name: 'ตั้งค่า' }));
    await waitFor(() => expect(document.title).toBe('ตั้งค่า · แดชบอร์ดมาตรการ ITA'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // The link followed is hidden with the menu: the reader goes on from the button.
    expect(button).toHaveFocus();

    await user.click(button);
    await user.click(within(nav).getByRole('link', { name: 'ตั้งค่า' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the menu on a tap outside the header', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/measures' });
    const button = await screen.findByRole('button', { name: 'เมนู' });
    await user.click(button);
    await user.click(await screen.findByRole('heading', { level: 1 }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the menu open under a dialog opened from it, so focus comes back to its button', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/measures';
    const server = {
      account: { id: 'acc-finance', username: 'finance', name: 'ผู้อำนวยการกองคลัง', role: 'department-head' as const, unitId: 'unit-finance', disabled: false, lockedUntil: null, createdAt: '2026-11-24T03:00:00.000Z' },
      signOut: vi.fn(async () => undefined),
      sessionEnded: createNoticeFeed(),
    };
    render(<App store={await seedStore()} queryClient={createQueryClient({ retry: false })} source="server" server={server} />);
    const button = await screen.findByRole('button', { name: 'เมนู' });
    await user.click(button);
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(await within(menu).findByText('ผู้อำนวยการกองคลัง')).toBeInTheDocument();
    await user.click(within(menu).getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }));
    const dialog = await screen.findByRole('dialog', { name: 'เปลี่ยนรหัสผ่านของฉัน' });
    await user.click(within(dialog).getByLabelText('รหัสผ่านปัจจุบัน'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(menu).getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' })).toHaveFocus());
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('says an unknown address is not found and links back to the overview, in the reader’s language', async () => {
    await renderApp({ url: '/no-such-page?lang=en' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Assessment overview' })).toHaveAttribute('href', '#/?lang=en');
    expect(heading).toBeInTheDocument();
  });
});
