import * as z from 'zod/mini';
import { beYearSchema, idSchema, scoreSchema } from './common';
import { indicatorNumberSchema, instrumentCodeSchema, levelSchema, oItemCodeSchema } from './framework';

export const indicatorScoreSchema = z.object({
  indicator: indicatorNumberSchema,
  score: scoreSchema,
});
export type IndicatorScore = z.infer<typeof indicatorScoreSchema>;

/**
 * A note in the "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ" column (one cell per instrument) on a
 * weak sub-issue of the indicator it names, with the sub-issue's own score: part of the
 * indicator, so lower than it (10.1 at 87.50 and 10.2 at 100 make indicator 10's 93.75).
 */
export const subIssueNoteSchema = z.object({
  instrument: instrumentCodeSchema,
  /** The indicator the note names ('ประเด็นที่ 4 การใช้ทรัพย์สินของราชการ' is indicator 4). */
  indicator: indicatorNumberSchema,
  /** The sub-issue as the document names it, e.g. 'ประเด็นที่ 4 การใช้ทรัพย์สินของราชการ'. */
  subject: z.string().check(z.minLength(1)),
  score: z.nullable(scoreSchema),
  text: z.string().check(z.minLength(1)),
});
export type SubIssueNote = z.infer<typeof subIssueNoteSchema>;

/** An OIT item the assessor scored or named; the code is read with the assessment's year. */
export const oItemResultSchema = z.object({
  code: oItemCodeSchema,
  score: z.nullable(scoreSchema),
  assessorComment: z.string(),
});
export type OItemResult = z.infer<typeof oItemResultSchema>;

/** One of the assessor's recommendations (ข้อเสนอแนะ), with the O-items it points to. */
export const recommendationSchema = z.object({
  instrument: instrumentCodeSchema,
  issue: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  oItemRefs: z.array(oItemCodeSchema),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const assessmentSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  fiscalYear: beYearSchema,
  /** What the report says; kept even when the scores say otherwise. */
  reportedTotal: z.nullable(scoreSchema),
  reportedLevel: z.nullable(levelSchema),
  reportedPassCount: z.nullable(z
    .object({ passed: z.number().check(z.int(), z.minimum(0)), failed: z.number().check(z.int(), z.minimum(0)) })),
  /** The sentence where the report states its result; the reported figures above come from it. */
  resultStatement: z.string(),
  /** The report's own summary paragraph of the year's result, verbatim. */
  overview: z.string(),
  indicatorScores: z.array(indicatorScoreSchema),
  subIssueNotes: z.array(subIssueNoteSchema),
  oItemResults: z.array(oItemResultSchema),
  recommendations: z.array(recommendationSchema),
  /** The assessor's summary paragraph per instrument, verbatim. */
  summaries: z.array(z.object({ instrument: instrumentCodeSchema, text: z.string().check(z.minLength(1)) })),
  source: z.string(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
