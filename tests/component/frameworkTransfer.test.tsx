import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { frameworkFor } from '../../src/domain/frameworks/registry';
import { readFrameworkFile, serialiseFramework } from '../../src/domain/frameworkTransfer';
import type { Framework } from '../../src/domain/schemas/framework';
import { captureDownloads } from '../support/downloads';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const file = (text: string, name = 'ita-framework-2565.json') => new File([text], name, { type: 'application/json' });
const frameworkFile = (change: (f: Framework) => void, name?: string) => {
  const framework = structuredClone(frameworkFor(2565));
  change(framework);
  return file(serialiseFramework(framework, new Date('2026-11-20T03:00:00Z')), name);
};
const chooser = () => screen.findByLabelText('นำเข้าเกณฑ์จากไฟล์ (.json)');

describe('a framework handed between agencies', () => {
  const downloads = captureDownloads();

  it('exports the year’s framework as it is stored, in a file named for the year', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments/framework?year=2565' });
    await user.click(await screen.findByRole('button', { name: 'ส่งออกเกณฑ์ของปี 2565 เป็นไฟล์' }));
    expect(await screen.findByText('ส่งออกแล้ว: ita-framework-2565.json')).toBeInTheDocument();
    expect(downloads.map((d) => d.name)).toEqual(['ita-framework-2565.json']);
    const read = readFrameworkFile(await (downloads[0] as { blob: Blob }).blob.text());
    expect(read.ok && read.framework).toEqual((await store.listFrameworks()).find((f) => f.fiscalYear === 2565));
  });

  it.each([
    ['text that is not JSON', file('ตัวชี้วัด,น้ำหนัก\n1,6'), 'นำเข้า ita-framework-2565.json ไม่ได้: ไฟล์นี้ไม่ใช่ไฟล์ JSON'],
    ['a file of a newer format', file(JSON.stringify({ format: 'ita-framework', version: 3, framework: {} })), 'รูปแบบไฟล์เกณฑ์รุ่น 3 แต่แอปนี้อ่านได้ถึงรุ่น 1'],
    [
      'weights that do not make 100',
      frameworkFile((f) => void ((f.instruments[0] as { weight: number }).weight = 40)),
      'เกณฑ์ในไฟล์ไม่ผ่านการตรวจเดียวกับหน้าแก้ไขเกณฑ์ 2 จุด: เครื่องมือ: น้ำหนักของเครื่องมือรวมกันได้ 110 ต้องรวมกันได้ 100',
    ],
  ])('refuses %s, saying why, and saves nothing', async (_, chosen, message) => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments/framework?year=2565' });
    await user.upload(await chooser(), chosen);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'บันทึกเป็นเกณฑ์ของปี 2565' })).not.toBeInTheDocument();
    expect((await store.listFrameworks()).find((f) => f.fiscalYear === 2565)).toEqual(frameworkFor(2565));
  });

  it('refuses a file that can no longer be read, saying so', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments/framework?year=2565' });
    const gone = file('{}');
    // As a browser does once the chosen file is moved or its permission withdrawn.
    vi.spyOn(gone, 'text').mockRejectedValue(new DOMException('The requested file could not be read', 'NotReadableError'));
    await user.upload(await chooser(), gone);
    expect(await screen.findByRole('alert')).toHaveTextContent('นำเข้า ita-framework-2565.json ไม่ได้: อ่านไฟล์ไม่ได้ ไฟล์อาจถูกย้าย');
  });

  it('shows what a file would change in the year’s framework, and on confirming saves it and fills the form from it', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments/framework?year=2565' });
    await user.upload(
      await chooser(),
      frameworkFile((f) => Object.assign(f, { passMark: 80, oItemScoring: 'points' })),
    );
    const preview = await screen.findByRole('region', { name: /^เกณฑ์ในไฟล์ ita-framework-2565\.json/ });
    expect(preview).toHaveTextContent('IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน น้ำหนัก 30: ตัวชี้วัดที่ 1 (6) · 2 (6)');
    expect(preview).toHaveTextContent('43 ข้อ');
    expect(preview).toHaveTextContent('วิธีให้คะแนนข้อ OITคะแนน 0–100');
    expect(preview).toHaveTextContent('AA ≥ 95 · A ≥ 85');
    expect(preview).toHaveTextContent('เกณฑ์ในไฟล์จะแทนเกณฑ์ของปี 2565 ที่มีอยู่ และเปลี่ยน 2 อย่าง:');
    const changes = within(preview).getAllByRole('listitem').map((li) => li.textContent);
    expect(changes).toContain('เกณฑ์ผ่านของตัวชี้วัด: 85 → 80');
    expect(changes).toContain('วิธีให้คะแนนข้อ OIT: มี/ไม่มี (100 หรือ 0) → คะแนน 0–100');
    await user.click(within(preview).getByRole('button', { name: 'บันทึกเป็นเกณฑ์ของปี 2565' }));
    expect(await screen.findByText('นำเข้าเกณฑ์ของปี 2565 จาก ita-framework-2565.json แล้ว')).toBeInTheDocument();
    const saved = (await store.listFrameworks()).find((f) => f.fiscalYear === 2565);
    expect(saved).toMatchObject({ passMark: 80, oItemScoring: 'points' });
    await waitFor(() => expect(screen.getByLabelText('เกณฑ์ผ่านของตัวชี้วัด (คะแนน)')).toHaveValue('80'));
    expect(within(screen.getByRole('group', { name: 'วิธีให้คะแนนข้อ OIT' })).getByRole('radio', { name: 'คะแนน 0–100' })).toBeChecked();
  });

  it('says when a file holds the framework already stored, and offers nothing to save', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments/framework?year=2565' });
    await user.upload(await chooser(), frameworkFile(() => undefined));
    expect(await screen.findByText('เกณฑ์ในไฟล์เหมือนเกณฑ์ของปี 2565 ที่มีอยู่ทุกประการ ไม่มีอะไรต้องนำเข้า')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'บันทึกเป็นเกณฑ์ของปี 2565' })).not.toBeInTheDocument();
  });

  it('will not import a framework that drops an indicator the year’s records use, as the editor will not', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments/framework?year=2565' });
    await user.upload(
      await chooser(),
      frameworkFile((f) => {
        const iit = f.instruments[0];
        if (!iit) throw new Error('no IIT');
        iit.indicators = iit.indicators.filter((d) => d.number !== 5);
        const [first] = iit.indicators;
        if (first) first.weight = 12;
      }),
    );
    // It arrives after the year's records load, and the save button goes with it: announced, once.
    const blocked = await screen.findByRole('alert');
    expect(blocked).toHaveTextContent('ยังนำเข้าไม่ได้: ข้อมูลของปี 2565 ยังอ้างถึงส่วนที่เกณฑ์ในไฟล์ไม่มี');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(blocked.closest('[role="status"], [aria-live]')).toBeNull();
    expect(within(blocked).getByText('ตัวชี้วัดที่ 5 ยังถูกอ้างถึงโดยคะแนนของปี 2565 ข้อบกพร่อง และมาตรการ จึงนำออกจากเกณฑ์ไม่ได้')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'บันทึกเป็นเกณฑ์ของปี 2565' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'ไม่นำเข้า' }));
    expect(screen.queryByText(/ยังนำเข้าไม่ได้/)).not.toBeInTheDocument();
  });

  it('imports another year’s framework as that year’s, for a year not yet started', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments/framework?year=2565' });
    await user.upload(await chooser(), frameworkFile((f) => Object.assign(f, { fiscalYear: 2568, name: 'ITA 2568 (ป.ป.ช.)' }), 'ita-framework-2568.json'));
    expect(await screen.findByText('ไฟล์นี้เป็นเกณฑ์ของปี 2568 ไม่ใช่ปี 2565 ของหน้านี้ จะบันทึกเป็นเกณฑ์ของปี 2568')).toBeInTheDocument();
    expect(screen.getByText('ปี 2568 ยังไม่มีเกณฑ์ในแอปนี้ เกณฑ์ในไฟล์จะเป็นเกณฑ์ของปี 2568')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'บันทึกเป็นเกณฑ์ของปี 2568' }));
    expect(await screen.findByText('เมื่อเริ่มปีงบประมาณ 2568 ที่หน้าผลการประเมิน ปีนั้นจะใช้เกณฑ์นี้')).toBeInTheDocument();
    expect((await store.listFrameworks()).find((f) => f.fiscalYear === 2568)?.name).toBe('ITA 2568 (ป.ป.ช.)');
    expect(screen.getByLabelText('ชื่อเกณฑ์')).toHaveValue('ITA 2565');
  });

  it('lets an executive hand the framework on but not import one', async () => {
    const executive = { name: 'นายกเทศมนตรี', role: 'executive' as const, unitId: null };
    await renderApp({ store: await seedStore(seedData(), () => executive), url: '/assessments/framework?year=2565', preferences: { dataSource: 'browser', actor: executive } });
    expect(await screen.findByRole('button', { name: 'ส่งออกเกณฑ์ของปี 2565 เป็นไฟล์' })).toBeInTheDocument();
    expect(screen.queryByLabelText('นำเข้าเกณฑ์จากไฟล์ (.json)')).not.toBeInTheDocument();
  });
});

describe('how the editor scores O-items', () => {
  it('is a labelled pair of radios, changed by keyboard, and saved with the framework', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments/framework?year=2565' });
    const group = await screen.findByRole('group', { name: 'วิธีให้คะแนนข้อ OIT' });
    const present = within(group).getByRole('radio', { name: 'มี/ไม่มี (100 หรือ 0)' });
    const points = within(group).getByRole('radio', { name: 'คะแนน 0–100' });
    expect(present).toBeChecked();
    present.focus();
    await user.keyboard('{ArrowDown}');
    expect(points).toBeChecked();
    expect(points).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์ของปี 2565' }));
    expect(await screen.findByText('บันทึกเกณฑ์ของปี 2565 แล้ว')).toBeInTheDocument();
    expect((await store.listFrameworks()).find((f) => f.fiscalYear === 2565)?.oItemScoring).toBe('points');
  });
});
