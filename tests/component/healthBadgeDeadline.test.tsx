import { render, screen } from '@testing-library/react';
import type { HealthReading } from '../../src/domain/measureHealth';
import { I18nProvider, loadCatalog, type Language } from '../../src/i18n/i18n';
import { HealthBadge } from '../../src/ui/HealthBadge';

async function badge(reading: HealthReading, language: Language = 'th') {
  await loadCatalog(language);
  render(
    <I18nProvider language={language}>
      <HealthBadge reading={reading} />
    </I18nProvider>,
  );
}

describe('the health badge of a deadline with no start', () => {
  it.each<[string, HealthReading, Language, string, string]>([
    ['far off, with no update', { health: 'not-started', reason: { code: 'deadline-ahead', daysLeft: 120, percent: null } }, 'th', 'ยังไม่เริ่ม', 'ยังไม่ถึงกำหนด เหลือเวลาอีก 120 วัน'],
    ['far off, reported on', { health: 'on-track', reason: { code: 'deadline-ahead', daysLeft: 45, percent: 30 } }, 'th', 'ตามแผน', 'ทำได้ร้อยละ 30 เหลือเวลาอีก 45 วันจึงถึงกำหนด'],
    ['near, with no update', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 12, percent: null } }, 'th', 'เสี่ยงล่าช้า', 'อีก 12 วันจะถึงกำหนด แต่ยังไม่มีรายงานความคืบหน้า'],
    ['near and far from done', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 3, percent: 40 } }, 'th', 'เสี่ยงล่าช้า', 'อีก 3 วันจะถึงกำหนด แต่ทำได้เพียงร้อยละ 40'],
    ['near, in English', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 3, percent: 40 } }, 'en', 'At risk', 'Due in 3 days, and only 40% done'],
    ['one day off, in English', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 1, percent: null } }, 'en', 'At risk', 'Due in 1 day, and no update yet'],
    ['far off, one day, in English', { health: 'on-track', reason: { code: 'deadline-ahead', daysLeft: 1, percent: 90 } }, 'en', 'On track', '90% done, 1 day before it is due'],
    ['due today, with no update', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 0, percent: null } }, 'th', 'เสี่ยงล่าช้า', 'ครบกำหนดวันนี้ แต่ยังไม่มีรายงานความคืบหน้า'],
    ['due today and far from done', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 0, percent: 60 } }, 'th', 'เสี่ยงล่าช้า', 'ครบกำหนดวันนี้ แต่ทำได้เพียงร้อยละ 60'],
    ['due today, in English', { health: 'at-risk', reason: { code: 'deadline-near', daysLeft: 0, percent: 60 } }, 'en', 'At risk', 'Due today, and only 60% done'],
    ['due today and nearly done', { health: 'on-track', reason: { code: 'deadline-ahead', daysLeft: 0, percent: 90 } }, 'th', 'ตามแผน', 'ทำได้ร้อยละ 90 ครบกำหนดวันนี้'],
  ])('says why when %s', async (_what, reading, language, label, why) => {
    await badge(reading, language);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent(why);
    // The badge is read out with its reason: the word, then why.
    const shown = screen.getByText(label, { exact: false, ignore: '[role=tooltip]' });
    expect(shown).toHaveAccessibleDescription(why);
  });
});
