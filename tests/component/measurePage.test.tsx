import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attachment } from '../contract/evidenceSamples';
import { progress } from '../contract/storeContract';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

describe('a measure page', () => {
  it('names what the measure answers, each indicator opening the measures that answer it', async () => {
    await renderApp({ url: '/measures/msr-drive-2' });
    const details = await screen.findByRole('region', { name: 'รายละเอียดมาตรการ' });
    const link = await within(details).findByRole('link', { name: 'ตัวชี้วัดที่ 5' });
    // The measure's own year goes along, so a measure of an earlier year opens that year's list.
    await waitFor(() => expect(link).toHaveAttribute('href', '#/measures?year=2565&link=i5'));
    expect(await within(details).findByText('ข้อบกพร่อง: การแก้ไขปัญหาการทุจริต (ตัวชี้วัดที่ 5)')).toBeInTheDocument();
  });

  it('shows its health with the reason', async () => {
    await renderApp({ url: '/measures/msr-plan-2' });
    const details = await screen.findByRole('region', { name: 'รายละเอียดมาตรการ' });
    const badge = await within(details).findByText('เกินกำหนด', { exact: false });
    expect(badge).toHaveAccessibleDescription(/เลยระยะเวลาดำเนินการมา/);
  });

  it('says an unknown id (an old link) is not found, with a way back to the list rather than a retry', async () => {
    await renderApp({ url: '/measures/msr-none' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่พบมาตรการนี้' })).toBeInTheDocument();
    expect(screen.getByText(/ไม่มีมาตรการรหัส "msr-none" ในระบบ/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'กลับไปรายการมาตรการ' })).toHaveAttribute('href', '#/measures');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'ลองอีกครั้ง' })).toBeNull();
    await waitFor(() => expect(document.title).toMatch(/^ไม่พบมาตรการนี้ · /));
  });

  it('links back to the list with the filters it was opened from, or to the measure’s year', async () => {
    const { unmount } = await renderApp({ url: '/measures/msr-plan-1?from=unit%3Dunit-palad%26q%3D%E0%B8%AD%E0%B8%9A%E0%B8%A3%E0%B8%A1' });
    const back = await screen.findByRole('link', { name: 'กลับไปรายการมาตรการ' });
    expect(back).toHaveAttribute('href', `#/measures?unit=unit-palad&q=${encodeURIComponent('อบรม')}`);
    unmount();
    await renderApp({ url: '/measures/msr-plan-1' });
    await waitFor(async () => expect(await screen.findByRole('link', { name: 'กลับไปรายการมาตรการ' })).toHaveAttribute('href', '#/measures?year=2565'));
  });

  it('marks the Thai data of an English page as Thai: units, the timeframe as typed', async () => {
    await renderApp({ url: '/measures/msr-plan-3?lang=en' });
    const details = await screen.findByRole('region', { name: 'Measure details' }, { timeout: 5000 });
    expect(await within(details).findByText('กองคลัง')).toHaveAttribute('lang', 'th');
    expect(within(details).getByText('ม.ค.-ส.ค.66')).toHaveAttribute('lang', 'th');
  });

  it('names the tab after the measure', async () => {
    await renderApp({ url: '/measures/msr-plan-3' });
    await waitFor(() => expect(document.title).toMatch(/^การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง · /));
  });
});

describe('archiving a measure', () => {
  it('takes it out of the list, says so on its page, and brings it back in one press', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/measures/msr-plan-1' });
    await user.click(await screen.findByRole('button', { name: 'เก็บเข้าคลัง' }));
    expect(await screen.findByText(/มาตรการนี้เก็บเข้าคลังแล้ว/)).toBeInTheDocument();
    // The page changes at once (optimistic); the store has it once the save completes.
    await waitFor(async () => expect((await store.listMeasures('asm-2565')).map((m) => m.id)).not.toContain('msr-plan-1'));
    await user.click(screen.getByRole('button', { name: 'นำกลับมาใช้ (เลิกเก็บเข้าคลัง)' }));
    expect(await screen.findByRole('button', { name: 'เก็บเข้าคลัง' })).toBeInTheDocument();
    await waitFor(async () => expect((await store.listMeasures('asm-2565')).map((m) => m.id)).toContain('msr-plan-1'));
  });
});

describe('the change history', () => {
  it('shows who changed what and when, newest first, in words', async () => {
    const store = await seedStore();
    const measure = await store.getMeasure('msr-plan-2');
    await store.updateMeasure('msr-plan-2', 1, { followUp: 'รายงานในที่ประชุมเดือนพฤษภาคม 2566' });
    await store.updateMeasure('msr-plan-2', 2, { steps: measure.steps.map((s, i) => ({ ...s, done: i === 0 })) });
    await renderApp({ store, url: '/measures/msr-plan-2' });
    const history = await screen.findByRole('region', { name: 'ประวัติการแก้ไข' });
    const entries = await within(history).findAllByRole('listitem');
    expect(entries[0]).toHaveTextContent(`ขั้นตอนที่ 1 "${measure.steps[0]?.text ?? ''}": ทำแล้ว`);
    expect(history).toHaveTextContent(
      'การติดตามผล: จาก "รายงานผลดำเนินการในการประชุมองค์กรประจำเดือนเมษายน 2566" เป็น "รายงานในที่ประชุมเดือนพฤษภาคม 2566"',
    );
    expect(history).toHaveTextContent('(เจ้าหน้าที่วิเคราะห์นโยบายและแผน) · แก้ไข');
  });

  it('names the files a progress report brought', async () => {
    const store = await seedStore();
    const files = [attachment('pdf', 'บันทึกข้อความ.pdf'), attachment('jpeg', 'ภาพอบรม.jpg')];
    await store.appendProgress('msr-plan-2', progress({ files: files.map((f) => f.ref) }), { files: files.map((f) => f.blob) });
    await renderApp({ store, url: '/measures/msr-plan-2' });
    const history = await screen.findByRole('region', { name: 'ประวัติการแก้ไข' });
    const [entry] = await within(history).findAllByRole('listitem');
    expect(entry).toHaveTextContent('ไฟล์หลักฐาน: เพิ่ม บันทึกข้อความ.pdf และภาพอบรม.jpg');
  });
});

describe('the change history in English', () => {
  it('marks what people typed and who typed it as Thai, not the sentence around it', async () => {
    const store = await seedStore();
    await store.updateMeasure('msr-plan-2', 1, { followUp: 'รายงานในที่ประชุมเดือนพฤษภาคม 2566' });
    await renderApp({ store, url: '/measures/msr-plan-2?lang=en' });
    const history = await screen.findByRole('region', { name: 'Change history' }, { timeout: 5000 });
    const [entry] = await within(history).findAllByRole('listitem');
    const to = within(entry as HTMLElement).getByText('รายงานในที่ประชุมเดือนพฤษภาคม 2566');
    expect(to).toHaveAttribute('lang', 'th');
    expect(to.parentElement?.closest('[lang="th"]')).toBeNull();
    expect(within(history).getByText('เจ้าหน้าที่วิเคราะห์นโยบายและแผน')).toHaveAttribute('lang', 'th');
    expect(history.textContent).not.toMatch(/\u2063/);
  });
});

describe("a timeframe the parser doubted", () => {
  it('shows the remark as a warning next to the reading on the measure page', async () => {
    const data = seedData();
    const measure = data.measures.find((m) => m.id === 'msr-plan-1');
    if (!measure) throw new Error('fixture has no msr-plan-1');
    measure.timeframe = { ...measure.timeframe, notes: ['วงเล็บ "ต.ค.–ธ.ค. 2566" ไม่ตรงกับ "ไตรมาสที่ 2"'] };
    await renderApp({ store: await seedStore(data), url: '/measures/msr-plan-1' });
    const details = await screen.findByRole('region', { name: 'รายละเอียดมาตรการ' });
    const remark = await within(details).findByText('วงเล็บ "ต.ค.–ธ.ค. 2566" ไม่ตรงกับ "ไตรมาสที่ 2"');
    expect(remark).toHaveAttribute('lang', 'th');
    expect(remark.parentElement).toHaveTextContent(/^\s*⚠ โปรดตรวจสอบ: วงเล็บ/);
  });
});
