import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Actor } from '../../src/domain/schemas/actor';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const EXECUTIVE: Actor = { name: 'นายกเทศมนตรี', role: 'executive', unitId: null };
const PLANNER: Actor = { name: 'นักวิเคราะห์นโยบายและแผน', role: 'planning-officer', unitId: null };
const as = (actor: Actor) => ({ dataSource: 'browser' as const, actor });
const WARNINGS = 'ข้อสังเกต: ตัวเลขในเอกสารที่ไม่สอดคล้องกัน';

/** The seed with a year just started: its framework, no scores, no total, no source. */
async function storeWithNewYear() {
  const data = seedData();
  const [seeded] = data.assessments;
  const framework = data.frameworks.find((f) => f.fiscalYear === 2565);
  if (!seeded || !framework) throw new Error('no 2565 in the seed');
  data.frameworks.push({ ...framework, fiscalYear: 2566, name: 'ITA 2566' });
  data.assessments.push({
    ...seeded,
    id: 'asm-2566',
    fiscalYear: 2566,
    reportedTotal: null,
    reportedLevel: null,
    reportedPassCount: null,
    resultStatement: '',
    indicatorScores: [],
    subIssueNotes: [],
    source: '',
  });
  return seedStore(data);
}

describe('the dashboard’s first screen', () => {
  it('gives the executive the score, and the document’s disagreements as one closed line under it', async () => {
    const user = userEvent.setup();
    await renderApp({ preferences: as(EXECUTIVE) });
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(screen.queryByRole('region', { name: WARNINGS })).toBeNull();
    const note = within(score).getByText('ตัวเลขบางจุดในเอกสารผลการประเมินไม่ตรงกัน (3 จุด)');
    expect(score).not.toHaveTextContent('รายงานระบุคะแนนรวม 93.95');
    await user.click(note);
    const details = note.closest('details') as HTMLElement;
    const items = await within(details).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('รายงานระบุคะแนนรวม 93.95 แต่คะแนนรายตัวชี้วัดคำนวณได้ 93.94 (ต่างกัน 0.01)');
    expect(details).toHaveTextContent('เจ้าหน้าที่วิเคราะห์นโยบายและแผนเป็นผู้ตรวจสอบและแก้ไข');
  });

  it('keeps the full list for the planning officer, after the score, with where to correct it', async () => {
    await renderApp({ preferences: as(PLANNER) });
    const warnings = await screen.findByRole('region', { name: WARNINGS });
    const score = screen.getByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(score.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(warnings).getAllByRole('listitem')).toHaveLength(3);
    expect(within(warnings).getByRole('link', { name: 'แก้ไขตัวเลขในหน้าผลการประเมิน' })).toHaveAttribute('href', '#/assessments?year=2565');
    expect(within(score).queryByText(/ไม่ตรงกัน \(3 จุด\)/)).toBeNull();
  });

  it('says what comes next in a year with no scores, and shows no disagreement panel and no empty source', async () => {
    const store = await storeWithNewYear();
    const { unmount } = await renderApp({ store, url: '/?year=2566', preferences: as(PLANNER) });
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(score).toHaveTextContent('ยังไม่มีคะแนนของปีงบประมาณ 2566');
    expect(within(score).getByRole('link', { name: 'บันทึกหรือนำเข้าคะแนนในหน้าผลการประเมิน' })).toHaveAttribute('href', '#/assessments?year=2566');
    await screen.findByRole('table', { name: 'คะแนนรายตัวชี้วัด' });
    expect(screen.queryByRole('region', { name: WARNINGS })).toBeNull();
    expect(screen.queryByText(/^ที่มา:/)).toBeNull();
    // Below it, each section with nothing yet says what to do, or is not there: no empty headings.
    const glance = await screen.findByRole('region', { name: 'มาตรการโดยสรุป' }, { timeout: 5000 });
    expect(glance).toHaveTextContent('ยังไม่มีมาตรการของปีนี้');
    expect(within(glance).getByRole('link', { name: 'เพิ่มมาตรการ' })).toHaveAttribute('href', '#/measures/new?year=2566');
    expect(screen.queryByRole('heading', { name: 'แยกตามผู้รับผิดชอบ' })).toBeNull();
    expect(screen.queryByRole('region', { name: /^เส้นทางสู่ระดับ/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'สิ่งที่ยังไม่มีมาตรการรองรับ' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'การบันทึกความคืบหน้าก่อนการประชุม' })).toBeNull();
    unmount();

    await renderApp({ store, url: '/?year=2566', preferences: as(EXECUTIVE) });
    const seen = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(seen).toHaveTextContent('เจ้าหน้าที่วิเคราะห์นโยบายและแผนจะบันทึกคะแนนเมื่อ ป.ป.ช. ประกาศผล');
    expect(within(seen).queryByRole('link')).toBeNull();
    const glanceSeen = await screen.findByRole('region', { name: 'มาตรการโดยสรุป' }, { timeout: 5000 });
    expect(glanceSeen).toHaveTextContent('เจ้าหน้าที่วิเคราะห์นโยบายและแผนเป็นผู้เพิ่มมาตรการ');
    expect(within(glanceSeen).queryByRole('link')).toBeNull();
  });
});
