import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';

describe('the reports screen', () => {
  it('previews the year’s measures document as the seed lays it out', async () => {
    await renderApp({ url: '/reports' });
    const doc = await screen.findByRole('article', { name: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565' });
    expect(doc).toHaveTextContent('เทศบาลตำบลพอกน้อย อำเภอพรรณานิคม จังหวัดสกลนคร');
    expect(doc).toHaveTextContent('พบว่ามีผลคะแนน 93.95 คะแนน อยู่ในระดับ A');
    const [analysis, measures] = within(doc).getAllByRole('table');
    expect(within(analysis as HTMLElement).getByRole('row', { name: /^5\. การแก้ไขปัญหาการทุจริต 78.20/ })).toHaveTextContent('ข้อบกพร่อง การแก้ไขปัญหาการทุจริต');
    const header = within(measures as HTMLElement).getAllByRole('columnheader').map((th) => th.textContent);
    expect(header).toEqual(['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล']);
    const rows = within(measures as HTMLElement).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[2]).toHaveTextContent(/^3\. การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง.*กองคลังม\.ค\.-ส\.ค\.66/);
    expect(within(doc).getByRole('heading', { name: '3) มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส' })).toBeInTheDocument();
  });

  it('puts the names typed into the signature block, and keeps the numerals choice in the URL', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/reports' });
    await user.type(await screen.findByLabelText('ผู้บริหาร (ชื่อ-สกุล)'), 'นายสมชาย รักดี');
    await user.type(screen.getByLabelText('ตำแหน่งผู้บริหาร'), 'นายกเทศมนตรีตำบลพอกน้อย');
    const doc = screen.getByRole('article');
    expect(doc).toHaveTextContent('(นายสมชาย รักดี)');
    expect(doc).toHaveTextContent('ตำแหน่ง นายกเทศมนตรีตำบลพอกน้อย');
    expect(screen.getByRole('radio', { name: 'เลขไทย (๑ ๒ ๓)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'เลขอารบิก (1 2 3)' }));
    expect(window.location.hash).toMatch(/numerals=arabic/);
    expect(doc.parentElement).toHaveClass('numerals-arabic');
  });
});
