import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { prepareFile } from '../../src/data/files/prepareFile';
import type { Store } from '../../src/data/store';
import { StoreError } from '../../src/data/storeError';
import { seedStore } from '../support/seed';
import { exeAsJpeg, fakeObjectUrls, jpegFile, pdfFile } from './fakeEvidence';
import { withFakeFindingFiles } from './fakeFindingFiles';
import { renderApp } from './renderApp';

// jsdom decodes no pictures: a chosen photo comes out of the downscale as a small upright JPEG.
vi.mock('../../src/data/files/downscale', () => ({
  downscaleImage: async () => {
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3, 4])], { type: 'image/jpeg' });
    return { ok: true, image: { blob, type: 'jpeg', size: blob.size, width: 1500, height: 2000 } };
  },
}));

const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };

let urls: ReturnType<typeof fakeObjectUrls>;
beforeEach(() => {
  urls = fakeObjectUrls();
});
afterEach(() => urls.restore());

/** The seed's first finding, given a PDF and a photo before the screen opens. */
async function withKeptFiles(store: Store) {
  const [finding] = await store.listFindings('asm-2565');
  if (!finding) throw new Error('the seed has no finding');
  const prepared = await Promise.all([pdfFile('หนังสือแจ้งผล.pdf'), jpegFile('หน้าเว็บ.jpg')].map((f) => prepareFile(f)));
  const ready = prepared.map((p) => (p.ok ? p.prepared : null)).filter((p) => p !== null);
  await store.saveFinding({ ...finding, files: ready.map((p) => p.file) }, { files: ready.map((p) => p.blob) });
  return finding;
}

async function openFindings(options: { actor?: typeof head; keptFiles?: boolean; lang?: 'en'; server?: boolean } = {}) {
  // Real browsers offer "all files" beside what `accept` lists: the bytes decide, not the dialog.
  const user = userEvent.setup({ applyAccept: false });
  const store = await seedStore();
  const fake = withFakeFindingFiles(store);
  const finding = options.keptFiles ? await withKeptFiles(store) : null;
  fake.calls.length = 0;
  // The agency's server gives each file an address of its own; the screen then reads no bytes.
  const read = vi.fn(store.readEvidence);
  if (options.server) {
    store.evidenceUrl = (id) => `/api/v1/evidence/${encodeURIComponent(id)}`;
    store.readEvidence = read;
  }
  await renderApp({
    store,
    url: `/assessments${options.lang ? '?lang=en' : ''}`,
    ...(options.actor ? { preferences: { dataSource: 'browser' as const, actor: options.actor } } : {}),
  });
  const section = await screen.findByRole('region', { name: options.lang ? 'Findings of the assessment' : 'ข้อบกพร่องจากการประเมิน' });
  return { user, store, fake, section, finding, read };
}

const newForm = async (section: HTMLElement) => within(section).findByRole('form', { name: 'เพิ่มข้อบกพร่อง' });
const chosenList = (form: HTMLElement) => within(form).getByRole('list', { name: /^ไฟล์ที่แนบ/ });
const findingItem = async (section: HTMLElement, title: string) =>
  (await within(section).findByRole('heading', { level: 3, name: new RegExp(title) })).closest('li') as HTMLElement;

// Pasted rather than typed key by key: the text is not what these tests are about.
async function fillIn(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, title = 'หน้าเว็บไม่เป็นปัจจุบัน') {
  await user.click(within(form).getByRole('textbox', { name: 'หัวข้อ' }));
  await user.paste(title);
  await user.click(within(form).getByRole('textbox', { name: 'การวิเคราะห์ข้อบกพร่อง' }));
  await user.paste('ข่าวล่าสุดเมื่อสองปีก่อน');
}

describe('a new finding with files', () => {
  it('refuses a wrong type by name, then saves the files with the finding and lists them on it', async () => {
    const { user, fake, section } = await openFindings();
    const form = await newForm(section);
    await fillIn(user, form);
    await user.upload(within(form).getByLabelText('แนบไฟล์'), [exeAsJpeg(), pdfFile(), jpegFile()]);
    expect(await within(form).findByRole('alert')).toHaveTextContent(/setup\.jpg.*\(\.exe\)/);
    await waitFor(() => expect(within(chosenList(form)).getAllByText(/ B$/)).toHaveLength(2));
    expect(chosenList(form)).not.toHaveTextContent('setup.jpg');

    await user.click(within(form).getByRole('button', { name: 'บันทึกข้อบกพร่อง' }));
    expect(await within(form).findByText('บันทึกข้อบกพร่อง หน้าเว็บไม่เป็นปัจจุบัน แล้ว')).toBeInTheDocument();
    const [call] = fake.calls;
    expect(call?.finding.files?.map((f) => [f.name, f.type])).toEqual([
      ['รายงานการประชุม.pdf', 'pdf'],
      ['อบรม.jpg', 'jpeg'],
    ]);
    expect(call?.upload?.files?.map((b) => b.size)).toEqual(call?.finding.files?.map((f) => f.size));
    expect(call?.upload?.signal).toBeInstanceOf(AbortSignal);
    // The form is empty again, text and files.
    expect(within(form).getByRole('textbox', { name: 'หัวข้อ' })).toHaveValue('');
    expect(within(form).queryByRole('list', { name: /^ไฟล์ที่แนบ/ })).toBeNull();

    const item = await findingItem(section, 'หน้าเว็บไม่เป็นปัจจุบัน');
    const files = await within(item).findByRole('list', { name: 'ไฟล์หลักฐาน' });
    const photo = await within(files).findByRole('img', { name: 'อบรม.jpg' });
    const open = within(files).getByRole('link', { name: 'อบรม.jpg (เปิดในแท็บใหม่)' });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('href', photo.getAttribute('src'));
    expect(await within(files).findByRole('link', { name: 'ดาวน์โหลด รายงานการประชุม.pdf' })).toHaveAttribute('download', 'รายงานการประชุม.pdf');
  });

  it('a refused save keeps the text and the files, says why, and sends again', async () => {
    const { user, fake, section } = await openFindings();
    fake.next.push(() =>
      Promise.reject(
        new StoreError(
          { kind: 'validation', fields: [{ path: 'files.0', code: 'evidence.file.hashMismatch', values: { name: 'รายงานการประชุม.pdf' }, message: 'ไม่ตรง' }] },
          'ไม่ตรง',
        ),
      ),
    );
    const form = await newForm(section);
    await fillIn(user, form);
    await user.upload(within(form).getByLabelText('แนบไฟล์'), pdfFile());
    await within(chosenList(form)).findByText(/ B$/);
    await user.click(within(form).getByRole('button', { name: 'บันทึกข้อบกพร่อง' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'บันทึกไม่สำเร็จ: ไฟล์ รายงานการประชุม.pdf ที่ได้รับไม่ตรงกับที่ส่ง (SHA-256 ไม่ตรงกัน) อาจส่งไม่ครบ ลองส่งอีกครั้ง ข้อความและไฟล์ที่เลือกยังอยู่ครบ',
    );
    expect(within(form).getByRole('textbox', { name: 'หัวข้อ' })).toHaveValue('หน้าเว็บไม่เป็นปัจจุบัน');
    expect(chosenList(form)).toHaveTextContent('รายงานการประชุม.pdf');

    await user.click(within(form).getByRole('button', { name: 'ส่งอีกครั้ง' }));
    expect(await within(form).findByText('บันทึกข้อบกพร่อง หน้าเว็บไม่เป็นปัจจุบัน แล้ว')).toBeInTheDocument();
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]?.finding.files).toEqual(fake.calls[0]?.finding.files);
  });

  it('shows the bytes sent, and a cancel stops the sending keeping everything', async () => {
    const { user, fake, section } = await openFindings();
    let signal: AbortSignal | undefined;
    fake.next.push(
      (_finding, upload) =>
        new Promise((_resolve, reject) => {
          signal = upload?.signal;
          upload?.onProgress?.(512, 2048);
          signal?.addEventListener('abort', () => reject(new StoreError({ kind: 'network', reason: 'cancelled' }, 'ยกเลิก')));
        }),
    );
    const form = await newForm(section);
    await fillIn(user, form);
    await user.upload(within(form).getByLabelText('แนบไฟล์'), pdfFile());
    await within(chosenList(form)).findByText(/ B$/);
    await user.click(within(form).getByRole('button', { name: 'บันทึกข้อบกพร่อง' }));
    expect(await within(form).findByRole('progressbar', { name: 'กำลังส่งไฟล์ 512 B จาก 2 KB' })).toHaveAttribute('value', '512');
    await user.click(within(form).getByRole('button', { name: 'ยกเลิกการส่ง' }));
    expect(signal?.aborted).toBe(true);
    expect(await within(form).findByRole('alert')).toHaveTextContent('ยกเลิกการส่งแล้ว ยังไม่ได้บันทึก ข้อความและไฟล์ที่เลือกยังอยู่ครบ');
    expect(within(form).getByRole('textbox', { name: 'หัวข้อ' })).toHaveValue('หน้าเว็บไม่เป็นปัจจุบัน');
    expect(chosenList(form)).toHaveTextContent('รายงานการประชุม.pdf');
  });

  it('is clean under axe with files chosen and one refused', async () => {
    const { user, section } = await openFindings();
    const form = await newForm(section);
    await user.upload(within(form).getByLabelText('แนบไฟล์'), [exeAsJpeg(), pdfFile(), jpegFile()]);
    await waitFor(() => expect(within(chosenList(form)).getAllByText(/ B$/)).toHaveLength(2));
    await within(form).findByRole('alert');
    const results = await axe.run(form, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => [v.id, v.nodes.map((n) => n.target.join(' '))])).toEqual([]);
  });
});

describe('the files of a finding already saved', () => {
  it('removes a file only once confirmed, naming it, and keeps the others as they are', async () => {
    const { user, fake, section, finding } = await openFindings({ keptFiles: true });
    const item = await findingItem(section, finding?.title ?? '');
    const files = await within(item).findByRole('list', { name: 'ไฟล์หลักฐาน' });
    expect(await within(files).findByRole('img', { name: 'หน้าเว็บ.jpg' })).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'ลบไฟล์ หนังสือแจ้งผล.pdf' }));
    const ask = within(item).getByRole('group', { name: `ลบไฟล์ หนังสือแจ้งผล.pdf ออกจากข้อบกพร่อง ${finding?.title} หรือไม่ ลบแล้วเรียกคืนไม่ได้` });
    // The harmless answer has the focus; saying no removes nothing.
    expect(within(ask).getByRole('button', { name: 'ไม่ลบ' })).toHaveFocus();
    const results = await axe.run(item, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await user.click(within(ask).getByRole('button', { name: 'ไม่ลบ' }));
    expect(fake.calls).toHaveLength(0);

    await user.click(within(item).getByRole('button', { name: 'ลบไฟล์ หนังสือแจ้งผล.pdf' }));
    await user.click(within(within(item).getByRole('group')).getByRole('button', { name: 'ยืนยันการลบ' }));
    expect(await within(item).findByText('ลบไฟล์ หนังสือแจ้งผล.pdf แล้ว')).toHaveFocus();
    const [call] = fake.calls;
    expect(call?.finding.files?.map((f) => f.name)).toEqual(['หน้าเว็บ.jpg']);
    expect(call?.upload).toBeUndefined();
    await waitFor(() => expect(within(item).queryByRole('link', { name: /หนังสือแจ้งผล\.pdf/ })).toBeNull());
    expect(within(item).getByRole('img', { name: 'หน้าเว็บ.jpg' })).toBeInTheDocument();
  });

  it('adds more files after the ones it keeps', async () => {
    const { user, fake, section, finding } = await openFindings({ keptFiles: true });
    const item = await findingItem(section, finding?.title ?? '');
    const more = within(item).getByRole('button', { name: `แนบไฟล์เพิ่ม: ${finding?.title}` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    const picker = within(item).getByRole('group', { name: `แนบไฟล์เพิ่มให้ข้อบกพร่อง ${finding?.title}` });
    await user.upload(within(picker).getByLabelText('แนบไฟล์'), pdfFile('หนังสือชี้แจง.pdf'));
    await within(picker).findByText(/ B$/);
    await user.click(within(item).getByRole('button', { name: 'บันทึกไฟล์ที่แนบ' }));
    expect(await within(item).findByText(`แนบไฟล์ให้ข้อบกพร่อง ${finding?.title} แล้ว`)).toBeInTheDocument();
    // The panel closed; the focus is back on the button that opened it.
    expect(more).toHaveFocus();
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const [call] = fake.calls;
    expect(call?.finding.files?.map((f) => f.name)).toEqual(['หนังสือแจ้งผล.pdf', 'หน้าเว็บ.jpg', 'หนังสือชี้แจง.pdf']);
    expect(call?.upload?.files).toHaveLength(1);
    expect(await within(item).findByRole('link', { name: 'ดาวน์โหลด หนังสือชี้แจง.pdf' })).toBeInTheDocument();
  });

  it('keeps the files added to a finding when their sending fails, speaking of files only', async () => {
    const { user, fake, section, finding } = await openFindings({ keptFiles: true });
    fake.next.push(() => Promise.reject(new StoreError({ kind: 'network', reason: 'offline' }, 'ติดต่อไม่ได้')));
    const item = await findingItem(section, finding?.title ?? '');
    await user.click(within(item).getByRole('button', { name: `แนบไฟล์เพิ่ม: ${finding?.title}` }));
    const picker = within(item).getByRole('group', { name: `แนบไฟล์เพิ่มให้ข้อบกพร่อง ${finding?.title}` });
    await user.upload(within(picker).getByLabelText('แนบไฟล์'), pdfFile('หนังสือชี้แจง.pdf'));
    await within(picker).findByText(/ B$/);
    await user.click(within(item).getByRole('button', { name: 'บันทึกไฟล์ที่แนบ' }));
    const alert = await within(item).findByRole('alert');
    expect(alert).toHaveTextContent(/ไฟล์ที่เลือกยังอยู่ครบ$/);
    expect(alert).not.toHaveTextContent('ข้อความ');
    expect(within(picker).getAllByText('หนังสือชี้แจง.pdf').length).toBeGreaterThan(0);
  });

  it('counts the files a finding keeps against the limit of 20, saying so of a finding', async () => {
    const { user, section, finding } = await openFindings({ keptFiles: true });
    const item = await findingItem(section, finding?.title ?? '');
    await user.click(within(item).getByRole('button', { name: `แนบไฟล์เพิ่ม: ${finding?.title}` }));
    const picker = within(item).getByRole('group', { name: `แนบไฟล์เพิ่มให้ข้อบกพร่อง ${finding?.title}` });
    await user.upload(
      within(picker).getByLabelText('แนบไฟล์'),
      Array.from({ length: 19 }, (_, i) => pdfFile(`หน้า ${i + 1}.pdf`)),
    );
    expect(await within(picker).findByRole('alert')).toHaveTextContent('ข้อบกพร่องหนึ่งข้อแนบไฟล์ได้ไม่เกิน 20 ไฟล์ (รวมที่แนบไว้แล้วเป็น 21 ไฟล์)');
    expect(within(item).getByRole('button', { name: 'บันทึกไฟล์ที่แนบ' })).toBeDisabled();
  });

  it('shows a department head the files but no way to change them', async () => {
    const { section, finding } = await openFindings({ actor: head, keptFiles: true });
    const item = await findingItem(section, finding?.title ?? '');
    expect(await within(item).findByRole('link', { name: 'ดาวน์โหลด หนังสือแจ้งผล.pdf' })).toBeInTheDocument();
    expect(within(item).queryByRole('button')).toBeNull();
  });

  it('links the server’s own address for each file, reading no bytes itself', async () => {
    const { section, finding, read } = await openFindings({ keptFiles: true, server: true });
    const item = await findingItem(section, finding?.title ?? '');
    const photo = await within(item).findByRole('img', { name: 'หน้าเว็บ.jpg' });
    expect(photo.getAttribute('src')).toMatch(/^\/api\/v1\/evidence\/[\w-]+$/);
    expect(within(item).getByRole('link', { name: 'ดาวน์โหลด หนังสือแจ้งผล.pdf' }).getAttribute('href')).toMatch(/^\/api\/v1\/evidence\/[\w-]+$/);
    expect(read).not.toHaveBeenCalled();
  });

  it('asks in English for an English reader', async () => {
    const { user, section, finding } = await openFindings({ keptFiles: true, lang: 'en' });
    const item = (await within(section).findByRole('heading', { level: 3, name: new RegExp(finding?.title ?? '') })).closest('li') as HTMLElement;
    await user.click(await within(item).findByRole('button', { name: 'Remove the file หนังสือแจ้งผล.pdf' }));
    const ask = within(item).getByRole('group', { name: `Remove หนังสือแจ้งผล.pdf from the finding ${finding?.title}? It cannot be brought back.` });
    expect(within(ask).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    expect(within(ask).getByRole('button', { name: 'Yes, remove it' })).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: `Attach more files: ${finding?.title}` })).toBeInTheDocument();
  });
});
