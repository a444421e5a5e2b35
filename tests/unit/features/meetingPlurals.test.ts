// The meeting screen's counts read as English counts: "1 day late", not "1 days late".
import { format } from '../../../src/i18n/i18n';
import { messages } from '../../../src/features/meeting/messages';

const en = (key: keyof typeof messages.en, params: Record<string, string | number>) => format(messages.en[key], params, 'en-GB');

describe('meeting English plurals', () => {
  it.each([
    ['meeting.gapPoints', { gap: '1.00' }, '1.00 points'],
    ['meeting.gapPoints', { gap: 1 }, '1 point'],
    ['meeting.daysLate', { days: 1 }, '1 day late'],
    ['meeting.daysLate', { days: '12' }, '12 days late'],
    ['meeting.freshLine', { stale: 1, expected: 3 }, '1 measure of 3 not updated'],
    ['meeting.freshLine', { stale: 2, expected: 3 }, '2 measures of 3 not updated'],
    ['meeting.freshAll', { expected: 1 }, 'The 1 measure updated'],
    ['meeting.freshAll', { expected: '1,200' }, 'All 1,200 measures updated'],
    ['meeting.gapIndicator', { number: 4, name: 'Use of budget', score: '1.00' }, 'Indicator 4 Use of budget (1.00 points)'],
    ['meeting.gapIndicator', { number: 4, name: 'Use of budget', score: 1 }, 'Indicator 4 Use of budget (1 point)'],
  ] as const)('%s with %j reads %j', (key, params, expected) => {
    expect(en(key, params)).toBe(expected);
  });

  it('names one indicator and many in the chart label', () => {
    const label = (count: number) => en('meeting.indicatorsLabel', { count, passMark: '85.00', mark: '90.00' });
    expect(label(1)).toBe('Score of the 1 indicator against the pass mark of 85.00 and the agency’s mark of 90.00');
    expect(label(10)).toMatch(/^Scores of the 10 indicators against/);
  });
});
