import { act, waitFor } from '@testing-library/react';
import { createQueryClient } from '../../src/app/queryClient';
import type { FromWorker } from '../../src/data/adapters/backupReader/protocol';
import { buildBackup, readBackup, serialiseBackup } from '../../src/domain/backup';
import { seedData, seedStore } from '../support/seed';
import { renderRestore } from './renderRestore';

const backupText = () => serialiseBackup(buildBackup(seedData(), new Date('2026-11-20T07:30:00Z')));
const backupFile = (name = 'backup.json') => new File([backupText()], name, { type: 'application/json' });

/** A stand-in for the reading worker: it answers only when the test says, and can die. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    if (!this.terminated) this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromWorker) {
    act(() => this.onmessage?.({ data: message }));
  }
  crash() {
    act(() => this.onerror?.(new Event('error')));
  }
}

const worker = (index: number) => {
  const made = FakeWorker.made[index];
  if (!made) throw new Error(`no worker ${index}`);
  return made;
};

describe('with the file read in a worker', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('stops a reading still under way when another file is chosen, and when the screen is left', async () => {
    const { result, unmount } = renderRestore(await seedStore());
    act(() => void result.current.choose(backupFile('first.json')));
    act(() => void result.current.choose(backupFile('second.json')));
    expect(worker(0).terminated).toBe(true);
    expect(worker(1).terminated).toBe(false);
    unmount();
    expect(worker(1).terminated).toBe(true);
  });

  it('says the reader was lost, at once on every try, when the worker dies while handing the data over', async () => {
    const { result } = renderRestore(await seedStore());
    const read = readBackup(backupText());
    if (!read.ok) throw new Error('the seed is not a good backup');
    act(() => void result.current.choose(backupFile()));
    worker(0).answer({ kind: 'read', outcome: { ok: true, summary: read.summary } });
    await waitFor(() => expect(result.current.state.step).toBe('preview'));
    let first: Promise<void> | undefined;
    act(() => void (first = result.current.confirm()));
    await waitFor(() => expect(worker(0).sent).toContainEqual({ kind: 'next' }));
    worker(0).crash();
    await act(async () => void (await first));
    expect(result.current.error?.message).toMatch(/^อ่านไฟล์สำรองข้อมูลต่อไม่ได้/);
    // Tried again: a dead worker answers nothing, so the try must fail at once, not wait forever.
    await act(() => result.current.confirm());
    expect(result.current.pending).toBe(false);
    expect(result.current.error?.message).toMatch(/^อ่านไฟล์สำรองข้อมูลต่อไม่ได้/);
  });

  it('says how many of a zip’s files the worker has checked, for the file chosen last only', async () => {
    const { result } = renderRestore(await seedStore());
    act(() => void result.current.choose(backupFile('with-files.zip')));
    worker(0).answer({ kind: 'checking', done: 3, total: 40 });
    expect(result.current.state).toEqual({ step: 'reading', fileName: 'with-files.zip', checked: { done: 3, total: 40 } });
    act(() => void result.current.choose(backupFile('second.zip')));
    worker(0).answer({ kind: 'checking', done: 4, total: 40 });
    expect(result.current.state).toEqual({ step: 'reading', fileName: 'second.zip' });
  });

  it('reads on the page when the browser refuses to start a worker', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('refused by the content security policy', 'SecurityError');
        }
      },
    );
    const { result } = renderRestore(await seedStore());
    await act(() => result.current.choose(backupFile()));
    expect(result.current.state).toMatchObject({ step: 'preview', fileName: 'backup.json' });
  });
});

it('keeps nothing of the restored data set once it is done', async () => {
  const queryClient = createQueryClient();
  const { result } = renderRestore(await seedStore(), queryClient);
  await act(() => result.current.choose(backupFile()));
  await act(() => result.current.confirm());
  await waitFor(() => expect(result.current.state).toEqual({ step: 'done', fileName: 'backup.json' }));
  expect(queryClient.getMutationCache().getAll().map((mutation) => mutation.state.variables)).not.toContainEqual(expect.anything());
});

/** A file whose text arrives when the test says so: a large file read slowly. */
function slowFile(name: string, text: string) {
  let release: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (release = resolve));
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(file, 'text', { value: async () => (await ready, text) });
  return { file, release };
}

it('shows the file chosen last, even when an earlier, larger one finishes reading after it', async () => {
  const store = await seedStore();
  const { result } = renderRestore(store);
  const backup = JSON.stringify(await store.exportData());
  const large = slowFile('large.json', backup);
  const small = slowFile('small.json', JSON.stringify({ ...seedData(), organisation: { ...seedData().organisation, name: 'ไฟล์ที่เลือกทีหลัง' } }));
  let first: Promise<void> | undefined;
  let second: Promise<void> | undefined;
  act(() => {
    first = result.current.choose(large.file);
    second = result.current.choose(small.file);
  });
  await act(async () => {
    small.release();
    await second;
    large.release();
    await first;
  });
  await waitFor(() => expect(result.current.state.step).not.toBe('reading'));
  expect(result.current.state).toMatchObject({ fileName: 'small.json' });
});
