import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import userEvent from '@testing-library/user-event';
import { captureDownloads } from '../support/downloads';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

// The Word writer itself is tested on its own (tests/unit/features/measuresDocx.test.ts); here it fails.
vi.mock('../../src/features/reports/measuresDocx', () => ({ measuresDocx: () => Promise.reject(new Error('หน่วยความจำไม่พอ')) }));

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

describe('the reports screen in English', () => {
  it('marks the Thai digits of the numerals choice as Thai, and only those', async () => {
    await renderApp({ url: '/reports?lang=en' });
    const thai = await screen.findByRole('radio', { name: 'Thai numerals (๑ ๒ ๓)' }, { timeout: 5000 });
    expect(within(thai.closest('label') as HTMLElement).getByText('๑ ๒ ๓')).toHaveAttribute('lang', 'th');
    const arabic = screen.getByRole('radio', { name: 'Arabic numerals (1 2 3)' });
    expect((arabic.closest('label') as HTMLElement).querySelector('[lang]')).toBeNull();
  });
});

describe('the Word file', () => {
  it('says in Thai why it could not be made, and lets the user try again', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/reports' });
    await user.click(await screen.findByRole('button', { name: 'ดาวน์โหลดเป็นไฟล์ Word (.docx)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('สร้างไฟล์ Word ไม่สำเร็จ (หน่วยความจำไม่พอ) ลองอีกครั้ง หรือพิมพ์เป็น PDF แทน');
    expect(screen.getByRole('button', { name: 'ดาวน์โหลดเป็นไฟล์ Word (.docx)' })).toBeEnabled();
  });
});

describe('the progress report', () => {
  it('covers the first half of the fiscal year by default, with what each measure reported in it', async () => {
    const store = await seedStore();
    await store.appendProgress('msr-plan-3', { date: '2022-11-15', status: 'in-progress', percent: 40, note: 'จัดอบรมคณะกรรมการตรวจการจ้างแล้ว', evidenceUrl: 'https://phoknoi.go.th/news/7' });
    await store.appendProgress('msr-plan-3', { date: '2023-05-02', status: 'done', percent: 100, note: 'เสร็จสิ้น', evidenceUrl: '' });
    await renderApp({ store, url: '/reports?doc=progress' });
    const doc = await screen.findByRole('article', { name: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565' });
    // The 2565 measures are carried out in fiscal 2566: its first half is the default.
    expect(doc).toHaveTextContent('ระหว่างวันที่ 1 ตุลาคม 2565 ถึง 31 มีนาคม 2566');
    const row = within(doc).getByRole('row', { name: /^3\. การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง/ });
    expect(row).toHaveTextContent('15 พ.ย. 2565: ร้อยละ 40 จัดอบรมคณะกรรมการตรวจการจ้างแล้ว หลักฐาน: https://phoknoi.go.th/news/7');
    expect(row).not.toHaveTextContent('เสร็จสิ้น');
    expect(row).toHaveTextContent('กำลังดำเนินการ ร้อยละ 40');
    expect(within(doc).getByRole('row', { name: /^กองคลัง/ })).toHaveTextContent('กองคลัง1');

    // The whole year takes in May's report that finished it.
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'ทั้งปีงบประมาณ' }));
    expect(doc).toHaveTextContent('ระหว่างวันที่ 1 ตุลาคม 2565 ถึง 30 กันยายน 2566');
    expect(within(doc).getByRole('row', { name: /^3\. การสร้างมาตรการ/ })).toHaveTextContent('เสร็จแล้ว ร้อยละ 100');
    fireEvent.change(screen.getByLabelText('ถึงวันที่'), { target: { value: '2022-12-31' } });
    expect(doc).toHaveTextContent('ระหว่างวันที่ 1 ตุลาคม 2565 ถึง 31 ธันวาคม 2565');
  });
});

describe('the progress report as a Word file', () => {
  const downloads = captureDownloads();

  it('is made from the period on the screen, named for it', async () => {
    const store = await seedStore();
    await store.appendProgress('msr-plan-3', { date: '2022-11-15', status: 'in-progress', percent: 40, note: 'จัดอบรมคณะกรรมการตรวจการจ้างแล้ว', evidenceUrl: 'https://phoknoi.go.th/news/7' });
    const user = userEvent.setup();
    await renderApp({ store, url: '/reports?doc=progress' });
    await screen.findByRole('article', { name: /^รายงานผลการดำเนินการตามมาตรการ/ });
    await user.click(screen.getByRole('button', { name: 'ดาวน์โหลดเป็นไฟล์ Word (.docx)' }));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['ita-progress-2565-2022-10-01-2023-03-31.docx']), { timeout: 5000 });
    const parts = unzipSync(new Uint8Array(await (downloads[0]?.blob as Blob).arrayBuffer()));
    const body = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(body).toContain('15 พ.ย. 2565: ร้อยละ 40 จัดอบรมคณะกรรมการตรวจการจ้างแล้ว');
    expect(body).toContain('หลักฐาน: https://phoknoi.go.th/news/7');
  });
});

describe('a year with no measures yet', () => {
  const noMeasures = () => seedStore({ ...seedData(), measures: [], progressUpdates: [] });

  it('prints a row that says so instead of an empty table, and offers the planning officer a way to add one', async () => {
    await renderApp({ store: await noMeasures(), url: '/reports' });
    const doc = await screen.findByRole('article', { name: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565' });
    const measures = within(doc).getAllByRole('table')[1] as HTMLElement;
    expect(within(measures).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['ยังไม่มีมาตรการ']);
    expect(screen.getByText(/^ปีงบประมาณ พ\.ศ\. 2565 ยังไม่มีมาตรการ/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'เพิ่มมาตรการของปี 2565' })).toHaveAttribute('href', '#/measures/new?year=2565');
  });

  it('tells anyone else who adds the measures, with no link they could not use', async () => {
    const executive = { name: 'นายกเทศมนตรี', role: 'executive' as const, unitId: null };
    await renderApp({ store: await noMeasures(), url: '/reports?doc=progress', preferences: { dataSource: 'browser', actor: executive } });
    const doc = await screen.findByRole('article', { name: /^รายงานผลการดำเนินการตามมาตรการ/ });
    for (const table of within(doc).getAllByRole('table')) {
      expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['ยังไม่มีมาตรการ']);
    }
    expect(screen.getByText(/เจ้าหน้าที่วิเคราะห์นโยบายและแผนเป็นผู้เพิ่มมาตรการ$/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /เพิ่มมาตรการ/ })).not.toBeInTheDocument();
  });
});
