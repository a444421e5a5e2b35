import { buildBackup, serialiseBackup } from '../../src/domain/backup';
import { ITA_2565 } from '../../src/domain/frameworks/ita2565';
import { dataSetSchema, type DataSet } from '../../src/domain/schemas/dataSet';
import type { Assessment } from '../../src/domain/schemas/assessment';
import type { Framework } from '../../src/domain/schemas/framework';
import type { Measure, MeasureStatus, ProgressUpdate } from '../../src/domain/schemas/measure';
import type { Unit } from '../../src/domain/schemas/organisation';
import { DEFAULT_SETTINGS } from '../../src/domain/schemas/settings';
import { parseTimeframe } from '../../src/domain/timeframe';

/**
 * A provincial administrative organisation's ten years of ITA work, for the benchmark: the
 * sizes issue 10 names, Thai text throughout, and the same data every time (a seeded random
 * sequence), so two runs measure the same thing.
 */
export interface BigDataSetSize {
  years: number;
  units: number;
  measures: number;
  updates: number;
  /** The updates of the one measure with a long history, out of `updates`. */
  longHistory: number;
}

export const BENCH_SIZE: BigDataSetSize = { years: 10, units: 40, measures: 2_000, updates: 20_000, longHistory: 500 };

/**
 * The benchmark's data `scale` times over (issue 22: 4× and 16×): more measures, updates and
 * units in the same ten years, as a larger agency's would be, so each unit keeps its share of
 * measures and a unit filter shows as many. The one long history stays at 500 updates: the
 * report names it, and its page's cost is its own history's, not the data set's.
 */
export function benchSize(scale: number): BigDataSetSize {
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`BENCH_SCALE must be a whole number ≥ 1, not ${scale}`);
  return { ...BENCH_SIZE, units: BENCH_SIZE.units * scale, measures: BENCH_SIZE.measures * scale, updates: BENCH_SIZE.updates * scale };
}
export const LONG_HISTORY_MEASURE = 'bench-msr-long';
// Ten assessments up to 2568, whose measures ran in fiscal 2569 (to September 2026): no update
// is dated after the day the data set pretends to be made.
export const FIRST_YEAR = 2559;

const UNIT_KINDS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'กองสาธารณสุขและสิ่งแวดล้อม', 'กองสวัสดิการสังคม', 'กองยุทธศาสตร์และงบประมาณ', 'กองพัสดุและทรัพย์สิน'];
const AREAS = ['ฝ่ายบริหารทั่วไป', 'ฝ่ายแผนงาน', 'ฝ่ายการเจ้าหน้าที่', 'ฝ่ายนิติการ', 'ฝ่ายประชาสัมพันธ์'];
const ACTIONS = ['จัดอบรม', 'ประชาสัมพันธ์', 'ทบทวนคู่มือ', 'เผยแพร่ข้อมูล', 'จัดทำแผน', 'ตรวจสอบ', 'รายงานผล', 'ประชุมชี้แจง'];
const SUBJECTS = ['การป้องกันการรับสินบน', 'การใช้ทรัพย์สินของราชการ', 'การจัดซื้อจัดจ้าง', 'การเปิดเผยข้อมูลสาธารณะ', 'การรับเรื่องร้องเรียน', 'การบริหารงานบุคคล', 'การใช้งบประมาณ', 'ผลประโยชน์ทับซ้อน'];
const WHO = ['บุคลากรทุกระดับ', 'ผู้บริหาร', 'คณะกรรมการตรวจรับพัสดุ', 'ประชาชนในพื้นที่', 'ผู้รับบริการ'];
const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  return { next, int, pick };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A day of a fiscal year (B.E.), `day` counted from 1 October, as an ISO date. */
function fiscalDay(fiscalYear: number, day: number): string {
  const start = Date.UTC(fiscalYear - 543 - 1, 9, 1);
  const d = new Date(start + day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function frameworkOf(fiscalYear: number): Framework {
  return { ...structuredClone(ITA_2565), fiscalYear, name: `ITA ${fiscalYear}` };
}

export function bigDataSet(size: BigDataSetSize = BENCH_SIZE, now = new Date('2026-11-24T00:00:00.000Z')): DataSet {
  const rnd = random(2565);
  const stamp = now.toISOString();
  const years = Array.from({ length: size.years }, (_, i) => FIRST_YEAR + i);
  const units: Unit[] = Array.from({ length: size.units }, (_, i) => {
    const kind = UNIT_KINDS[i % UNIT_KINDS.length] as string;
    const round = Math.floor(i / UNIT_KINDS.length);
    // Past the areas' first pass (48 units), a numbered branch keeps every name distinct.
    const branch = Math.floor((round - 1) / AREAS.length);
    const area = round === 0 ? '' : ` ${AREAS[(round - 1) % AREAS.length]}${branch > 0 ? ` ${branch + 1}` : ''}`;
    return { id: `bench-unit-${i + 1}`, name: `${kind}${area}`, aliases: [] };
  });
  const frameworks = years.map(frameworkOf);
  const indicators = ITA_2565.instruments.flatMap((i) => i.indicators.map((d) => d.number));
  const assessments: Assessment[] = years.map((fiscalYear) => ({
    id: `bench-ass-${fiscalYear}`,
    organisationId: 'bench-org',
    fiscalYear,
    reportedTotal: null,
    reportedLevel: null,
    reportedPassCount: null,
    resultStatement: '',
    overview: `ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${fiscalYear}`,
    indicatorScores: indicators.map((indicator) => ({ indicator, score: Math.round((70 + rnd.next() * 30) * 100) / 100 })),
    subIssueNotes: [],
    oItemResults: [],
    recommendations: [],
    summaries: [],
    source: 'ชุดข้อมูลทดสอบความเร็ว',
  }));

  const perYear = Math.ceil(size.measures / size.years);
  const measures: Measure[] = Array.from({ length: size.measures }, (_, i) => {
    const fiscalYear = years[Math.min(Math.floor(i / perYear), years.length - 1)] as number;
    const order = (i % perYear) + 1;
    const subject = rnd.pick(SUBJECTS);
    const from = rnd.int(0, 5);
    const to = rnd.int(from + 3, 11);
    // Measures run in the fiscal year after their assessment: ต.ค.–ก.ย. of fiscalYear + 1.
    const month = (k: number) => MONTHS[(k + 9) % 12];
    const yy = (k: number) => String((k < 3 ? fiscalYear : fiscalYear + 1) % 100);
    const raw = `${month(from)}${yy(from)}-${month(to)}${yy(to)}`;
    const parsed = parseTimeframe(raw);
    const steps = Array.from({ length: rnd.int(1, 5) }, (_, s) => ({
      id: `bench-step-${i}-${s}`,
      text: `${rnd.pick(ACTIONS)}เรื่อง${subject}ให้แก่${rnd.pick(WHO)} ครั้งที่ ${s + 1}`,
      done: rnd.next() < 0.4,
    }));
    return {
      id: i === size.measures - 1 ? LONG_HISTORY_MEASURE : `bench-msr-${i + 1}`,
      assessmentId: `bench-ass-${fiscalYear}`,
      kind: order % 10 === 0 ? 'driving' : 'plan',
      order,
      title: `มาตรการส่งเสริม${subject} ${rnd.pick(ACTIONS)}อย่างต่อเนื่อง (${order})`,
      description: `ส่งเสริม${subject}ของหน่วยงานให้โปร่งใส ตรวจสอบได้ และเป็นไปตามเกณฑ์การประเมิน ITA`,
      steps,
      unitIds: rnd.next() < 0.05 ? [] : [rnd.pick(units).id, ...(rnd.next() < 0.2 ? [rnd.pick(units).id] : [])].filter((u, k, all) => all.indexOf(u) === k),
      timeframe: { raw, start: parsed.start, end: parsed.end },
      followUp: 'รายงานผลต่อผู้บริหารทุกไตรมาส',
      links: { indicators: [rnd.pick(indicators)], oItems: [], findingIds: [] },
      archived: rnd.next() < 0.02,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    };
  });

  const progressUpdates: ProgressUpdate[] = [];
  const history = (measure: Measure, count: number) => {
    const fiscalYear = Number(measure.assessmentId.slice('bench-ass-'.length)) + 1;
    let percent = 0;
    for (let k = 0; k < count; k += 1) {
      percent = Math.min(100, percent + rnd.int(0, Math.max(1, Math.ceil(200 / count))));
      const status: MeasureStatus = percent >= 100 ? 'done' : rnd.next() < 0.05 ? 'blocked' : 'in-progress';
      const date = fiscalDay(fiscalYear, Math.floor((k * 360) / count));
      progressUpdates.push({
        id: `bench-upd-${progressUpdates.length + 1}`,
        measureId: measure.id,
        date,
        authorName: `หัวหน้า${rnd.pick(UNIT_KINDS)}`,
        unitId: measure.unitIds[0] ?? null,
        status,
        percent,
        note: `${rnd.pick(ACTIONS)}แล้ว ${rnd.int(1, 12)} ครั้ง ผู้เข้าร่วม ${rnd.int(10, 200)} คน`,
        evidenceUrl: rnd.next() < 0.3 ? `https://example.go.th/news/${progressUpdates.length + 1}` : '',
        createdAt: `${date}T09:00:00.000Z`,
      });
    }
  };
  const long = measures.at(-1);
  if (long) {
    history(long, size.longHistory);
    const others = measures.length - 1;
    const rest = size.updates - size.longHistory;
    measures.slice(0, others).forEach((m, i) => history(m, Math.floor(((i + 1) * rest) / others) - Math.floor((i * rest) / others)));
  }

  return dataSetSchema.parse({
    organisation: { id: 'bench-org', name: 'องค์การบริหารส่วนจังหวัดตัวอย่าง', kind: 'องค์การบริหารส่วนจังหวัด', district: '', province: 'จังหวัดตัวอย่าง' },
    units,
    frameworks,
    assessments,
    findings: [],
    measures,
    progressUpdates,
    settings: DEFAULT_SETTINGS,
    audit: [],
  });
}

/** The floor: the same agency with one year and no measures, so a ratio isolates the data's cost. */
export function emptyDataSet(): DataSet {
  const data = bigDataSet({ years: 1, units: 1, measures: 0, updates: 0, longHistory: 0 });
  return { ...data, measures: [], progressUpdates: [] };
}

/** A data set as the backup file a person would restore from settings. */
export function backupText(data: DataSet, now = new Date('2026-11-24T00:00:00.000Z')): string {
  return serialiseBackup(buildBackup(data, now));
}
