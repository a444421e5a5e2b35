import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildBackup, serialiseBackup } from '../../src/domain/backup';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const THAI = /[\u0E00-\u0E7F]/;
const file = (name: string, data: DataSet) => new File([serialiseBackup(buildBackup(data, new Date('2026-11-20T03:00:00Z')))], name, { type: 'application/json' });

/** The seed with its third measure's title emptied: a record the schema refuses. */
function badRecord(): DataSet {
  const data = seedData();
  const third = data.measures[2];
  if (!third) throw new Error('the seed has fewer than three measures');
  third.title = '';
  return data;
}

/** The seed with the first measure pointing at an assessment the file does not hold. */
function missingReference(): DataSet {
  const data = seedData();
  const first = data.measures[0];
  if (!first) throw new Error('the seed has no measure');
  first.assessmentId = 'asm-none';
  return data;
}

/** Every measure untitled: more faults than a refusal names one by one. */
function manyBad(): DataSet {
  const data = seedData();
  data.measures.forEach((m) => (m.title = ''));
  return data;
}

const emptyData = (): DataSet => ({ ...seedData(), frameworks: [], assessments: [], findings: [], measures: [], progressUpdates: [], audit: [] });

async function settingsRestore(lang: 'th' | 'en') {
  await renderApp({ url: `/settings${lang === 'en' ? '?lang=en' : ''}` });
  const region = await screen.findByRole('region', { name: lang === 'en' ? 'Restore from a backup' : 'กู้คืนข้อมูลจากไฟล์สำรอง' });
  return { region, input: within(region).getByLabelText(lang === 'en' ? 'Choose a backup file (.json or .zip)' : 'เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)') };
}

describe('a refused restore names each fault in the reader’s language', () => {
  beforeEach(() => localStorage.clear());

  it.each([
    ['a record the schema refuses', badRecord, 'Cannot use "bad.json": The file holds invalid data: Measures, record 3 (id msr-plan-3), field "title": must not be empty. Nothing in the app has changed.'],
    [
      'a reference to a record the file lacks',
      missingReference,
      'Cannot use "bad.json": Records in the file refer to others it does not hold: Measures, record 1 (id msr-plan-1), field "assessmentId": refers to assessment result asm-none, which the file does not hold. Nothing in the app has changed.',
    ],
  ])('in English, with no Thai of ours: %s', async (_what, data, expected) => {
    const user = userEvent.setup();
    const { region, input } = await settingsRestore('en');
    await user.upload(input, file('bad.json', data()));
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent(expected);
    expect(alert.textContent).not.toMatch(THAI);
  });

  it('in English, the first five and how many more', async () => {
    const user = userEvent.setup();
    const { region, input } = await settingsRestore('en');
    await user.upload(input, file('bad.json', manyBad()));
    const alert = await within(region).findByRole('alert');
    const count = seedData().measures.length;
    expect(alert).toHaveTextContent(`field "title": must not be empty; and ${count - 5} more. Nothing in the app has changed.`);
    expect(alert.textContent?.match(/must not be empty/g)).toHaveLength(5);
    expect(alert.textContent).not.toMatch(THAI);
  });

  it('in Thai, in the same words the reader gives the API', async () => {
    const user = userEvent.setup();
    const { region, input } = await settingsRestore('th');
    await user.upload(input, file('bad.json', badRecord()));
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'ใช้ไฟล์ "bad.json" ไม่ได้: ข้อมูลในไฟล์ไม่ถูกต้อง: มาตรการ รายการที่ 3 (รหัส msr-plan-3) ช่อง "title": ต้องระบุชื่อมาตรการ ข้อมูลในระบบไม่มีการเปลี่ยนแปลง',
    );
  });

  it('on the first-run screen, worded as in Settings', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await seedStore(emptyData()), url: '/?lang=en' });
    const region = await screen.findByRole('region', { name: 'A. Restore a backup' });
    await user.upload(within(region).getByLabelText('Backup file (.json or .zip)'), file('bad.json', missingReference()));
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('Cannot restore from bad.json: Records in the file refer to others it does not hold: Measures, record 1 (id msr-plan-1), field "assessmentId": refers to assessment result asm-none, which the file does not hold.');
    expect(alert.textContent).not.toMatch(THAI);
  });

  it('a file far too large is refused by its size alone', async () => {
    const user = userEvent.setup();
    const { region, input } = await settingsRestore('en');
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 401 * 1024 * 1024 });
    await user.upload(input, huge);
    expect(await within(region).findByRole('alert')).toHaveTextContent('Cannot use "huge.json": The file is over 400 MB, so it is not a backup of this app. Nothing in the app has changed.');
  });
});
