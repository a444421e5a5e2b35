import * as z from 'zod/mini';
import { auditEntrySchema } from '../../../domain/schemas/audit';
import { dataSetSchema, type DataSet } from '../../../domain/schemas/dataSet';
import { findingSchema } from '../../../domain/schemas/finding';
import { measureSchema, progressUpdateSchema } from '../../../domain/schemas/measure';
import { parseInput } from '../../storeError';
import { yieldToPage } from './yieldToPage';

// About 10 ms of parsing on a mid-range machine.
const SLICE = 500;

const LARGE = {
  findings: z.array(findingSchema),
  measures: z.array(measureSchema),
  progressUpdates: z.array(progressUpdateSchema),
  audit: z.array(auditEntrySchema),
} as const;
type Large = keyof typeof LARGE;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The data set parsed as parseInput(dataSetSchema) parses it, a slice of records at a time with
 * the page let in between, so 350,000 records never make one task that freezes the tab. Anything
 * wrong is then refused by the whole-set parse itself, so the error names the same fields.
 */
export async function checkDataSet(data: unknown): Promise<DataSet> {
  const whole = () => parseInput(dataSetSchema, data);
  if (!isRecord(data)) return whole();
  const names = Object.keys(LARGE) as Large[];
  if (names.some((name) => !Array.isArray(data[name]) && !(name === 'audit' && data[name] === undefined))) return whole();
  const head = dataSetSchema.safeParse({ ...data, ...Object.fromEntries(names.map((name) => [name, []])) });
  if (!head.success) return whole();
  const checked: DataSet = { ...head.data };
  for (const name of names) {
    const records = (data[name] ?? []) as unknown[];
    const out: unknown[] = [];
    for (let start = 0; start < records.length; start += SLICE) {
      await yieldToPage();
      const parsed = LARGE[name].safeParse(records.slice(start, start + SLICE));
      if (!parsed.success) return whole();
      for (const record of parsed.data) out.push(record);
    }
    (checked as Record<Large, unknown[]>)[name] = out;
  }
  return checked;
}
