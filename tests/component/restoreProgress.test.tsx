import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Store } from '../../src/data/store';
import { buildBackup, serialiseBackup } from '../../src/domain/backup';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const backup = (data: DataSet = seedData()) =>
  new File([serialiseBackup(buildBackup(data, new Date('2026-11-20T07:30:00Z')))], 'backup.json', { type: 'application/json' });

/**
 * A store whose restore reports `steps` of progress as the browser store does (none, as the
 * HTTP store's one upload), then waits for the test before it writes.
 */
function heldRestore(store: Store, steps: [number, number][]) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: Store = {
    ...store,
    replaceData: async (data, options) => {
      for (const [done, total] of steps) options?.onProgress?.(done, total);
      await released;
      return store.replaceData(data, options);
    },
  };
  return { held, release };
}

describe('a restore under way', () => {
  beforeEach(() => localStorage.clear());

  it('shows on settings how many records are written of how many, in a labelled bar and a polite status', async () => {
    const user = userEvent.setup();
    const { held, release } = heldRestore(await seedStore(), [
      [0, 352_000],
      [12_000, 352_000],
    ]);
    await renderApp({ store: held, url: '/settings' });
    const region = await screen.findByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
    await user.upload(within(region).getByLabelText('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)'), backup());
    await user.click(await within(region).findByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }));

    const bar = await within(region).findByRole('progressbar', { name: 'ความคืบหน้าการกู้คืน' });
    expect(bar).toHaveAttribute('value', '12000');
    expect(bar).toHaveAttribute('max', '352000');
    // Read aloud once a tenth of the way is passed, not at every batch.
    expect(within(region).getByRole('status')).toHaveTextContent('กำลังกู้คืน 0 จาก 352,000 รายการ');
    expect(within(region).getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' })).toBeDisabled();
    // Another file cannot be taken in its place half way through.
    expect(within(region).getByLabelText('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)')).toBeDisabled();

    release();
    expect(await within(region).findByText('กู้คืนข้อมูลจากไฟล์ "backup.json" แล้ว')).toHaveAttribute('role', 'status');
    expect(within(region).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('stops when cancelled while writing, says so only once the store has stopped, and changes nothing', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    const { held, release } = heldRestore(store, [[0, 1_000]]);
    await renderApp({ store: held, url: '/settings' });
    const region = await screen.findByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
    const other = seedData();
    other.organisation = { ...other.organisation, name: 'หน่วยงานในไฟล์' };
    await user.upload(within(region).getByLabelText('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)'), backup(other));
    await user.click(await within(region).findByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }));
    await within(region).findByRole('progressbar', { name: 'ความคืบหน้าการกู้คืน' });

    await user.click(within(region).getByRole('button', { name: 'ยกเลิก' }));
    expect(within(region).getByRole('status')).toHaveTextContent('กำลังยกเลิกการกู้คืน…');
    expect(within(region).getByRole('button', { name: 'ยกเลิก' })).toBeDisabled();
    release();
    expect(await within(region).findByText('ยกเลิกการกู้คืนจากไฟล์ "backup.json" แล้ว ข้อมูลในระบบไม่มีการเปลี่ยนแปลง')).toHaveAttribute('role', 'status');
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
    expect((await store.getOrganisation()).name).toBe(seedData().organisation.name);
  });

  it('announces each tenth of the way as it is passed', async () => {
    const user = userEvent.setup();
    const { held, release } = heldRestore(await seedStore(), [
      [0, 1_000],
      [50, 1_000],
      [150, 1_000],
      [180, 1_000],
    ]);
    await renderApp({ store: held, url: '/settings' });
    const region = await screen.findByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
    await user.upload(within(region).getByLabelText('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)'), backup());
    await user.click(await within(region).findByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }));
    expect(await within(region).findByRole('progressbar', { name: 'ความคืบหน้าการกู้คืน' })).toHaveAttribute('value', '180');
    expect(within(region).getByRole('status')).toHaveTextContent('กำลังกู้คืน 150 จาก 1,000 รายการ');
    release();
    await within(region).findByText('กู้คืนข้อมูลจากไฟล์ "backup.json" แล้ว');
  });

  it('shows a bar with no value on the first run when the store cannot say how far it is (one upload)', async () => {
    const user = userEvent.setup();
    const empty = { ...seedData(), frameworks: [], assessments: [], findings: [], measures: [], progressUpdates: [], audit: [] };
    const { held, release } = heldRestore(await seedStore(empty), []);
    await renderApp({ store: held });
    const region = await screen.findByRole('region', { name: 'ก. กู้คืนจากไฟล์สำรองข้อมูล' });
    await user.upload(within(region).getByLabelText('ไฟล์สำรองข้อมูล (.json หรือ .zip)'), backup());
    await user.click(await within(region).findByRole('button', { name: 'กู้คืนข้อมูลจากไฟล์นี้' }));

    const bar = await within(region).findByRole('progressbar', { name: 'ความคืบหน้าการกู้คืน' });
    expect(bar).not.toHaveAttribute('value');
    expect(within(region).getByRole('status')).toHaveTextContent('กำลังกู้คืนข้อมูล…');
    expect(within(region).getByLabelText('ไฟล์สำรองข้อมูล (.json หรือ .zip)')).toBeDisabled();
    release();
    expect(await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' })).toBeInTheDocument();
  });
});
