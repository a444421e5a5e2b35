import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { NotFoundState } from '../../src/ui/NotFoundState';

it('names what is missing and offers one link back, without a retry', () => {
  const router = createMemoryRouter([
    {
      path: '*',
      element: (
        <NotFoundState title="ไม่พบมาตรการนี้" backTo={{ href: '/measures?unit=u1', label: 'กลับไปรายการมาตรการ' }}>
          <p>ลิงก์อาจเก่า</p>
        </NotFoundState>
      ),
    },
  ]);
  render(<RouterProvider router={router} />);
  expect(screen.getByRole('heading', { level: 1, name: 'ไม่พบมาตรการนี้' })).toBeInTheDocument();
  expect(screen.getByText('ลิงก์อาจเก่า')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'กลับไปรายการมาตรการ' })).toHaveAttribute('href', '/measures?unit=u1');
  expect(screen.queryByRole('button')).toBeNull();
});

it('makes its back link a thumb-tall text link, not a button', () => {
  const style = document.createElement('style');
  style.textContent = readFileSync('src/ui/styles.css', 'utf8');
  document.head.append(style);
  try {
    const router = createMemoryRouter([{ path: '*', element: <NotFoundState title="Not found" backTo={{ href: '/', label: 'Assessment overview' }} /> }]);
    render(<RouterProvider router={router} />);
    const css = getComputedStyle(screen.getByRole('link', { name: 'Assessment overview' }));
    expect(css.display).toBe('inline-flex');
    expect(css.minHeight).toBe('2.75rem');
    expect(css.alignItems).toBe('center');
    // Still a link: no border or fill that would make it read as a button.
    expect(css.borderStyle).not.toBe('solid');
    expect(css.backgroundColor).toMatch(/^(|transparent|rgba\(0, 0, 0, 0\))$/);
  } finally {
    style.remove();
  }
});
