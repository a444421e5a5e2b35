import { describe, expect, it } from 'vitest';
import { summariseAssessment } from '../../../src/domain/assessmentSummary';
import { documentScore, findingWords, measuresDocument, measuresDocumentWords } from '../../../src/domain/reports/measuresDocument';
import { seedData } from '../../support/seed';

const data = seedData();
const [assessment] = data.assessments;
const framework = data.frameworks.find((f) => f.fiscalYear === 2565);
if (!assessment || !framework) throw new Error('no seed');
const summary = summariseAssessment(framework, assessment, data.findings, data.settings);
const doc = () => measuresDocument(summary, 2565, data.organisation, data.units, data.findings, data.measures);

describe('the measures document of the seed', () => {
  it('is headed with the organisation and where it is', () => {
    expect(doc()).toMatchObject({ fiscalYear: 2565, organisation: 'เทศบาลตำบลพอกน้อย', place: 'อำเภอพรรณานิคม จังหวัดสกลนคร', result: { total: 93.95, level: 'A' } });
  });

  it('analyses each indicator under its instrument with its score, sub-issues and findings', () => {
    const [iit, eit, oit] = doc().instruments;
    expect([iit, eit, oit].map((i) => [i?.code, i?.indicators.map((d) => d.number)])).toEqual([
      ['IIT', [1, 2, 3, 4, 5]],
      ['EIT', [6, 7, 8]],
      ['OIT', [9, 10]],
    ]);
    expect(iit?.indicators[0]).toMatchObject({ name: 'การปฏิบัติหน้าที่', score: 93.75 });
    // The note names indicator 4, though the seed's table prints it beside indicator 1's row.
    expect(iit?.indicators[3]?.notes[0]).toMatch(/^ประเด็นที่ 4 การใช้ทรัพย์สินของราชการได้ 89.31 คะแนน/);
    expect(iit?.indicators[4]?.findings).toEqual([expect.objectContaining({ title: 'การแก้ไขปัญหาการทุจริต', units: 'สำนักปลัดเทศบาล' })]);
    // The finding on O35 sits under indicator 10, the indicator O35 belongs to.
    expect(oit?.indicators[1]?.findings.map((f) => f.title)).toEqual(['O35 การมีส่วนร่วมของผู้บริหาร']);
  });

  it('lists the measures with the seed’s columns, then the driving measures', () => {
    const { measures, driving } = doc();
    expect(measures[0]).toEqual({
      order: 1,
      title: 'การสร้างมาตรฐานป้องกันการรับสินบน',
      method: expect.arrayContaining([expect.stringMatching(/^ฝ่ายบริหารงานบุคคลตรวจสอบหลักสูตร/)]),
      units: 'สำนักปลัดเทศบาล',
      timeframe: 'ต.ค.65-ธ.ค.66',
      followUp: 'ประชุมติดตาม ปีละ 1 ครั้ง',
    });
    expect(measures.map((m) => m.timeframe)).toEqual(['ต.ค.65-ธ.ค.66', 'ม.ค.–มี.ค. 66', 'ม.ค.-ส.ค.66', '', '', '']);
    expect(measures[5]).toMatchObject({ title: expect.stringMatching(/^ดำเนินการหรือกิจกรรมการมีส่วนร่วมของผู้บริหารสูงสุด/), method: [expect.stringMatching(/^ที่แสดงถึงการให้ความสำคัญ/)] });
    expect(driving).toHaveLength(3);
    expect(driving[0]).toMatch(/^มาตรการสร้างความโปร่งใสในการปฏิบัติงาน/);
  });

  it('leaves out archived measures, and still lists the measures of a year with no framework', () => {
    const measures = data.measures.map((m, i) => (i === 0 ? { ...m, archived: true } : m));
    const bare = measuresDocument(null, 2565, { ...data.organisation, district: '' }, data.units, data.findings, measures);
    expect(bare.instruments).toEqual([]);
    expect(bare.result).toBeNull();
    expect(bare.place).toBe('จังหวัดสกลนคร');
    expect(bare.measures[0]?.title).toBe('การสร้างฐานความคิดการแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม');
  });

  it('words the heading and the parts for the year, and drops the result sentence when there is no result', () => {
    const words = measuresDocumentWords(doc());
    expect(words.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565');
    expect(words.subtitle).toBe('เทศบาลตำบลพอกน้อย อำเภอพรรณานิคม จังหวัดสกลนคร');
    expect(words.part1Intro).toMatch(/พบว่ามีผลคะแนน 93\.95 คะแนน อยู่ในระดับ A /);
    expect(words.part2Intro).toBe('เทศบาลตำบลพอกน้อย อำเภอพรรณานิคม จังหวัดสกลนคร ได้กำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2565 ไว้ ดังนี้');
    const bare = measuresDocumentWords(measuresDocument(null, 2566, { ...data.organisation, district: '', province: '' }, data.units, [], []));
    expect(bare.part1Intro).toBeNull();
    expect(bare.subtitle).toBe('เทศบาลตำบลพอกน้อย');
    expect(bare.part2Intro).toMatch(/^เทศบาลตำบลพอกน้อย ได้กำหนดมาตรการ/);
  });

  it('prints a dash for a missing score, a step-less measure by its description or nothing, a driving measure by its title alone', () => {
    const base = data.measures.find((m) => m.kind !== 'driving');
    const driving = data.measures.find((m) => m.kind === 'driving');
    if (!base || !driving) throw new Error('no seed measures');
    const scoreless = { ...summary, assessment: { ...summary.assessment, indicatorScores: summary.assessment.indicatorScores.filter((s) => s.indicator !== 1) } };
    const measures = [
      { ...base, id: 'described', steps: [], description: 'ทำตามคู่มือ' },
      { ...base, id: 'bare', steps: [], description: '' },
      { ...driving, id: 'titled', description: '' },
    ];
    const made = measuresDocument(scoreless, 2565, data.organisation, data.units, [], measures);
    expect(made.instruments[0]?.indicators[0]?.score).toBeNull();
    expect(made.measures.map((m) => m.method)).toEqual([['ทำตามคู่มือ'], []]);
    expect(made.driving).toEqual([driving.title]);
  });

  it('splits the title only between phrases, the year’s phrase whole, and words the empty parts', () => {
    const words = measuresDocumentWords(doc());
    expect(words.titlePhrases).toEqual(['มาตรการ', 'ส่งเสริมคุณธรรมและความโปร่งใส ', 'ประจำปีงบประมาณ พ.ศ. 2565']);
    expect(words.titlePhrases.join('')).toBe(words.title);
    const empty = measuresDocumentWords(measuresDocument(null, 2566, data.organisation, data.units, [], []));
    expect([empty.noAnalysis, empty.noMeasures]).toEqual(['ยังไม่มีกรอบการประเมินของปีงบประมาณ พ.ศ. 2566', 'ยังไม่มีมาตรการ']);
  });

  it('prints a score with two decimals or a dash, and a finding with its fix and units only when given', () => {
    expect(documentScore(89.3)).toBe('89.30');
    expect(documentScore(null)).toBe('—');
    const finding = { title: 'O35 การมีส่วนร่วมของผู้บริหาร', analysis: 'ไม่มีกิจกรรม', improvement: 'จัดกิจกรรม', units: 'สำนักปลัดเทศบาล' };
    expect(findingWords(finding)).toEqual({ lead: 'ข้อบกพร่อง O35 การมีส่วนร่วมของผู้บริหาร:', text: 'ไม่มีกิจกรรม — ปรับปรุงโดย จัดกิจกรรม (สำนักปลัดเทศบาล)' });
    expect(findingWords({ ...finding, improvement: '', units: '' }).text).toBe('ไม่มีกิจกรรม');
  });
});
