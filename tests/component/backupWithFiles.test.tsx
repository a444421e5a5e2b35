import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeBackup } from '../../src/data/backupDownload';
import { writeBackupZip } from '../../src/data/backupZip';
import type { Store } from '../../src/data/store';
import { buildBackup, serialiseBackup } from '../../src/domain/backup';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { BYTES, MEMO, MEMO_REF, NOW, PHOTO, PHOTO_REF, blobOf, bytesOf, dataWithFiles, emptyData, sha256, storeWithFiles } from '../support/backupWithFiles';
import { captureDownloads } from '../support/downloads';
import { seedData, seedStore } from '../support/seed';
import { definitionOf, renderApp } from './renderApp';
import { renderRestore } from './renderRestore';

/** The zip a backup of the store with files makes, with one byte of the memo changed. */
async function damagedZip(): Promise<File> {
  const zip = await bytesOf(await writeBackupZip({ json: serialiseBackup(buildBackup(dataWithFiles(), NOW)), files: [PHOTO_REF, MEMO_REF], read: async (id) => blobOf(BYTES.get(id) ?? new Uint8Array()) }));
  const text = new TextEncoder().encode('ITA training');
  const at = zip.findIndex((_, i) => text.every((byte, j) => zip[i + j] === byte));
  zip[at] = (zip[at] ?? 0) ^ 0x20;
  return new File([zip], 'ita-backup-2569-12-06-1530.zip', { type: 'application/zip' });
}

it('downloads a zip from one browser store and restores it into an empty one, every file byte for byte', async () => {
  const data = dataWithFiles();
  const made = await makeBackup(await storeWithFiles(data), NOW);
  const target = await seedStore(emptyData());
  const { result } = renderRestore(target);
  await act(() => result.current.choose(new File([made.blob], made.name, { type: 'application/zip' })));
  const bytesIn = PHOTO.length + MEMO.length;
  expect(result.current.state).toMatchObject({ step: 'preview', files: { count: 2, bytes: bytesIn } });
  await act(() => result.current.confirm());
  await waitFor(() => expect(result.current.state.step).toBe('done'));

  let bytesOut = 0;
  for (const [id, original] of BYTES) {
    const kept = await target.readEvidence(id);
    const back = await bytesOf(kept.blob);
    bytesOut += back.length;
    expect(back).toEqual(original);
    expect(sha256(back)).toBe(kept.file.sha256);
  }
  expect(bytesOut).toBe(bytesIn);
  expect((await target.exportData()).progressUpdates).toEqual(data.progressUpdates);
  console.info(`idb round trip: files in ${bytesIn} bytes, zip ${made.blob.size} bytes, files out ${bytesOut} bytes, hashes equal`);
});

it('still restores a JSON backup of a data set without files', async () => {
  const target = await seedStore(emptyData());
  const { result } = renderRestore(target);
  const json = new File([serialiseBackup(buildBackup(seedData(), NOW))], 'old.json', { type: 'application/json' });
  await act(() => result.current.choose(json));
  expect(result.current.state).toMatchObject({ step: 'preview', files: { count: 0, bytes: 0 } });
  await act(() => result.current.confirm());
  await waitFor(() => expect(result.current.state.step).toBe('done'));
  const ids = (measures: DataSet['measures']) => measures.map((m) => m.id).sort();
  expect(ids((await target.exportData()).measures)).toEqual(ids(seedData().measures));
});

it.each([
  ['a file changed', damagedZip],
  [
    'a file missing',
    async () => new File([await writeBackupZip({ json: serialiseBackup(buildBackup(dataWithFiles(), NOW)), files: [PHOTO_REF], read: async () => blobOf(PHOTO) })], 'short.zip'),
  ],
])('refuses a zip with %s, and the store keeps what it had', async (_what, zip) => {
  const target = await storeWithFiles();
  const before = await target.exportData();
  const { result } = renderRestore(target);
  await act(async () => result.current.choose(await zip()));
  expect(result.current.state).toMatchObject({ step: 'refused', reason: 'zip', zip: { code: 'file', first: { name: MEMO_REF.name } } });
  expect(await target.exportData()).toEqual(before);
  expect(await bytesOf((await target.readEvidence(MEMO_REF.id)).blob)).toEqual(MEMO);
});

describe('on the settings screen', () => {
  beforeEach(() => localStorage.clear());
  const downloads = captureDownloads();

  it('downloads one zip holding the data and the files, and says what it carries', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await storeWithFiles(), url: '/settings' });
    const region = await screen.findByRole('region', { name: 'สำรองข้อมูล' });
    await user.click(within(region).getByRole('button', { name: 'ดาวน์โหลดไฟล์สำรองข้อมูล' }));
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent(/^ดาวน์โหลด ita-backup-\d{4}-\d{2}-\d{2}-\d{4}\.zip แล้ว \(ข้อมูลพร้อมไฟล์หลักฐาน 2 ไฟล์ รวม 33 KB\)$/));
    const [saved] = downloads;
    expect(saved?.name).toMatch(/\.zip$/);
    expect([...(await bytesOf(saved?.blob ?? new Blob())).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('shows how many files it has read while reading them takes a while', async () => {
    const user = userEvent.setup();
    const store = await storeWithFiles();
    const read = store.readEvidence.bind(store);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    store.readEvidence = async (id) => (id === MEMO_REF.id && (await held), read(id));
    await renderApp({ store, url: '/settings' });
    const region = await screen.findByRole('region', { name: 'สำรองข้อมูล' });
    await user.click(within(region).getByRole('button', { name: 'ดาวน์โหลดไฟล์สำรองข้อมูล' }));
    const bar = await within(region).findByRole('progressbar', { name: 'ความคืบหน้าการรวมไฟล์หลักฐานลงในไฟล์สำรอง' });
    expect(bar).toHaveAttribute('value', '1');
    expect(bar).toHaveAttribute('max', '2');
    expect(within(region).getByRole('status')).toHaveTextContent('กำลังรวมไฟล์หลักฐาน 1 จาก 2 ไฟล์…');
    release();
    await waitFor(() => expect(within(region).queryByRole('progressbar')).not.toBeInTheDocument());
    expect(downloads).toHaveLength(1);
  });

  it('says why a backup past 4 GB cannot be one file, before reading any', async () => {
    const user = userEvent.setup();
    const store = await storeWithFiles();
    const data = await store.exportData();
    const big = Array.from({ length: 420 }, (_, i) => ({ ...MEMO_REF, id: `ev-big-${i}`, size: 10 * 1024 * 1024 }));
    store.exportData = async () => ({ ...data, progressUpdates: data.progressUpdates.map((u) => ({ ...u, files: big })) });
    await renderApp({ store, url: '/settings?lang=en' });
    const region = await screen.findByRole('region', { name: 'Back up' });
    await user.click(within(region).getByRole('button', { name: 'Download a backup file' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent(/^Cannot back up into one file: the data and its evidence files come to 4\.1 GB, over the 4 GB one zip file can hold\.$/);
    expect(downloads).toHaveLength(0);
  });

  it('downloads the JSON alone when no update carries a file', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await seedStore(), url: '/settings' });
    const region = await screen.findByRole('region', { name: 'สำรองข้อมูล' });
    await user.click(within(region).getByRole('button', { name: 'ดาวน์โหลดไฟล์สำรองข้อมูล' }));
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent(/^ดาวน์โหลด ita-backup-[\d-]+\.json แล้ว$/));
    expect(JSON.parse(await (downloads[0]?.blob ?? new Blob()).text())).toMatchObject({ format: 'ita-measures-dashboard/backup' });
  });

  async function restoreRegion(lang: 'th' | 'en', store: Store) {
    await renderApp({ store, url: `/settings${lang === 'en' ? '?lang=en' : ''}` });
    const region = await screen.findByRole('region', { name: lang === 'en' ? 'Restore from a backup' : 'กู้คืนข้อมูลจากไฟล์สำรอง' });
    const input = within(region).getByLabelText(lang === 'en' ? 'Choose a backup file (.json or .zip)' : 'เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)');
    return { region, input };
  }

  it('shows how many files a zip carries and their size before restoring', async () => {
    const user = userEvent.setup();
    const made = await makeBackup(await storeWithFiles(), NOW);
    const { region, input } = await restoreRegion('th', await seedStore());
    expect(input).toHaveAccessibleDescription('ไฟล์ .json หรือ .zip ที่ได้จากปุ่ม "ดาวน์โหลดไฟล์สำรองข้อมูล"');
    await user.upload(input, new File([made.blob], made.name, { type: 'application/zip' }));
    const preview = await within(region).findByRole('group');
    expect(definitionOf(preview, 'ไฟล์หลักฐาน')).toHaveTextContent('2 ไฟล์ รวม 33 KB');
  });

  it.each([
    ['th', 'ใช้ไฟล์ "ita-backup-2569-12-06-1530.zip" ไม่ได้: ไฟล์หลักฐาน "บันทึกข้อความ 2569-25.pdf" ของการรายงานวันที่ 3 พ.ค. 2569 ในมาตรการ'],
    ['en', 'Cannot use "ita-backup-2569-12-06-1530.zip": The evidence file “บันทึกข้อความ 2569-25.pdf” of the update of 3 May 2026 on the measure'],
  ] as const)('names the damaged file and its update (%s), and changes nothing', async (lang, expected) => {
    const user = userEvent.setup();
    const store = await storeWithFiles();
    const before = await store.exportData();
    const { region, input } = await restoreRegion(lang, store);
    await user.upload(input, await damagedZip());
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent(expected);
    expect(alert).toHaveTextContent(lang === 'th' ? 'เสียหาย (ขนาดหรือ SHA-256 ไม่ตรงกับที่บันทึกไว้)' : 'is damaged: its size or SHA-256 is not the one recorded.');
    expect(await store.exportData()).toEqual(before);
  });

  it('refuses a zip that holds no backup.json, in words', async () => {
    const user = userEvent.setup();
    const { region, input } = await restoreRegion('en', await seedStore());
    const { zipSync, strToU8 } = await import('fflate');
    await user.upload(input, new File([zipSync({ 'photo.jpg': PHOTO, 'notes.txt': strToU8('hi') }) as Uint8Array<ArrayBuffer>], 'photos.zip'));
    expect(await within(region).findByRole('alert')).toHaveTextContent('Cannot use "photos.zip": This zip holds no backup.json, so it is not a backup from this app.');
  });
});

it('restores a zip on the first run, showing its files first', async () => {
  const user = userEvent.setup();
  const made = await makeBackup(await storeWithFiles(), NOW);
  const target = await seedStore(emptyData());
  await renderApp({ store: target });
  const region = await screen.findByRole('region', { name: 'ก. กู้คืนจากไฟล์สำรองข้อมูล' });
  const input = within(region).getByLabelText('ไฟล์สำรองข้อมูล (.json หรือ .zip)');
  expect(input).toHaveAttribute('accept', expect.stringContaining('.zip'));
  await user.upload(input, new File([made.blob], made.name, { type: 'application/zip' }));
  const preview = await within(region).findByRole('group');
  expect(definitionOf(preview, 'ไฟล์หลักฐาน')).toHaveTextContent('2 ไฟล์ รวม 33 KB');
  await user.click(within(region).getByRole('button', { name: 'กู้คืนข้อมูลจากไฟล์นี้' }));
  expect(await screen.findByRole('heading', { level: 1, name: /ผลการประเมิน ITA ปีงบประมาณ/ }, { timeout: 5000 })).toBeInTheDocument();
  expect(await bytesOf((await target.readEvidence(PHOTO_REF.id)).blob)).toEqual(PHOTO);
});
