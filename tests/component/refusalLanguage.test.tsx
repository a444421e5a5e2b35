import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, renderSettings, THAI } from './reminderServerFake';
import { renderApp } from './renderApp';

/** The header's language button, as a reader switches: the URL's `lang` changes, nothing reloads. */
const toEnglish = () => screen.getByRole('button', { name: 'Switch to English' });
const toThai = () => screen.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' });

describe('a form’s refusals after a change of language', () => {
  it('are said again in English, then in Thai, beside the new measure’s fields', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/measures/new' });
    await user.click(await screen.findByRole('button', { name: 'บันทึกมาตรการ' }));
    await waitFor(() => expect(screen.getByLabelText('ชื่อมาตรการ')).toHaveAccessibleDescription('ต้องระบุชื่อมาตรการ'));
    await user.click(toEnglish());
    const title = await screen.findByLabelText('Title');
    await waitFor(() => expect(title).toHaveAccessibleDescription('Required'));
    expect(screen.getByRole('group', { name: 'Responsible' })).toHaveAccessibleDescription('Choose at least 1 item');
    expect(screen.queryByText(/ต้องระบุ/)).toBeNull();
    await user.click(toThai());
    await waitFor(() => expect(screen.getByLabelText('ชื่อมาตรการ')).toHaveAccessibleDescription('ต้องระบุชื่อมาตรการ'));
    expect(screen.getByRole('group', { name: 'ผู้รับผิดชอบ' })).toHaveAccessibleDescription('ต้องระบุส่วนราชการผู้รับผิดชอบอย่างน้อย 1 หน่วย');
  });

  it('are said again in Thai beside a finding saved empty in English', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments?lang=en' });
    const form = await within(await screen.findByRole('region', { name: 'Findings of the assessment' })).findByRole('form', { name: 'Add a finding' });
    await user.click(within(form).getByRole('button', { name: 'Save the finding' }));
    await waitFor(() => expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('The finding needs a title'));
    await user.click(toThai());
    const thai = await screen.findByRole('form', { name: 'เพิ่มข้อบกพร่อง' });
    await waitFor(() => expect(within(thai).getByRole('textbox', { name: 'หัวข้อ' })).toHaveAccessibleDescription('ต้องระบุหัวข้อของข้อบกพร่อง'));
  });

  it('are said again in English beside the framework’s weights and in its list of what to fix', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments/framework?year=2565' });
    const weight = within(await screen.findByRole('group', { name: 'เครื่องมือที่ 1' })).getAllByLabelText('น้ำหนัก (คะแนน)')[0] as HTMLElement;
    await user.clear(weight);
    await user.type(weight, '40');
    await user.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์ของปี 2565' }));
    await waitFor(() => expect(weight).toHaveAccessibleDescription('น้ำหนักของตัวชี้วัดใน IIT รวมกันได้ 30 แต่น้ำหนักของ IIT คือ 40'));
    await user.click(toEnglish());
    await waitFor(() => expect(weight).toHaveAccessibleDescription('The indicator weights in IIT add up to 30, but the weight of IIT is 40'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not saved yet; 2 things to fix:');
    expect(alert).toHaveTextContent('The instrument weights add up to 110, not 100');
    expect(alert).not.toHaveTextContent(/รวมกัน/);
  });

  it('are said again in English beside the field the server named, and in the alert', async () => {
    const user = userEvent.setup();
    const server = fakeServer();
    const refusal = { error: { kind: 'validation', message: 'ข้อมูลไม่ถูกต้อง', fields: [{ path: 'units.0.email.0', message: 'ที่อยู่อีเมลไม่ถูกต้อง', code: 'invalid_format', values: { format: 'email' } }] } };
    server.answerWith((r) => (r.method === 'PUT' ? Response.json(refusal, { status: 400 }) : undefined));
    try {
      await renderSettings();
      const form = within(await screen.findByRole('form', { name: 'ตั้งค่าการส่ง' }, { timeout: 5_000 }));
      await user.click(form.getByRole('button', { name: 'บันทึกการตั้งค่าการแจ้งเตือน' }));
      expect(await form.findByRole('alert')).toHaveTextContent('กรุณาแก้ไขตามข้อความใต้ช่องที่กรอก');
      const finance = form.getByLabelText('อีเมลของกองคลัง');
      expect(finance).toHaveAccessibleDescription(expect.stringContaining('ที่อยู่อีเมลไม่ถูกต้อง'));
      await user.click(toEnglish());
      await waitFor(() => expect(finance).toHaveAccessibleDescription(expect.stringContaining('Not in the expected form')));
      expect(finance).toHaveAccessibleDescription(expect.not.stringMatching(THAI));
      expect(form.getByRole('alert')).toHaveTextContent('Please correct the fields as the messages under them say');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
