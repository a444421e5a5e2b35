import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';

// The first switch to English in a visit fetches its words. This test must be the first in its
// file to ask for English, so that the words are still on their way when the reader switches, as
// in the browser: the screen stays as it was meanwhile (unmounted, the form came back empty).
it('keeps what the reader typed when the first switch to English waits for its words', async () => {
  const user = userEvent.setup();
  await renderApp({ url: '/measures/new' });
  const title = await screen.findByLabelText('ชื่อมาตรการ');
  await user.type(title, 'ประชุมชี้แจงเจ้าหน้าที่');
  await user.click(screen.getByRole('button', { name: 'Switch to English' }));
  expect(await screen.findByLabelText('Title')).toHaveValue('ประชุมชี้แจงเจ้าหน้าที่');
  expect(document.documentElement.lang).toBe('en');
});
