import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const cards = () => [...document.querySelectorAll('.measure-list > li')];

/** The seed's nine measures and `extra` more, numbered so a search can pick some out. */
async function storeWith(extra: number) {
  const data = seedData();
  const model = data.measures[0];
  if (!model) throw new Error('the seed has no measure');
  for (let i = 1; i <= extra; i += 1) {
    data.measures.push({ ...model, id: `msr-extra-${i}`, title: `มาตรการเพิ่มเติมที่ ${i} ${i % 2 ? 'คี่' : 'คู่'}`, steps: [] });
  }
  return seedStore(data);
}

describe('a long measures list', () => {
  it('shows fifty cards at a time, says so, and takes the keyboard to the first card added', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await storeWith(61), url: '/measures' });
    expect(await screen.findByText('พบ 70 จาก 70 มาตรการ แสดง 50 รายการแรก')).toBeInTheDocument();
    expect(cards()).toHaveLength(50);
    // Twenty left: one button for them all, no separate "all".
    expect(screen.queryByRole('button', { name: /แสดงทั้งหมด/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'แสดงอีก 20 มาตรการ' }));
    expect(cards()).toHaveLength(70);
    expect(screen.getByText('แสดง 70 จาก 70 มาตรการ')).toHaveAttribute('role', 'status');
    expect(document.activeElement).toBe(cards()[50]?.querySelector('h2 a'));
    expect(screen.queryByRole('button', { name: /แสดงอีก/ })).not.toBeInTheDocument();
  });

  it('shows all at once when asked, and starts again at one page for a new search', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await storeWith(120), url: '/measures' });
    expect(await screen.findByRole('button', { name: 'แสดงอีก 50 มาตรการ' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'แสดงทั้งหมด 129 มาตรการ' }));
    expect(cards()).toHaveLength(129);
    expect(screen.getByText('แสดง 129 จาก 129 มาตรการ')).toHaveAttribute('role', 'status');

    await user.type(screen.getByRole('searchbox', { name: 'ค้นหา' }), 'คี่');
    expect(await screen.findByText('พบ 60 จาก 129 มาตรการ แสดง 50 รายการแรก')).toBeInTheDocument();
    expect(cards()).toHaveLength(50);
    expect(cards().every((card) => card.textContent?.includes('คี่'))).toBe(true);
  });
});
