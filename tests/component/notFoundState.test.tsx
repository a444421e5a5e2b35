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
