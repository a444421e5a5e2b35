import { zipSync, strToU8 } from 'fflate';
import { readContents } from '../../../src/data/adapters/backupReader/readContents';
import { readZipDirectory } from '../../../src/data/adapters/backupReader/zipDirectory';
import { BackupTooLarge, makeBackup } from '../../../src/data/backupDownload';
import { writeBackupZip } from '../../../src/data/backupZip';
import type { Store } from '../../../src/data/store';
import { buildBackup, serialiseBackup } from '../../../src/domain/backup';
import type { DataSet } from '../../../src/domain/schemas/dataSet';
import { BYTES, MEMO, MEMO_REF, PHOTO, PHOTO_REF, blobOf, dataWithFiles, sha256 } from '../../support/backupWithFiles';
import { seedData } from '../../support/seed';

const NOW = new Date('2026-12-06T08:30:00Z');

/** Only what a backup asks of a store: the data set, and each file's bytes. */
const storeOf = (data: DataSet, bytes: ReadonlyMap<string, Uint8Array> = BYTES) =>
  ({
    exportData: async () => data,
    readEvidence: async (id: string) => {
      const found = bytes.get(id);
      if (!found) throw new Error(`no file ${id}`);
      return { file: [PHOTO_REF, MEMO_REF].find((f) => f.id === id), blob: blobOf(found) };
    },
  }) as unknown as Store;

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const jsonOf = (data: DataSet) => serialiseBackup(buildBackup(data, NOW));

async function refusalOf(file: Blob) {
  const { outcome, contents } = await readContents(file);
  expect(contents).toBeUndefined();
  if (outcome.ok || outcome.unreadable || !('zip' in outcome)) throw new Error(`not a zip refusal: ${JSON.stringify(outcome)}`);
  return outcome.zip;
}

describe('a backup without files', () => {
  it('is the JSON file it has always been, and reads back as before', async () => {
    const data = seedData();
    const made = await makeBackup(storeOf(data), NOW);
    expect(made.name).toMatch(/^ita-backup-2569-12-06-\d{4}\.json$/);
    expect(made.files).toBe(0);
    expect(await made.blob.text()).toBe(jsonOf(data));
    const { outcome, contents } = await readContents(made.blob);
    expect(outcome).toMatchObject({ ok: true, files: { count: 0, bytes: 0 } });
    expect(contents?.data).toEqual(data);
    expect(contents?.files.size).toBe(0);
  });
});

describe('a backup with files', () => {
  it('is one zip of backup.json and files/<id>, stored, whose files read back byte for byte', async () => {
    const data = dataWithFiles();
    const made = await makeBackup(storeOf(data), NOW);
    expect(made.name).toMatch(/^ita-backup-2569-12-06-\d{4}\.zip$/);
    const zip = await bytesOf(made.blob);
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const directory = await readZipDirectory(made.blob);
    expect([...(directory?.keys() ?? [])]).toEqual(['backup.json', 'files/ev-photo-1', 'files/ev-memo-1']);
    expect([...(directory?.values() ?? [])].map((item) => item.method)).toEqual([0, 0, 0]);

    const checked: [number, number][] = [];
    const { outcome, contents } = await readContents(made.blob, (done, total) => checked.push([done, total]));
    expect(checked).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const bytesIn = PHOTO.length + MEMO.length;
    expect(outcome).toMatchObject({ ok: true, files: { count: 2, bytes: bytesIn } });
    expect(contents?.data).toEqual(data);
    let bytesOut = 0;
    for (const [id, original] of BYTES) {
      const back = await bytesOf(contents?.files.get(id) ?? new Blob());
      bytesOut += back.length;
      expect(back).toEqual(original);
      expect(sha256(back)).toBe(sha256(original));
    }
    // The figures for the session's note.
    console.info(
      `backup round trip: files in ${bytesIn} bytes (photo ${PHOTO.length}, memo ${MEMO.length}), backup.json ${directory?.get('backup.json')?.size} bytes, ` +
        `zip ${zip.length} bytes, files out ${bytesOut} bytes; ` +
        `photo sha256 ${sha256(PHOTO)} = ${sha256(await bytesOf(contents?.files.get(PHOTO_REF.id) ?? new Blob()))}; ` +
        `memo sha256 ${sha256(MEMO)} = ${sha256(await bytesOf(contents?.files.get(MEMO_REF.id) ?? new Blob()))}`,
    );
    expect(bytesOut).toBe(bytesIn);
  });

  it('tells how far it is, a file at a time', async () => {
    const told: [number, number][] = [];
    await makeBackup(storeOf(dataWithFiles()), NOW, (done, total) => told.push([done, total]));
    expect(told).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('refuses, before reading a file, a backup that would pass the 4 GB a zip without Zip64 can hold', async () => {
    const data = dataWithFiles();
    const big = Array.from({ length: 410 }, (_, i) => ({ ...MEMO_REF, id: `ev-big-${i}`, size: 10 * 1024 * 1024 }));
    const [update] = data.progressUpdates;
    if (!update) throw new Error('no update');
    const read = vi.fn();
    const store = { exportData: async () => ({ ...data, progressUpdates: [{ ...update, files: big }] }), readEvidence: read } as unknown as Store;
    const made = makeBackup(store, NOW);
    await expect(made).rejects.toBeInstanceOf(BackupTooLarge);
    await expect(made).rejects.toMatchObject({ bytes: expect.any(Number) });
    expect(read).not.toHaveBeenCalled();
    // 409 of them fit.
    const fits = { exportData: async () => ({ ...data, progressUpdates: [{ ...update, files: big.slice(0, 409) }] }), readEvidence: async () => ({ blob: new Blob([]) }) } as unknown as Store;
    await expect(makeBackup(fits, NOW)).resolves.toMatchObject({ files: 409 });
  });

  it('restores a backup zipped again by hand (deflated), checking the files the same way', async () => {
    const data = dataWithFiles();
    const zip = zipSync({ 'backup.json': strToU8(jsonOf(data)), 'files/ev-photo-1': PHOTO, 'files/ev-memo-1': MEMO }, { level: 6 });
    const { outcome, contents } = await readContents(blobOf(zip));
    expect(outcome).toMatchObject({ ok: true, files: { count: 2 } });
    expect(await bytesOf(contents?.files.get(MEMO_REF.id) ?? new Blob())).toEqual(MEMO);
  });
});

describe('a backup refused, naming what is wrong', () => {
  it('names a file whose bytes were changed, and its update', async () => {
    const zip = await bytesOf(await writeBackupZip({ json: jsonOf(dataWithFiles()), files: [PHOTO_REF, MEMO_REF], read: async (id) => blobOf(BYTES.get(id) ?? new Uint8Array()) }));
    // One byte of the memo's text, found by its own bytes inside the stored entry.
    const at = indexOf(zip, new TextEncoder().encode('ITA training'));
    zip[at] = (zip[at] ?? 0) ^ 0x20;
    const measure = dataWithFiles().measures[0]?.title;
    expect(await refusalOf(blobOf(zip))).toEqual({
      code: 'file',
      first: { fault: 'damaged', name: MEMO_REF.name, updateDate: '2026-05-03', measureTitle: measure },
      more: 0,
    });
  });

  it('names a finding’s file whose bytes were changed by the finding’s title', async () => {
    const data = dataWithFiles();
    const [update] = data.progressUpdates;
    const [finding] = data.findings;
    if (!update || !finding) throw new Error('no update or finding');
    data.progressUpdates = [{ ...update, files: [PHOTO_REF] }];
    data.findings[0] = { ...finding, files: [MEMO_REF] };
    const zip = await bytesOf(await writeBackupZip({ json: jsonOf(data), files: [PHOTO_REF, MEMO_REF], read: async (id) => blobOf(BYTES.get(id) ?? new Uint8Array()) }));
    const at = indexOf(zip, new TextEncoder().encode('ITA training'));
    zip[at] = (zip[at] ?? 0) ^ 0x20;
    expect(await refusalOf(blobOf(zip))).toEqual({
      code: 'file',
      first: { fault: 'damaged', name: MEMO_REF.name, findingTitle: finding.title },
      more: 0,
    });
  });

  it('names a file the zip does not carry, and counts the others', async () => {
    const blob = await writeBackupZip({ json: jsonOf(dataWithFiles()), files: [], read: async () => new Blob() });
    expect(await refusalOf(blob)).toMatchObject({ code: 'file', first: { fault: 'missing', name: PHOTO_REF.name }, more: 1 });
  });

  it('names the file when a JSON backup names files it cannot carry', async () => {
    const json = new Blob([jsonOf(dataWithFiles())]);
    expect(await refusalOf(json)).toMatchObject({ code: 'file', first: { fault: 'missing', name: PHOTO_REF.name }, more: 1 });
  });

  it('refuses a zip without backup.json', async () => {
    expect(await refusalOf(blobOf(zipSync({ 'notes.txt': strToU8('hello') })))).toEqual({ code: 'no-backup-json' });
  });

  it('refuses a zip cut short', async () => {
    const zip = await bytesOf(await makeBackup(storeOf(dataWithFiles()), NOW).then((made) => made.blob));
    expect(await refusalOf(blobOf(zip.subarray(0, zip.length - 40)))).toEqual({ code: 'damaged-zip' });
  });

  it('reads a zip holding a JSON that is not a backup as the JSON reader always has', async () => {
    const { outcome } = await readContents(blobOf(zipSync({ 'backup.json': strToU8('{"hello": 1}') })));
    expect(outcome).toMatchObject({ ok: false, unreadable: false, problem: { code: 'not-backup' } });
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}
