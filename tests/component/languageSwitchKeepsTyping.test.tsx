import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';

// The first switch to English in a visit fetches its words. This file must be the first thing in
// its test file to ask for English, so that the catalog is still on its way when the reader
// switches, as it is in the browser.
it('keeps what the reader typed when the first switch to English waits for its words', async () => {
  const user = userEvent.setup();
  await renderApp({ url: '/measures/new' });
  const title = await screen.findByLabelText('ชื่อมาตรการ');
  await user.type(title, 'ประชุมชี้แจงเจ้าหน้าที่');
  await user.click(screen.getByRole('button', { name: 'Switch to English' }));
  // Until the English words arrive the screen stays as it was, in Thai, with what was typed.
  expect(screen.getByLabelText('ชื่อมาตรการ')).toHaveValue('ประชุมชี้แจงเจ้าหน้าที่');
  expect(await screen.findByLabelText('Title')).toHaveValue('ประชุมชี้แจงเจ้าหน้าที่');
  expect(document.documentElement.lang).toBe('en');
});
