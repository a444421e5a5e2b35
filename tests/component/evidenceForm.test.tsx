import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreError } from '../../src/data/storeError';
import { evidenceMessages } from '../../src/ui/evidence/evidenceMessages';
import { seedStore } from '../support/seed';
import { exeAsJpeg, fakeObjectUrls, jpegFile, pdfFile, withFakeEvidence } from './fakeEvidence';
import { renderApp } from './renderApp';

// jsdom decodes no pictures: a chosen photo comes out of the downscale as a small upright JPEG.
vi.mock('../../src/data/files/downscale', () => ({
  downscaleImage: async () => {
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3, 4])], { type: 'image/jpeg' });
    return { ok: true, image: { blob, type: 'jpeg', size: blob.size, width: 1500, height: 2000 } };
  },
}));

const financeHead = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
const THAI = /[\u0E00-\u0E7F]/;

let urls: ReturnType<typeof fakeObjectUrls>;
beforeEach(() => {
  urls = fakeObjectUrls();
});
afterEach(() => urls.restore());

async function openForm(lang: 'th' | 'en' = 'th') {
  // Real browsers offer "all files" beside what `accept` lists: the bytes decide, not the dialog.
  const user = userEvent.setup({ applyAccept: false });
  const store = await seedStore(undefined, () => financeHead);
  const fake = withFakeEvidence(store);
  const view = await renderApp({ store, url: `/measures/msr-plan-3${lang === 'en' ? '?lang=en' : ''}`, preferences: { dataSource: 'browser', actor: financeHead } });
  const form = await screen.findByRole('region', { name: lang === 'en' ? 'Record progress' : 'บันทึกความคืบหน้า' });
  return { user, store, fake, form, view };
}

const chosenList = (form: HTMLElement) => within(form).getByRole('list', { name: /^ไฟล์ที่แนบ/ });

describe('attaching evidence to a progress update', () => {
  it('shows each chosen file as a row, a photo with its thumbnail, and takes one out again', async () => {
    const { user, form } = await openForm();
    await user.upload(within(form).getByLabelText('แนบไฟล์'), [pdfFile(), jpegFile()]);
    const list = await within(form).findByRole('list', { name: 'ไฟล์ที่แนบ 2 ไฟล์' });
    await waitFor(() => expect(within(list).getAllByText(/ B$/)).toHaveLength(2));
    const [pdfRow, photoRow] = within(list).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(pdfRow).toHaveTextContent(/^PDFรายงานการประชุม\.pdf56 B/);
    // The photo is kept as the downscale made it: a JPEG, its thumbnail that blob.
    expect(photoRow).toHaveTextContent(/^อบรม\.jpg8 B/);
    const thumb = photoRow.querySelector('img');
    expect(urls.made.get(thumb?.getAttribute('src') ?? '')?.type).toBe('image/jpeg');

    await user.click(within(form).getByRole('button', { name: 'เอาออก รายงานการประชุม.pdf' }));
    expect(within(form).getByRole('list', { name: 'ไฟล์ที่แนบ 1 ไฟล์' })).not.toHaveTextContent('รายงานการประชุม.pdf');
    // The thumbnail's URL lives as long as its row.
    await user.click(within(form).getByRole('button', { name: 'เอาออก อบรม.jpg' }));
    expect(within(form).queryByRole('list', { name: /^ไฟล์ที่แนบ/ })).toBeNull();
    expect(urls.revoked).toContain(thumb?.getAttribute('src'));
  });

  it('a program renamed .jpg is refused by its bytes, in English for an English reader with no Thai', async () => {
    const { user, form } = await openForm('en');
    await user.upload(within(form).getByLabelText('Attach files'), exeAsJpeg());
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Cannot attach setup.jpg: it is a Windows program (.exe). Attach only images (JPEG, PNG, HEIC, WebP, GIF, TIFF), PDF, Word, Excel, PowerPoint and OpenDocument files.',
    );
    expect(alert.textContent).not.toMatch(THAI);
    expect(within(form).queryByRole('list', { name: /files attached/ })).toBeNull();
  });

  it('refuses a choice that would make more than 20 files, naming the count', async () => {
    const { user, form } = await openForm();
    await user.upload(
      within(form).getByLabelText('แนบไฟล์'),
      Array.from({ length: 21 }, (_, i) => pdfFile(`หน้า ${i + 1}.pdf`)),
    );
    expect(await within(form).findByRole('alert')).toHaveTextContent('แนบไฟล์ได้ไม่เกิน 20 ไฟล์ต่อการรายงานหนึ่งครั้ง (เลือกไว้ 21 ไฟล์)');
    expect(within(form).queryByRole('list', { name: /^ไฟล์ที่แนบ/ })).toBeNull();
  });

  it('saves the files with the update: references and blobs in step, then shown in the history with a thumbnail and a download', async () => {
    const { user, form, fake, view } = await openForm();
    await user.type(within(form).getByLabelText('ผลการดำเนินงาน'), 'อบรมแล้ว');
    await user.upload(within(form).getByLabelText('แนบไฟล์'), [jpegFile(), pdfFile()]);
    await waitFor(() => expect(within(chosenList(form)).getAllByText(/ B$/)).toHaveLength(2));
    await user.click(within(form).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    expect(await within(form).findByText(/^บันทึกความคืบหน้าร้อยละ/)).toBeInTheDocument();

    const [call] = fake.calls;
    expect(call?.input.files?.map((f) => [f.name, f.type, f.width, f.height])).toEqual([
      ['อบรม.jpg', 'jpeg', 1500, 2000],
      ['รายงานการประชุม.pdf', 'pdf', undefined, undefined],
    ]);
    expect(call?.upload?.files?.map((b) => b.size)).toEqual(call?.input.files?.map((f) => f.size));
    expect(call?.upload?.signal).toBeInstanceOf(AbortSignal);
    // The form is empty again, ready for the next update.
    expect(within(form).queryByRole('list', { name: /^ไฟล์ที่แนบ/ })).toBeNull();

    const history = screen.getByRole('region', { name: 'ประวัติความคืบหน้า' });
    const files = await within(history).findByRole('list', { name: 'ไฟล์หลักฐาน' });
    const photo = await within(files).findByRole('img', { name: 'อบรม.jpg' });
    expect(photo).toHaveAttribute('loading', 'lazy');
    expect(photo).toHaveAttribute('width', '72');
    expect(photo).toHaveAttribute('height', '96');
    const open = within(files).getByRole('link', { name: 'อบรม.jpg (เปิดในแท็บใหม่)' });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('href', photo.getAttribute('src'));
    expect(await within(files).findByRole('link', { name: 'ดาวน์โหลด รายงานการประชุม.pdf' })).toHaveAttribute('download', 'รายงานการประชุม.pdf');
    expect(within(files).getByRole('link', { name: 'รายงานการประชุม.pdf (เปิดในแท็บใหม่)' })).toBeInTheDocument();

    // Leaving the page lets go of every object URL it made.
    const shown = [...files.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    view.unmount();
    expect(urls.revoked).toEqual(expect.arrayContaining(shown));
  });

  it('an update taken back returns to the form with its files, ready to mend and save again', async () => {
    const { user, form, store } = await openForm();
    await user.upload(within(form).getByLabelText('แนบไฟล์'), pdfFile());
    await within(chosenList(form)).findByText(/ B$/);
    await user.click(within(form).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    await user.click(await within(form).findByRole('button', { name: 'ยกเลิกการบันทึก' }));
    expect(await within(form).findByRole('list', { name: 'ไฟล์ที่แนบ 1 ไฟล์' })).toHaveTextContent('รายงานการประชุม.pdf');
    expect(await store.listProgress('msr-plan-3')).toEqual([]);
  });

  it('a refused save keeps the text and the files, says why, and sends again', async () => {
    const { user, form, fake } = await openForm();
    fake.next.push(() =>
      Promise.reject(
        new StoreError(
          { kind: 'validation', fields: [{ path: 'files.0', code: 'evidence.file.hashMismatch', values: { name: 'รายงานการประชุม.pdf' }, message: 'ไม่ตรง' }] },
          'ไม่ตรง',
        ),
      ),
    );
    await user.type(within(form).getByLabelText('ผลการดำเนินงาน'), 'ข้อความที่พิมพ์ไว้');
    await user.upload(within(form).getByLabelText('แนบไฟล์'), pdfFile());
    await within(chosenList(form)).findByText(/ B$/);
    await user.click(within(form).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(
      'บันทึกไม่สำเร็จ: ไฟล์ รายงานการประชุม.pdf ที่ได้รับไม่ตรงกับที่ส่ง (SHA-256 ไม่ตรงกัน) อาจส่งไม่ครบ ลองส่งอีกครั้ง ข้อความและไฟล์ที่เลือกยังอยู่ครบ',
    );
    expect(within(form).getByLabelText('ผลการดำเนินงาน')).toHaveValue('ข้อความที่พิมพ์ไว้');
    expect(chosenList(form)).toHaveTextContent('รายงานการประชุม.pdf');

    await user.click(within(form).getByRole('button', { name: 'ส่งอีกครั้ง' }));
    expect(await within(form).findByText(/^บันทึกความคืบหน้าร้อยละ/)).toBeInTheDocument();
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]?.input.files?.[0]).toEqual(fake.calls[0]?.input.files?.[0]);
    expect(fake.calls[1]?.input.note).toBe('ข้อความที่พิมพ์ไว้');
  });

  it('shows the bytes sent while sending, and a cancel stops it keeping everything', async () => {
    const { user, form, fake } = await openForm();
    let signal: AbortSignal | undefined;
    fake.next.push(
      (_m, _input, upload) =>
        new Promise((_resolve, reject) => {
          signal = upload?.signal;
          upload?.onProgress?.(512, 2048);
          signal?.addEventListener('abort', () => reject(new DOMException('The upload was cancelled', 'AbortError')));
        }),
    );
    await user.type(within(form).getByLabelText('ผลการดำเนินงาน'), 'ส่งจากที่ช้า');
    await user.upload(within(form).getByLabelText('แนบไฟล์'), pdfFile());
    await within(chosenList(form)).findByText(/ B$/);
    await user.click(within(form).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    const bar = await within(form).findByRole('progressbar', { name: 'กำลังส่งไฟล์ 512 B จาก 2 KB' });
    expect(bar).toHaveAttribute('value', '512');
    expect(bar).toHaveAttribute('max', '2048');

    await user.click(within(form).getByRole('button', { name: 'ยกเลิกการส่ง' }));
    expect(signal?.aborted).toBe(true);
    expect(await within(form).findByRole('alert')).toHaveTextContent('ยกเลิกการส่งแล้ว ยังไม่ได้บันทึก ข้อความและไฟล์ที่เลือกยังอยู่ครบ');
    expect(within(form).queryByRole('progressbar')).toBeNull();
    expect(within(form).getByLabelText('ผลการดำเนินงาน')).toHaveValue('ส่งจากที่ช้า');
    expect(chosenList(form)).toHaveTextContent('รายงานการประชุม.pdf');
    expect(within(form).getByRole('button', { name: 'ส่งอีกครั้ง' })).toBeEnabled();
  });
});

describe('evidence on the agency’s server', () => {
  it('the history links the server’s own address for each file, reading no bytes itself', async () => {
    const { user, store, form } = await openForm();
    store.evidenceUrl = (id) => `/api/v1/evidence/${encodeURIComponent(id)}`;
    const read = vi.fn(store.readEvidence);
    store.readEvidence = read;
    await user.upload(within(form).getByLabelText('แนบไฟล์'), [jpegFile(), pdfFile()]);
    await waitFor(() => expect(within(chosenList(form)).getAllByText(/ B$/)).toHaveLength(2));
    await user.click(within(form).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    // Until the store answers, the update shows its files by name only: there is nothing to open yet.
    expect(await within(form).findByText(/^บันทึกความคืบหน้าร้อยละ/)).toBeInTheDocument();
    const files = await within(screen.getByRole('region', { name: 'ประวัติความคืบหน้า' })).findByRole('list', { name: 'ไฟล์หลักฐาน' });
    const photo = await within(files).findByRole('img', { name: 'อบรม.jpg' });
    expect(photo.getAttribute('src')).toMatch(/^\/api\/v1\/evidence\/[\w-]+$/);
    const download = within(files).getByRole('link', { name: 'ดาวน์โหลด รายงานการประชุม.pdf' });
    expect(download.getAttribute('href')).toMatch(/^\/api\/v1\/evidence\/[\w-]+$/);
    expect(download.getAttribute('href')).not.toBe(photo.getAttribute('src'));
    expect(read).not.toHaveBeenCalled();
  });
});

describe('the English of evidence refusals', () => {
  it('is the table docs/evidence.md keeps', () => {
    const doc = readFileSync(join(__dirname, '../../docs/evidence.md'), 'utf8');
    const block = doc.slice(doc.indexOf('<!-- english-catalog:start -->'), doc.indexOf('<!-- english-catalog:end -->'));
    const table = Object.fromEntries([...block.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map(([, key, text]) => [`evidence.${key}`, text]));
    const catalog = Object.fromEntries(Object.entries(evidenceMessages.en).filter(([key]) => key in table));
    expect(catalog).toEqual(table);
  });
});
