import type { Actor } from './schemas/actor';
import type { Measure, ProgressUpdate } from './schemas/measure';
import type { MeasureChanges } from './schemas/measureInput';

/**
 * Who may do what. Returns null when allowed, or the Thai reason it is not, so every adapter
 * (browser storage, the mocked API, the server) refuses with the same words.
 */
export type Refusal = string | null;

const READ_ONLY = 'ผู้บริหารดูข้อมูลได้อย่างเดียว แก้ไขข้อมูลไม่ได้';
const PLANNING_ONLY = 'เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่ทำรายการนี้ได้';

export function belongsTo(actor: Actor, measure: Pick<Measure, 'unitIds'>): boolean {
  return actor.unitId !== null && measure.unitIds.includes(actor.unitId);
}

/** Agency-wide changes: measures created or archived, settings, restoring or resetting the data. */
export function refusePlanningOnly(actor: Actor): Refusal {
  if (actor.role === 'planning-officer') return null;
  return actor.role === 'executive' ? READ_ONLY : PLANNING_ONLY;
}

function refuseOtherUnit(actor: Actor, measure: Pick<Measure, 'unitIds'>): Refusal {
  if (actor.role === 'executive') return READ_ONLY;
  if (actor.role === 'department-head' && !belongsTo(actor, measure)) {
    return 'หัวหน้าส่วนราชการบันทึกได้เฉพาะมาตรการของส่วนราชการตนเอง';
  }
  return null;
}

export function refuseProgress(actor: Actor, measure: Pick<Measure, 'unitIds'>): Refusal {
  return refuseOtherUnit(actor, measure);
}

/**
 * A department head ticks the method steps of their unit's measures; what the measure says
 * (title, steps' wording, unit, timeframe) is the planning officer's to write.
 */
export function refuseMeasureChanges(actor: Actor, current: Measure, changes: MeasureChanges): Refusal {
  const refusal = refuseOtherUnit(actor, current);
  if (refusal || actor.role === 'planning-officer') return refusal;
  const onlyTicks =
    Object.keys(changes).every((key) => key === 'steps') &&
    (changes.steps === undefined ||
      (changes.steps.length === current.steps.length &&
        changes.steps.every((step, i) => step.id === current.steps[i]?.id && step.text.trim() === current.steps[i]?.text)));
  return onlyTicks ? null : 'หัวหน้าส่วนราชการแก้ไขได้เฉพาะการทำเครื่องหมายขั้นตอนที่ทำแล้ว ส่วนเนื้อหามาตรการแก้ไขได้โดยเจ้าหน้าที่วิเคราะห์นโยบายและแผน';
}

/** How long after saving an update its author can take it back (the undo after a mistyped save). */
export const WITHDRAW_WINDOW_MS = 10 * 60 * 1000;

/** Only the person who recorded an update takes it back (the planning officer too, who answers for the data). */
export const notTheAuthor = (authorName: string) =>
  `ถอนรายงานความคืบหน้าได้เฉพาะผู้บันทึกรายงานนั้น (${authorName}) หรือเจ้าหน้าที่วิเคราะห์นโยบายและแผน`;

/**
 * Taking an update back: by its author (whose name it carries: on the agency's server an
 * account's name is its own, see server/auth/accounts.ts) or the planning officer, within the
 * window; a department head only on their own unit's measures, an executive never.
 */
export function refuseWithdrawal(actor: Actor, measure: Pick<Measure, 'unitIds'>, update: Pick<ProgressUpdate, 'authorName' | 'createdAt'>, now: Date): Refusal {
  const refusal = refuseOtherUnit(actor, measure);
  if (refusal) return refusal;
  if (actor.role !== 'planning-officer' && update.authorName.trim() !== actor.name.trim()) return notTheAuthor(update.authorName);
  return now.getTime() - Date.parse(update.createdAt) <= WITHDRAW_WINDOW_MS
    ? null
    : 'ถอนรายงานความคืบหน้าได้เฉพาะภายใน 10 นาทีหลังบันทึก หลังจากนั้นให้บันทึกรายงานฉบับใหม่แทน';
}
