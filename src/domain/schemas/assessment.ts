import * as z from 'zod/mini';
import { beYearSchema, cappedText, filledText, idSchema, INT4_MAX, scoreSchema, TEXT_MAX } from './common';

const count = z.number().check(z.int(), z.minimum(0), z.maximum(INT4_MAX));
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
  subject: filledText('ประเด็น', TEXT_MAX.title),
  score: z.nullable(scoreSchema),
  text: filledText('ข้อความ', TEXT_MAX.text),
});
export type SubIssueNote = z.infer<typeof subIssueNoteSchema>;

/** An OIT item the assessor scored or named; the code is read with the assessment's year. */
export const oItemResultSchema = z.object({
  code: oItemCodeSchema,
  score: z.nullable(scoreSchema),
  assessorComment: cappedText('ความเห็นของผู้ประเมิน', TEXT_MAX.text),
});
export type OItemResult = z.infer<typeof oItemResultSchema>;

/** One of the assessor's recommendations (ข้อเสนอแนะ), with the O-items it points to. */
export const recommendationSchema = z.object({
  instrument: instrumentCodeSchema,
  issue: filledText('ประเด็น', TEXT_MAX.title),
  text: filledText('ข้อเสนอแนะ', TEXT_MAX.text),
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
    .object({ passed: count, failed: count })),
  /** The sentence where the report states its result; the reported figures above come from it. */
  resultStatement: cappedText('ข้อความสรุปผล', TEXT_MAX.text),
  /** The report's own summary paragraph of the year's result, verbatim. */
  overview: cappedText('บทสรุป', TEXT_MAX.text),
  indicatorScores: z.array(indicatorScoreSchema),
  subIssueNotes: z.array(subIssueNoteSchema),
  oItemResults: z.array(oItemResultSchema),
  recommendations: z.array(recommendationSchema),
  /** The assessor's summary paragraph per instrument, verbatim. */
  summaries: z.array(z.object({ instrument: instrumentCodeSchema, text: filledText('บทสรุป', TEXT_MAX.text) })),
  source: cappedText('ที่มา', TEXT_MAX.title),
});
export type Assessment = z.infer<typeof assessmentSchema>;
