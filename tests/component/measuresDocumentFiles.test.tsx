import { screen, within } from '@testing-library/react';
import { prepareFile } from '../../src/data/files/prepareFile';
import { seedStore } from '../support/seed';
import { fakeObjectUrls, pdfFile } from './fakeEvidence';
import { withFakeFindingFiles } from './fakeFindingFiles';
import { renderApp } from './renderApp';

let urls: ReturnType<typeof fakeObjectUrls>;
beforeEach(() => {
  urls = fakeObjectUrls();
});
afterEach(() => urls.restore());

it('names a finding’s files after its text in the measures document, each opening its file', async () => {
  const store = await seedStore();
  withFakeFindingFiles(store);
  const finding = (await store.listFindings('asm-2565')).find((f) => f.title === 'การแก้ไขปัญหาการทุจริต');
  const prepared = await prepareFile(pdfFile('หนังสือแจ้งผล.pdf'));
  if (!finding || !prepared.ok) throw new Error('no finding or file to attach');
  await store.saveFinding({ ...finding, files: [prepared.prepared.file] }, { files: [prepared.prepared.blob] });
  await renderApp({ store, url: '/reports?doc=measures' });
  const doc = await screen.findByRole('article', { name: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565' });
  const text = within(doc).getByText(/^ข้อบกพร่อง การแก้ไขปัญหาการทุจริต:/).closest('p') as HTMLElement;
  expect(text).toHaveTextContent(/ไฟล์: หนังสือแจ้งผล\.pdf$/);
  expect(await within(text).findByRole('link', { name: 'หนังสือแจ้งผล.pdf' })).toHaveAttribute('target', '_blank');
});
