import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

// The seed's 2565 measures run from ต.ค.65 and ม.ค.66, so its plan runs in fiscal 2566.
describe('the timeframe preview of the measure form', () => {
  async function typeTimeframe(text: string) {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/measures/new' });
    const field = await screen.findByLabelText('ระยะเวลาดำเนินการ');
    await user.type(field, text);
    return { user, store, field };
  }

  it('keeps days that say more than the months', async () => {
    const { field } = await typeTimeframe('15 พ.ย. 2566 – 15 ธ.ค. 2566');
    expect(field).toHaveAccessibleDescription(/อ่านได้ว่า 15 พ.ย. 2566 – 15 ธ.ค. 2566/);
  });

  it('shows months alone when the days are the months’ first and last', async () => {
    const { field } = await typeTimeframe('1 ต.ค. 2566 – 31 มี.ค. 2567');
    expect(field).toHaveAccessibleDescription(/อ่านได้ว่า ต.ค. 2566 – มี.ค. 2567\s*$/);
  });

  it('reads a deadline with no start', async () => {
    const { field } = await typeTimeframe('ภายใน 30 ก.ย. 67');
    expect(field).toHaveAccessibleDescription(/อ่านได้ว่า ภายใน 30 ก.ย. 2567/);
  });

  it('reads a year-less text against the plan’s fiscal year, says so, and stores what it showed', async () => {
    const { user, store, field } = await typeTimeframe('ม.ค.–มี.ค.');
    expect(field).toHaveAccessibleDescription(/อ่านได้ว่า ม.ค. 2566 – มี.ค. 2566 · อ่านตามปีงบประมาณ 2566 ของแผนมาตรการ/);
    await user.type(screen.getByLabelText('ชื่อมาตรการ'), 'ทบทวนคู่มือการให้บริการ');
    await user.click(screen.getByRole('checkbox', { name: 'สำนักปลัดเทศบาล' }));
    await user.click(screen.getByRole('button', { name: 'บันทึกมาตรการ' }));
    await screen.findByRole('heading', { level: 1, name: 'ทบทวนคู่มือการให้บริการ' });
    const details = screen.getByRole('region', { name: 'รายละเอียดมาตรการ' });
    expect(within(details).getByText(/อ่านตามปีงบประมาณ 2566 ของแผนมาตรการ/)).toHaveTextContent('(ม.ค. 2566 – มี.ค. 2566) อ่านตามปีงบประมาณ 2566 ของแผนมาตรการ');
    const created = (await store.listMeasures('asm-2565')).find((m) => m.title === 'ทบทวนคู่มือการให้บริการ');
    expect(created?.timeframe).toEqual({ raw: 'ม.ค.–มี.ค.', start: { year: 2566, month: 1 }, end: { year: 2566, month: 3 }, readAsFiscalYear: 2566 });
  });

  it('names what it could not read', async () => {
    const { field } = await typeTimeframe('ตามความเหมาะสม');
    expect(field).toHaveAccessibleDescription(/ตามความเหมาะสม/);
    expect(field).not.toHaveAccessibleDescription(/อ่านได้ว่า/);
  });

  it('reads an edited timeframe against the plan year the store will use, and shows the conflicting version’s reading', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/measures/msr-plan-2' });
    await user.click(await screen.findByRole('button', { name: 'แก้ไขมาตรการ' }));
    const form = screen.getByRole('region', { name: 'แก้ไขมาตรการ' });
    const field = await within(form).findByLabelText('ระยะเวลาดำเนินการ');
    await user.clear(field);
    await user.type(field, 'ต.ค.–ธ.ค.');
    await waitFor(() => expect(field).toHaveAccessibleDescription(/อ่านได้ว่า ต.ค. 2565 – ธ.ค. 2565 · อ่านตามปีงบประมาณ 2566 ของแผนมาตรการ/));
    // Another tab saves a deadline first: the notice shows how that one was read.
    await store.updateMeasure('msr-plan-2', 1, { timeframe: 'ภายใน 30 ก.ย. 66' });
    await user.click(within(form).getByRole('button', { name: 'บันทึก' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('ภายใน 30 ก.ย. 66 (ภายใน 30 ก.ย. 2566)');
  });
});

describe('the timeframe preview in English', () => {
  async function typeTimeframe(text: string) {
    const user = userEvent.setup();
    await renderApp({ store: await seedStore(), url: '/measures/new?lang=en' });
    const field = await screen.findByLabelText('Timeframe');
    await user.type(field, text);
    return field;
  }

  it.each([
    ['months', 'ม.ค. 2566 – ส.ค. 2566', /Read as Jan 2566 – Aug 2566 B\.E\./],
    ['a deadline', 'ภายใน 30 ก.ย. 67', /Read as by 30 Sep 2567 B\.E\./],
    ['the plan year', 'ม.ค.–มี.ค.', /Read as Jan 2566 – Mar 2566 B\.E\. · Read as fiscal year 2566 B\.E\. of the measures plan/],
  ])('says %s in English words', async (_what, text, read) => {
    const field = await typeTimeframe(text);
    expect(field).toHaveAccessibleDescription(read);
  });

  it.each([
    ['no exact month', 'ตามความเหมาะสม', 'The timeframe "ตามความเหมาะสม" names no exact month or year: give the months or the fiscal year'],
    ['a C.E. year', 'ต.ค. 2023 - ก.ย. 2024', 'The timeframe "ต.ค. 2023 - ก.ย. 2024" has a C.E. year: write the year in B.E.'],
    ['an end before its start', 'มี.ค. 67 - ต.ค. 66', 'The timeframe "มี.ค. 67 - ต.ค. 66" ends before it starts'],
  ])('says why it cannot read %s, in English', async (_what, text, why) => {
    const field = await typeTimeframe(text);
    expect(field).toHaveAccessibleDescription(expect.stringContaining(why));
  });
});
