import type { AssessmentSummary } from '../assessmentSummary';
import type { EvidenceFile } from '../evidence/schema';
import type { Finding } from '../schemas/finding';
import type { InstrumentCode } from '../schemas/framework';
import type { Measure } from '../schemas/measure';
import type { Organisation, Unit } from '../schemas/organisation';
import { levelFor } from '../scoring';
import { unitNames } from '../units';

export interface DocumentIndicator {
  number: number;
  name: string;
  score: number | null;
  /** The sub-issues to fix, as the analysis states them. */
  notes: string[];
  /** Each with the evidence files it keeps (none on a finding stored before files could be attached). */
  findings: { title: string; analysis: string; improvement: string; units: string; files: readonly EvidenceFile[] }[];
}

export interface DocumentMeasure {
  order: number;
  title: string;
  /** วิธีการดำเนินการ: the steps, or the description when a measure has no steps. */
  method: string[];
  units: string;
  timeframe: string;
  followUp: string;
}

/** มาตรการส่งเสริมคุณธรรมและความโปร่งใส of one year, laid out as the agency publishes it. */
export interface MeasuresDocument {
  fiscalYear: number;
  organisation: string;
  /** 'อำเภอพรรณานิคม จังหวัดสกลนคร', empty parts left out. */
  place: string;
  result: { total: number; level: string } | null;
  instruments: { code: InstrumentCode; name: string; indicators: DocumentIndicator[] }[];
  /** Part 2's table: the measures with a method, in document order. */
  measures: DocumentMeasure[];
  /** มาตรการเพื่อขับเคลื่อน: one sentence each, listed after the table. */
  driving: string[];
}

/** Where the agency is, as a document's heading says it: 'อำเภอพรรณานิคม จังหวัดสกลนคร'. */
export function placeOf(organisation: Organisation): string {
  return [organisation.district, organisation.province].filter(Boolean).join(' ');
}

/**
 * The year's measures document from the records: part 1 analyses each indicator (its score,
 * the sub-issues to fix, the findings), part 2 lists the measures with the seed's columns.
 * Archived measures are left out; a district or province the agency has not given is too.
 */
export function measuresDocument(
  summary: AssessmentSummary | null,
  fiscalYear: number,
  organisation: Organisation,
  units: readonly Unit[],
  findings: readonly Finding[],
  measures: readonly Measure[],
): MeasuresDocument {
  const active = measures.filter((m) => !m.archived);
  // A finding on an O-item belongs under the indicator the O-item is part of.
  const indicatorOf = (f: Finding) =>
    f.target.kind === 'indicator' ? f.target.indicator : summary?.framework.oItems.find((o) => f.target.kind === 'oItem' && o.code === f.target.code)?.indicator;
  const instruments = summary
    ? summary.framework.instruments.map((instrument) => ({
        code: instrument.code,
        name: instrument.name,
        indicators: instrument.indicators.map((d) => ({
          number: d.number,
          name: d.name,
          score: summary.assessment.indicatorScores.find((s) => s.indicator === d.number)?.score ?? null,
          notes: summary.assessment.subIssueNotes.filter((n) => n.indicator === d.number).map((n) => n.text),
          findings: findings
            .filter((f) => indicatorOf(f) === d.number)
            .map((f) => ({ title: f.target.kind === 'oItem' ? `${f.target.code} ${f.title}` : f.title, analysis: f.analysis, improvement: f.improvement, units: unitNames(f.unitIds, units), files: f.files ?? [] })),
        })),
      }))
    : [];
  return {
    fiscalYear,
    organisation: organisation.name,
    place: placeOf(organisation),
    result: summary?.official ? { total: summary.official.total, level: levelFor(summary.framework, summary.official.total) } : null,
    instruments,
    measures: active
      .filter((m) => m.kind !== 'driving')
      .map((m, i) => ({
        order: i + 1,
        title: m.title,
        method: m.steps.length > 0 ? m.steps.map((s) => s.text) : m.description ? [m.description] : [],
        units: unitNames(m.unitIds, units),
        timeframe: m.timeframe.raw,
        followUp: m.followUp,
      })),
    driving: active.filter((m) => m.kind === 'driving').map((m) => (m.description ? `${m.title} ${m.description}` : m.title)),
  };
}

/** The document's own sentences, shared by the printed page and the Word file so both say the same. */
export interface MeasuresDocumentWords {
  title: string;
  /**
   * The title in the phrases a line may break between (their concatenation is `title`), so it
   * never breaks as 'โปร่งใส ประจำ / ปีงบประมาณ'.
   */
  titlePhrases: string[];
  /** The organisation and where it is, under the title. */
  subtitle: string;
  part1: string;
  /** The paragraph before part 1's table; null when the year has no official result. */
  part1Intro: string | null;
  part1Columns: [string, string, string];
  part2: string;
  part2Intro: string;
  part2Columns: [string, string, string, string, string];
  driving: string;
  /** Part 1's one row when the year has no framework to analyse against. */
  noAnalysis: string;
  /** Part 2's one row when the year has no measures yet: a table is never printed empty. */
  noMeasures: string;
}

/**
 * A document's title for the year as phrases, each with the space that follows it in the title;
 * the year's phrase comes last, whole.
 */
export function yearTitlePhrases(phrases: readonly string[], fiscalYear: number): string[] {
  return [...phrases, `ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`];
}

export function measuresDocumentWords(doc: MeasuresDocument): MeasuresDocumentWords {
  const { fiscalYear: year, organisation } = doc;
  const titlePhrases = yearTitlePhrases(['มาตรการ', 'ส่งเสริมคุณธรรมและความโปร่งใส '], year);
  return {
    title: titlePhrases.join(''),
    titlePhrases,
    subtitle: [organisation, doc.place].filter(Boolean).join(' '),
    part1: `1) การวิเคราะห์ผลการประเมิน ITA ของ ${organisation} ปีงบประมาณ พ.ศ. ${year}`,
    part1Intro: doc.result
      ? `จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. ${year} ${organisation} พบว่ามีผลคะแนน ${documentScore(doc.result.total)} คะแนน อยู่ในระดับ ${doc.result.level} โดยวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ดังนี้`
      : null,
    part1Columns: ['ตัวชี้วัดของการประเมิน ITA', 'คะแนน', 'ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ'],
    part2: `2) ข้อเสนอแนะในการพัฒนาคุณธรรมและความโปร่งใสในปีงบประมาณ พ.ศ. ${year}`,
    part2Intro: `${[organisation, doc.place].filter(Boolean).join(' ')} ได้กำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${year} ไว้ ดังนี้`,
    part2Columns: ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล'],
    driving: '3) มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส',
    noAnalysis: `ยังไม่มีกรอบการประเมินของปีงบประมาณ พ.ศ. ${year}`,
    noMeasures: 'ยังไม่มีมาตรการ',
  };
}

/** A score as the document prints it: two decimals, or a dash when there is none. */
export function documentScore(score: number | null): string {
  return score === null ? '—' : score.toFixed(2);
}

/** A finding in part 1: its bold lead ('ข้อบกพร่อง …:') and the sentence after it. */
export function findingWords(finding: Pick<DocumentIndicator['findings'][number], 'title' | 'analysis' | 'improvement' | 'units'>): { lead: string; text: string } {
  return {
    lead: `ข้อบกพร่อง ${finding.title}:`,
    text: `${finding.analysis}${finding.improvement ? ` — ปรับปรุงโดย ${finding.improvement}` : ''}${finding.units ? ` (${finding.units})` : ''}`,
  };
}
