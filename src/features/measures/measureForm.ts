import type { FieldErrors, Resolver } from 'react-hook-form';
import { faultsByField, type FieldError } from '../../data/storeError';
import type { Finding } from '../../domain/schemas/finding';
import type { Measure } from '../../domain/schemas/measure';
import { measureInputSchema, type MeasureChanges, type MeasureInput } from '../../domain/schemas/measureInput';

/** The form as typed: steps one per line, O-items as codes separated by commas or spaces. */
export interface MeasureFormValues {
  kind: MeasureInput['kind'];
  title: string;
  description: string;
  stepsText: string;
  unitIds: string[];
  timeframe: string;
  followUp: string;
  indicators: string[];
  oItemsText: string;
  findingIds: string[];
}

/**
 * A blank measure, already linked where it was asked for: to an indicator or O-item (`link`), or
 * to a finding, whose target, units and improvement it starts from.
 */
export function emptyForm(link: string | null, finding?: Finding): MeasureFormValues {
  const target = finding ? (finding.target.kind === 'indicator' ? `i${finding.target.indicator}` : finding.target.code) : link;
  const indicator = target?.match(/^i(\d+)$/)?.[1];
  return {
    kind: finding ? 'finding' : 'plan',
    title: '',
    description: finding?.improvement ?? '',
    stepsText: '',
    unitIds: finding?.unitIds ?? [],
    timeframe: '',
    followUp: '',
    indicators: indicator ? [indicator] : [],
    oItemsText: target && /^O\d+$/.test(target) ? target : '',
    findingIds: finding ? [finding.id] : [],
  };
}

export function formFrom(measure: Measure): MeasureFormValues {
  return {
    kind: measure.kind,
    title: measure.title,
    description: measure.description,
    stepsText: measure.steps.map((s) => s.text).join('\n'),
    unitIds: measure.unitIds,
    timeframe: measure.timeframe.raw,
    followUp: measure.followUp,
    indicators: measure.links.indicators.map(String),
    oItemsText: measure.links.oItems.join(', '),
    findingIds: measure.links.findingIds,
  };
}

export function toInput(values: MeasureFormValues, assessmentId: string): MeasureInput {
  return {
    assessmentId,
    kind: values.kind,
    title: values.title,
    description: values.description,
    steps: values.stepsText
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => ({ text, done: false })),
    unitIds: values.unitIds,
    timeframe: values.timeframe,
    followUp: values.followUp,
    links: {
      indicators: values.indicators.map(Number),
      oItems: values.oItemsText
        .split(/[\s,]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
      findingIds: values.findingIds,
    },
  };
}

/** Where an error on the store's input shows in the form. */
function fieldOf(path: string): keyof MeasureFormValues {
  const [first, second] = path.split('.');
  if (first === 'steps') return 'stepsText';
  if (first === 'links') return second === 'oItems' ? 'oItemsText' : second === 'indicators' ? 'indicators' : 'findingIds';
  return (first || 'title') as keyof MeasureFormValues;
}

/**
 * Validates with the very schema the store uses, reporting beside the field as typed, in the
 * words `word` gives a fault: the reader's language on a screen, the schema's Thai by default.
 */
export function measureResolver(assessmentId: string, word: (field: FieldError) => string = (f) => f.message): Resolver<MeasureFormValues> {
  return (values) => {
    const parsed = measureInputSchema.safeParse(toInput(values, assessmentId));
    if (parsed.success) return { values, errors: {} };
    return { values: {}, errors: faultsByField(parsed.error, word, (f) => fieldOf(f.path)) as FieldErrors<MeasureFormValues> };
  };
}

/**
 * An edit as the store takes it. Steps are matched to the existing ones by their words, so
 * rewording one step or adding another keeps the ticks of the rest. The timeframe goes only when
 * its text changed: the store re-reads what it is sent against today's plan year, so resending
 * an untouched year-less text would move it whenever the plan year has moved since.
 */
export function toChanges(values: MeasureFormValues, current: Measure): MeasureChanges {
  const input = toInput(values, current.assessmentId);
  const unused = [...current.steps];
  const steps = input.steps.map(({ text }) => {
    const index = unused.findIndex((s) => s.text === text);
    const [match] = index >= 0 ? unused.splice(index, 1) : [];
    return match ? { id: match.id, text, done: match.done } : { text, done: false };
  });
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    steps,
    unitIds: input.unitIds,
    ...(input.timeframe !== current.timeframe.raw ? { timeframe: input.timeframe } : {}),
    followUp: input.followUp,
    links: input.links,
  };
}
