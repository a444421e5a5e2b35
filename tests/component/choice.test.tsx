import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { Choice, ChoiceGroup } from '../../src/ui/Choice';

function Form({ onSubmit }: { onSubmit: (values: { units: string[]; kind: string }) => void }) {
  const { register, handleSubmit } = useForm<{ units: string[]; kind: string }>({ defaultValues: { units: ['u1'], kind: 'new' } });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <ChoiceGroup legend="หน่วยงาน" hint="เลือกได้หลายหน่วย" error="ต้องเลือกอย่างน้อยหนึ่งหน่วย">
        <Choice type="checkbox" value="u1" label="กองคลัง" {...register('units')} />
        <Choice type="checkbox" value="u2" label="สำนักปลัด" hint="รวมงานธุรการ" {...register('units')} />
      </ChoiceGroup>
      <ChoiceGroup legend="ประเภท" layout="wrap">
        <Choice type="radio" value="new" label="ใหม่" {...register('kind')} />
        <Choice type="radio" value="carried" label="ต่อเนื่อง" {...register('kind')} />
      </ChoiceGroup>
      <button type="submit">บันทึก</button>
    </form>
  );
}

describe('Choice and ChoiceGroup', () => {
  it('register through the ref: defaults show, a click on the label changes the value', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Form onSubmit={onSubmit} />);
    expect(screen.getByRole('checkbox', { name: 'กองคลัง' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'ใหม่' })).toBeChecked();
    await user.click(screen.getByText('สำนักปลัด'));
    await user.click(screen.getByText('ต่อเนื่อง'));
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ units: ['u1', 'u2'], kind: 'carried' });
  });

  it('name the group by its legend, describe it by its hint and error, and a choice by its own hint', () => {
    render(<Form onSubmit={() => {}} />);
    const group = screen.getByRole('group', { name: 'หน่วยงาน' });
    expect(group).toHaveAccessibleDescription('เลือกได้หลายหน่วย ต้องเลือกอย่างน้อยหนึ่งหน่วย');
    expect(within(group).getByRole('checkbox', { name: 'สำนักปลัด' })).toHaveAccessibleDescription('รวมงานธุรการ');
    expect(within(group).getByRole('checkbox', { name: 'กองคลัง' })).not.toHaveAccessibleDescription();
    expect(screen.getByRole('group', { name: 'ประเภท' })).not.toHaveAccessibleDescription();
  });

  it('reach each choice from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Form onSubmit={() => {}} />);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'กองคลัง' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'กองคลัง' })).not.toBeChecked();
  });

  // The form styles of issue 24 stretched every checkbox to the field's width. Whatever text-input
  // rule a form has, the choice's box keeps its square and its label breaks between words only.
  it('keep their box small inside any form of the app', () => {
    const style = document.createElement('style');
    style.textContent = ['src/ui/styles.css', 'src/ui/forms.css', 'src/features/accounts/accounts.css', 'src/features/dashboard/dashboard.css'].map((file) => readFileSync(file, 'utf8')).join('\n');
    document.head.append(style);
    try {
      for (const wrapper of ['measure', 'settings', 'assessments', 'filters', 'filter-grid', 'framework-row', 'score-entry', 'rule-fields', 'accounts', 'sign-in', 'form']) {
        const { unmount } = render(
          <div className={wrapper}>
            <div className="field">
              <Choice type="checkbox" label="ตัวชี้วัดที่ 1" />
              <Choice type="radio" label="กองคลัง" />
            </div>
          </div>,
        );
        for (const input of [screen.getByRole('checkbox'), screen.getByRole('radio')]) {
          const css = getComputedStyle(input);
          expect(css.width, wrapper).toBe('1.25rem');
          expect(css.flexShrink, wrapper).toBe('0');
        }
        const text = getComputedStyle(screen.getByText('ตัวชี้วัดที่ 1'));
        expect(text.wordBreak).toBe('normal');
        expect(text.overflowWrap).toBe('normal');
        unmount();
      }
    } finally {
      style.remove();
    }
  });
});
