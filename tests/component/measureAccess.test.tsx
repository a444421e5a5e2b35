import { screen, waitFor, within } from '@testing-library/react';
import type { Actor } from '../../src/domain/schemas/actor';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const financeHead: Actor = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head', unitId: 'unit-finance' };
const mayor: Actor = { name: 'นายก', role: 'executive', unitId: null };

async function openAs(actor: Actor, id: string, lang = '') {
  await renderApp({ url: `/measures/${id}${lang}`, preferences: { dataSource: 'browser', actor } });
  return screen.findByRole('heading', { level: 1 });
}

describe('a read-only measure page says why and who can change it', () => {
  it.each<[string, Actor, string, string, RegExp]>([
    ['the head of another unit', financeHead, 'msr-plan-2', '', /มาตรการนี้เป็นของสำนักปลัดเทศบาล — หัวหน้าสำนักปลัดเทศบาลหรือเจ้าหน้าที่วิเคราะห์นโยบายและแผนบันทึกความคืบหน้า/],
    ['an executive', mayor, 'msr-plan-2', '', /ผู้บริหารดูข้อมูลได้อย่างเดียว — หัวหน้าสำนักปลัดเทศบาลหรือเจ้าหน้าที่วิเคราะห์นโยบายและแผน/],
    ['the head of its own unit, for what the measure says', financeHead, 'msr-plan-3', '', /ส่วนเนื้อหามาตรการ .* แก้ไขได้โดยเจ้าหน้าที่วิเคราะห์นโยบายและแผน/],
    ['a measure no unit answers for', financeHead, 'msr-drive-3', '', /ยังไม่ระบุส่วนราชการผู้รับผิดชอบ — เจ้าหน้าที่วิเคราะห์นโยบายและแผนบันทึกความคืบหน้าได้/],
    ['in English', financeHead, 'msr-plan-2', '?lang=en', /^This measure belongs to สำนักปลัดเทศบาล: the head of สำนักปลัดเทศบาล or the planning officer can record its progress/],
  ])('%s', async (who, actor, id, lang, note) => {
    await openAs(actor, id, lang);
    // Unit names inside are marked Thai, so the sentence spans elements: match the paragraph.
    const paragraph = await screen.findByText((_, el) => el?.tagName === 'P' && note.test(el.textContent ?? ''));
    const names = [...paragraph.querySelectorAll('span')].map((span) => [span.lang, span.textContent]);
    expect(names.every(([lang, name]) => lang === 'th' && name === 'สำนักปลัดเทศบาล')).toBe(true);
    expect(names.length).toBe(who === 'an executive' ? 1 : id === 'msr-plan-2' ? 2 : 0);
  });

  it('offers the other unit’s head neither the progress form nor the editor', async () => {
    await openAs(financeHead, 'msr-plan-2');
    await screen.findByText(/มาตรการนี้เป็นของ/);
    expect(screen.queryByRole('region', { name: 'บันทึกความคืบหน้า' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'แก้ไขมาตรการ' })).toBeNull();
  });

  it('says nothing to the planning officer, who may do everything', async () => {
    await renderApp({ url: '/measures/msr-plan-2' });
    expect(await screen.findByRole('button', { name: 'แก้ไขมาตรการ' })).toBeInTheDocument();
    expect(screen.queryByText(/ได้อย่างเดียว|มาตรการนี้เป็นของ|แก้ไขได้โดย/)).toBeNull();
  });
});

describe('the change history in words', () => {
  it('reads a progress update with a B.E. date and the status in words, and names instead of ids', async () => {
    let acting: Actor = financeHead;
    const store = await seedStore(undefined, () => acting);
    await store.appendProgress('msr-plan-3', { date: '2026-12-06', status: 'in-progress', percent: 40, note: 'อบรมแล้ว', evidenceUrl: '' });
    acting = { name: 'ผู้วางแผน', role: 'planning-officer', unitId: null };
    const before = await store.getMeasure('msr-fnd-eit-1');
    await store.updateMeasure('msr-fnd-eit-1', before.version, { links: { ...before.links, findingIds: ['fnd-eit-1', 'fnd-eit-2'] }, unitIds: ['unit-palad', 'unit-finance'] });
    const { unmount } = await renderApp({ store, url: '/measures/msr-plan-3', preferences: { dataSource: 'browser', actor: financeHead } });
    const history = await screen.findByRole('region', { name: 'ประวัติการแก้ไข' });
    expect(await within(history).findByText('รายงานความคืบหน้า 6 ธ.ค. 2569: กำลังดำเนินการ ร้อยละ 40 — อบรมแล้ว')).toBeInTheDocument();
    expect(history).not.toHaveTextContent('in-progress');

    unmount();
    await renderApp({ store, url: '/measures/msr-fnd-eit-1' });
    const trail = await screen.findByRole('region', { name: 'ประวัติการแก้ไข' });
    await waitFor(() => expect(trail).toHaveTextContent('ข้อบกพร่องที่ตอบ: เพิ่ม การปรับปรุงการทำงาน'));
    expect(trail).toHaveTextContent('ผู้รับผิดชอบ: เพิ่ม กองคลัง');
    expect(trail).not.toHaveTextContent('fnd-eit-2');
    expect(await screen.findByText(/^แก้ไขแล้ว 1 ครั้ง · ล่าสุด .+ 25\d\d/)).toBeInTheDocument();
  });
});
