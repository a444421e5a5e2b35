import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validationError } from '../../src/data/storeError';
import { frameworkFieldErrors } from '../../src/domain/frameworkRules';
import { frameworkFor } from '../../src/domain/frameworks/registry';
import { serialiseFramework } from '../../src/domain/frameworkTransfer';
import type { Framework } from '../../src/domain/schemas/framework';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const THAI = /[\u0E00-\u0E7F]/u;
const url = '/assessments/framework?year=2565&lang=en';
const file = (text: string, name = 'ita-framework-2565.json') => new File([text], name, { type: 'application/json' });
const frameworkFile = (change: (f: Framework & Record<string, unknown>) => void) => {
  const framework = structuredClone(frameworkFor(2565));
  change(framework);
  return file(serialiseFramework(framework, new Date('2026-11-20T03:00:00Z')));
};
const chooser = () => screen.findByLabelText('Import a framework from a file (.json)');

describe('the framework editor in English', () => {
  it('words the rules a save breaks and the fields it cannot read, and rewords them in Thai', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url });
    const weight = within(await screen.findByRole('group', { name: 'Instrument 1' })).getAllByLabelText('Weight (points)')[0] as HTMLElement;
    await user.clear(weight);
    await user.type(weight, '40');
    const name = screen.getByLabelText('Framework name');
    await user.clear(name);
    const pass = screen.getByLabelText('Indicator pass mark (points)');
    await user.clear(pass);
    await user.type(pass, 'eighty');
    await user.click(screen.getByRole('button', { name: 'Save the 2565 framework' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved yet; 2 things to fix:');
    expect(name).toHaveAccessibleDescription('Type the framework name');
    expect(pass).toHaveAccessibleDescription('Type the pass mark as a number from 0 to 100 with at most 2 decimals');
    expect(alert).not.toHaveTextContent(THAI);
    // With every field read, the rules have their say.
    await user.type(name, 'ITA 2565');
    await user.clear(pass);
    await user.type(pass, '85');
    await user.click(screen.getByRole('button', { name: 'Save the 2565 framework' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The instrument weights add up to 110, not 100'));
    expect(weight).toHaveAccessibleDescription('The indicator weights in IIT add up to 30, but the weight of IIT is 40');
    expect(screen.getByRole('alert')).not.toHaveTextContent(THAI);
    await user.click(screen.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }));
    await waitFor(() => expect(weight).toHaveAccessibleDescription('น้ำหนักของตัวชี้วัดใน IIT รวมกันได้ 30 แต่น้ำหนักของ IIT คือ 40'));
    expect((await store.listFrameworks()).find((f) => f.fiscalYear === 2565)?.instruments[0]?.weight).toBe(30);
  });

  it('says what still uses an indicator it would drop', async () => {
    const user = userEvent.setup();
    await renderApp({ url });
    await user.click(await screen.findByRole('button', { name: 'Remove indicator 5 of IIT' }));
    const first = within(screen.getByRole('group', { name: 'Indicator 1 of IIT' })).getByLabelText('Weight (points)');
    await user.clear(first);
    await user.type(first, '12');
    await user.click(screen.getByRole('button', { name: 'Save the 2565 framework' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Indicator 5 is still named by the 2565 scores, a finding and a measure, so it cannot leave the framework');
    expect(alert).not.toHaveTextContent(THAI);
  });

  it('words a store’s refusal of the save by the rule’s code', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    // As when a score is saved elsewhere between the editor's check and the store's.
    vi.spyOn(store, 'saveFramework').mockRejectedValue(
      validationError(frameworkFieldErrors([{ path: 'oItems', code: 'oItemInUse', values: { code: 'O35', uses: 'results,measures', year: 2565 } }])),
    );
    await renderApp({ store, url });
    await user.click(await screen.findByRole('button', { name: 'Save the 2565 framework' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The framework was not saved; everything typed is still here: Item O35 is still named by the 2565 check results and a measure, so it cannot leave the framework',
    );
    expect(alert).not.toHaveTextContent(THAI);
  });

  it('words the lines of a pasted O-item list it cannot read', async () => {
    const user = userEvent.setup();
    // Two O-items, not 43: forty rows of fields are slow to draw in jsdom, and nothing is saved.
    const data = seedData();
    for (const f of data.frameworks) f.oItems = f.oItems.slice(0, 2);
    await renderApp({ store: await seedStore(data), url });
    await user.click(await screen.findByText('Open data items (OIT), 2 items'));
    await user.click(screen.getByLabelText('Paste the whole O-item list'));
    await user.paste('O1\t9\tgroup\tname\nO2\t9');
    await user.click(screen.getByRole('button', { name: 'Use the pasted list instead of the 2 items' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Line 2 needs 4 cells: item code, indicator, group and item name');
    expect(alert).not.toHaveTextContent(THAI);
  });
});

describe('a framework file in English', () => {
  it.each<[string, File, string[]]>([
    ['text that is not JSON', file('ตัวชี้วัด,น้ำหนัก\n1,6'), ['ita-framework-2565.json cannot be imported: This is not a JSON file']],
    ['JSON cut short', file('{"a":\n 1,}'), ['(unreadable from line 2, character 4)']],
    ['an empty file', file(' '), ['The file is empty; there is no framework to import']],
    ['another app’s file', file('{"format": "other/app"}'), ['it says its format is "other/app"']],
    ['a JSON list', file('[]'), ['"format": "ita-framework" is not at its start']],
    ['the agency’s backup', file('{"format": "ita-measures-dashboard/backup"}'), ['This is the agency’s whole backup, not a framework file']],
    ['a version in words', file('{"format": "ita-framework", "version": "1"}'), ['names no version of the file format']],
    ['a newer format', file(JSON.stringify({ format: 'ita-framework', version: 3, framework: {} })), ['framework file format 3, while this app reads up to 1']],
    [
      'weights that do not make 100',
      frameworkFile((f) => void ((f.instruments[0] as { weight: number }).weight = 40)),
      [
        'The framework in the file fails the framework editor’s checks in 2 places: Instruments: The instrument weights add up to 110, not 100',
        'Instrument 1 (IIT) › weight: The indicator weights in IIT add up to 30, but the weight of IIT is 40 framework.instruments.0.weight',
      ],
    ],
    [
      'an indicator weight in words and a blank pass mark',
      frameworkFile((f) => {
        (f.instruments[1]?.indicators[0] as unknown as { weight: string }).weight = 'สิบ';
        delete (f as Partial<Framework>).passMark;
        (f.levels[1] as { min: number }).min = 120;
      }),
      [
        'The framework in the file is wrong in 3 places:',
        'Instrument 2 (EIT) › indicator 1 in the list (indicator 6) › weight: Must be a number',
        'Level 2 › starting score: Must be at most 100',
      ],
    ],
    ['no framework at all', file(JSON.stringify({ format: 'ita-framework', version: 1, exportedAt: '2026-11-20T03:00:00Z' })), ['The whole framework: Not a value this field takes']],
  ])('refuses %s in English words', async (_what, chosen, words) => {
    const user = userEvent.setup();
    await renderApp({ url });
    await user.upload(await chooser(), chosen);
    const alert = await screen.findByRole('alert');
    for (const said of words) expect(alert).toHaveTextContent(said);
    // What the file itself holds (a Thai cell) may be quoted; the app's own words are English.
    expect(alert.textContent?.replace('สิบ', '')).not.toMatch(THAI);
  });

  it('shows what an import would change, and what still uses an indicator it drops, in English', async () => {
    const user = userEvent.setup();
    await renderApp({ url });
    await user.upload(
      await chooser(),
      frameworkFile((f) => {
        Object.assign(f, { passMark: 80, oItemScoring: 'points' });
        const iit = f.instruments[0];
        if (!iit) throw new Error('no IIT');
        iit.indicators = iit.indicators.filter((d) => d.number !== 5);
        const [first] = iit.indicators;
        if (first) first.weight = 12;
      }),
    );
    const preview = await screen.findByRole('region', { name: /^The framework in ita-framework-2565\.json/ });
    expect(preview).toHaveTextContent('IIT Internal Integrity and Transparency Assessment, weight 30: indicators 1 (12) · 2 (6)');
    const changes = within(preview)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(changes).toContain('Indicator pass mark: 85 → 80');
    expect(changes).toContain('How O-items score: Present/absent (100 or 0) → Points 0–100');
    expect(changes).toContain('Weight of indicator 1: 6 → 12');
    expect(changes).toContain('Takes out indicator 5');
    const blocked = await within(preview).findByRole('alert');
    expect(blocked).toHaveTextContent('Indicator 5 is still named by the 2565 scores, a finding and a measure, so it cannot leave the framework');
    expect(blocked).not.toHaveTextContent(THAI);
  });
});
