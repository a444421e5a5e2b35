import * as z from 'zod/mini';
import { cappedText, filledText, idSchema, TEXT_MAX } from './common';

const unitName = filledText('ชื่อส่วนราชการ', TEXT_MAX.name);
import { assessmentSchema } from './assessment';
import { findingSchema } from './finding';
import { measureKindSchema, measureLinksSchema } from './measure';
import { organisationSchema, unitSchema } from './organisation';

/**
 * A paper ITA document transcribed as it is written: units by the names the document uses,
 * timeframes as typed. Importing it resolves names to units and parses the timeframes.
 */
export const seedFindingSchema = z.extend(z.omit(findingSchema, { unitIds: true }), {
  units: z.array(unitName),
});
export type SeedFinding = z.infer<typeof seedFindingSchema>;

export const seedMeasureSchema = z.object({
  id: idSchema,
  kind: measureKindSchema,
  order: z.number().check(z.int(), z.minimum(1)),
  title: filledText('ชื่อมาตรการ', TEXT_MAX.title),
  description: cappedText('คำอธิบาย', TEXT_MAX.text),
  steps: z.array(filledText('ขั้นตอน', TEXT_MAX.step)),
  units: z.array(unitName),
  timeframe: cappedText('ระยะเวลาดำเนินการ', TEXT_MAX.title),
  followUp: cappedText('การติดตามผล', TEXT_MAX.text),
  /**
   * The document links no measure to anything in so many words; a link is transcribed only
   * where a measure restates a finding's improvement word for word.
   */
  links: z._default(measureLinksSchema, { indicators: [], oItems: [], findingIds: [] }),
});
export type SeedMeasure = z.infer<typeof seedMeasureSchema>;

export const seedDocumentSchema = z.object({
  organisation: organisationSchema,
  units: z.array(unitSchema).check(z.minLength(1)),
  assessment: assessmentSchema,
  findings: z.array(seedFindingSchema),
  measures: z.array(seedMeasureSchema),
  /** Who wrote the document, as signed at its foot. */
  preparedBy: cappedText('ผู้จัดทำ', TEXT_MAX.name),
});
export type SeedDocument = z.infer<typeof seedDocumentSchema>;
