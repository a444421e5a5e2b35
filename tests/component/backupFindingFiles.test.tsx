import { act, waitFor } from '@testing-library/react';
import { makeBackup } from '../../src/data/backupDownload';
import { writeBackupZip } from '../../src/data/backupZip';
import { buildBackup, serialiseBackup } from '../../src/domain/backup';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { MEMO, MEMO_REF, NOW, PHOTO, PHOTO_REF, blobOf, bytesOf, emptyData, sha256, storeWithFiles } from '../support/backupWithFiles';
import { progressUpdate } from '../support/progressUpdate';
import { seedData, seedStore } from '../support/seed';
import { renderRestore } from './renderRestore';

// A finding's files ride in a backup as an update's do (issue 25): the photo on a finding, the memo on an update.

/** The seed with the photo on its first finding, and the memo on an update of its first measure. */
function dataWithFindingFile(): { data: DataSet; title: string } {
  const data = seedData();
  const [finding] = data.findings;
  const [measure] = data.measures;
  if (!finding || !measure) throw new Error('the seed has no finding or no measure');
  data.findings[0] = { ...finding, files: [PHOTO_REF] };
  data.progressUpdates = [{ ...progressUpdate(measure.id, '2026-05-03', 40), files: [MEMO_REF] }];
  return { data, title: finding.title };
}

it('restores a finding’s file from a backup zip byte for byte, SHA-256 equal, beside an update’s', async () => {
  const { data } = dataWithFindingFile();
  const made = await makeBackup(await storeWithFiles(data), NOW);
  expect(made.files).toBe(2);
  const target = await seedStore(emptyData());
  const { result } = renderRestore(target);
  await act(() => result.current.choose(new File([made.blob], made.name, { type: 'application/zip' })));
  expect(result.current.state).toMatchObject({ step: 'preview', files: { count: 2, bytes: PHOTO.length + MEMO.length } });
  await act(() => result.current.confirm());
  await waitFor(() => expect(result.current.state.step).toBe('done'));

  const kept = await target.readEvidence(PHOTO_REF.id);
  const back = await bytesOf(kept.blob);
  expect(back).toEqual(PHOTO);
  expect(sha256(back)).toBe(sha256(PHOTO));
  expect(kept.file).toEqual(PHOTO_REF);
  expect(await bytesOf((await target.readEvidence(MEMO_REF.id)).blob)).toEqual(MEMO);
  const restored = await target.exportData();
  expect(restored.findings.find((f) => f.id === data.findings[0]?.id)?.files).toEqual([PHOTO_REF]);
  console.info(`finding file round trip: ${PHOTO.length} bytes in, zip ${made.blob.size} bytes, ${back.length} bytes out, SHA-256 ${sha256(back)} equal`);
});

it('refuses a zip whose finding file is missing, naming the file and the finding, and keeps what the store had', async () => {
  const { data, title } = dataWithFindingFile();
  const target = await seedStore();
  const before = await target.exportData();
  const zip = await writeBackupZip({ json: serialiseBackup(buildBackup(data, NOW)), files: [MEMO_REF], read: async () => blobOf(MEMO) });
  const { result } = renderRestore(target);
  await act(() => result.current.choose(new File([zip], 'no-photo.zip', { type: 'application/zip' })));
  expect(result.current.state).toMatchObject({
    step: 'refused',
    reason: 'zip',
    zip: { code: 'file', first: { fault: 'missing', name: PHOTO_REF.name, findingTitle: title }, more: 0 },
  });
  expect(await target.exportData()).toEqual(before);
});
