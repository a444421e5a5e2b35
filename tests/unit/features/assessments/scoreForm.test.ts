import { formFrom, readForm, type ScoreFormValues } from '../../../../src/features/assessments/scoreForm';
import { seedData } from '../../../support/seed';

const data = seedData();
const assessment = data.assessments.find((a) => a.fiscalYear === 2565);
const framework = data.frameworks.find((f) => f.fiscalYear === 2565);
if (!assessment || !framework) throw new Error('the seed has no 2565');
const typed = (change: Partial<ScoreFormValues>, scores: Record<string, string> = {}): ScoreFormValues => {
  const values = formFrom(assessment, framework);
  return { ...values, ...change, scores: { ...values.scores, ...scores } };
};

// Each fault is a code with the values it is worded with, never a sentence in one language.
describe('the score form’s faults', () => {
  it.each([
    ['a score over 100', typed({}, { i7: '101' }), { 'scores.i7': { code: 'score.over100', values: { score: '101' } } }],
    ['a score in words', typed({ reportedTotal: 'เก้าสิบ' }), { reportedTotal: { code: 'score.format', values: { cell: 'เก้าสิบ' } } }],
    ['a count out of range', typed({ reportedFailed: '11' }), { reportedFailed: { code: 'count.range', values: { max: 10 } } }],
    ['one count of two', typed({ reportedFailed: '' }), { reportedFailed: { code: 'count.pair', values: {} } }],
    ['counts over the total', typed({ reportedFailed: '5' }), { reportedFailed: { code: 'count.overTotal', values: { passed: 9, failed: 5, indicators: 10 } } }],
    ['Thai digits and a comma', typed({ reportedFailed: '๑' }, { i8: '90,25' }), {}],
  ])('%s', (_, values, errors) => {
    expect(readForm(values, assessment, framework).errors).toEqual(errors);
  });
});
