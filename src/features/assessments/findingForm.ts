import type { FindingTarget } from '../../domain/schemas/finding';

export interface FindingFormValues {
  /** `i<n>` or an O-item code. */
  target: string;
  title: string;
  analysis: string;
  improvement: string;
  unitIds: string[];
}

/** The form's own fields; anything else the schema finds wrong is about the target. */
export const FORM_FIELDS: readonly string[] = ['title', 'analysis', 'improvement', 'unitIds'];

export const targetOf = (value: string): FindingTarget =>
  value.startsWith('i') ? { kind: 'indicator', indicator: Number(value.slice(1)) } : { kind: 'oItem', code: value };
