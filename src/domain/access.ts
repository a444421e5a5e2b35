import type { Actor } from './schemas/actor';
import type { Measure, ProgressUpdate } from './schemas/measure';
import type { MeasureChanges } from './schemas/measureInput';

/**
 * Who may do what. Each rule returns null when allowed, or why not as a code with the values a
 * screen needs to say who can (`not-own-unit` names the measure's units), so a screen can explain
 * a read-only view in the reader's language before anyone tries. The stores and the server still
 * refuse with a Thai sentence (`refusalInThai`), the same words from every adapter.
 */
export type AccessRefusal =
  | { code: 'read-only'; values: Record<string, never> }
  | { code: 'planning-only'; values: Record<string, never> }
  | { code: 'not-own-unit'; values: { unitIds: string[] } }
  | { code: 'content-planning-only'; values: Record<string, never> }
  | { code: 'not-the-author'; values: { authorName: string } }
  | { code: 'withdraw-window'; values: { minutes: number } };

export type AccessCode = AccessRefusal['code'];

/** How long after saving an update its author can take it back (the undo after a mistyped save). */
export const WITHDRAW_WINDOW_MS = 10 * 60 * 1000;

const READ_ONLY: AccessRefusal = { code: 'read-only', values: {} };
const PLANNING_ONLY: AccessRefusal = { code: 'planning-only', values: {} };

/** The Thai sentence each code is sent as; the words the stores used before codes, unchanged. */
export function refusalInThai(refusal: AccessRefusal): string {
  switch (refusal.code) {
    case 'read-only':
      return 'ผู้บริหารดูข้อมูลได้อย่างเดียว แก้ไขข้อมูลไม่ได้';
    case 'planning-only':
      return 'เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่ทำรายการนี้ได้';
    case 'not-own-unit':
      return 'หัวหน้าส่วนราชการบันทึกได้เฉพาะมาตรการของส่วนราชการตนเอง';
    case 'content-planning-only':
      return 'หัวหน้าส่วนราชการแก้ไขได้เฉพาะการทำเครื่องหมายขั้นตอนที่ทำแล้ว ส่วนเนื้อหามาตรการแก้ไขได้โดยเจ้าหน้าที่วิเคราะห์นโยบายและแผน';
    case 'not-the-author':
      // Only the person who recorded an update takes it back (the planning officer too, who answers for the data).
      return `ถอนรายงานความคืบหน้าได้เฉพาะผู้บันทึกรายงานนั้น (${refusal.values.authorName}) หรือเจ้าหน้าที่วิเคราะห์นโยบายและแผน`;
    case 'withdraw-window':
      return `ถอนรายงานความคืบหน้าได้เฉพาะภายใน ${refusal.values.minutes} นาทีหลังบันทึก หลังจากนั้นให้บันทึกรายงานฉบับใหม่แทน`;
  }
}

export function belongsTo(actor: Actor, measure: Pick<Measure, 'unitIds'>): boolean {
  return actor.unitId !== null && measure.unitIds.includes(actor.unitId);
}

/** Agency-wide changes: measures created or archived, settings, restoring or resetting the data. */
export function planningOnlyRefusal(actor: Actor): AccessRefusal | null {
  if (actor.role === 'planning-officer') return null;
  return actor.role === 'executive' ? READ_ONLY : PLANNING_ONLY;
}

function otherUnitRefusal(actor: Actor, measure: Pick<Measure, 'unitIds'>): AccessRefusal | null {
  if (actor.role === 'executive') return READ_ONLY;
  if (actor.role === 'department-head' && !belongsTo(actor, measure)) {
    return { code: 'not-own-unit', values: { unitIds: [...measure.unitIds] } };
  }
  return null;
}

export function progressRefusal(actor: Actor, measure: Pick<Measure, 'unitIds'>): AccessRefusal | null {
  return otherUnitRefusal(actor, measure);
}

/**
 * A department head ticks the method steps of their unit's measures; what the measure says
 * (title, steps' wording, unit, timeframe) is the planning officer's to write.
 */
export function measureChangesRefusal(actor: Actor, current: Measure, changes: MeasureChanges): AccessRefusal | null {
  const refusal = otherUnitRefusal(actor, current);
  if (refusal || actor.role === 'planning-officer') return refusal;
  const onlyTicks =
    Object.keys(changes).every((key) => key === 'steps') &&
    (changes.steps === undefined ||
      (changes.steps.length === current.steps.length &&
        changes.steps.every((step, i) => step.id === current.steps[i]?.id && step.text.trim() === current.steps[i]?.text)));
  return onlyTicks ? null : { code: 'content-planning-only', values: {} };
}

/**
 * Taking an update back: by its author (whose name it carries: on the agency's server an
 * account's name is its own, see server/auth/accounts.ts) or the planning officer, within the
 * window; a department head only on their own unit's measures, an executive never.
 */
export function withdrawalRefusal(
  actor: Actor,
  measure: Pick<Measure, 'unitIds'>,
  update: Pick<ProgressUpdate, 'authorName' | 'createdAt'>,
  now: Date,
): AccessRefusal | null {
  const refusal = otherUnitRefusal(actor, measure);
  if (refusal) return refusal;
  if (actor.role !== 'planning-officer' && update.authorName.trim() !== actor.name.trim()) {
    return { code: 'not-the-author', values: { authorName: update.authorName } };
  }
  return now.getTime() - Date.parse(update.createdAt) <= WITHDRAW_WINDOW_MS
    ? null
    : { code: 'withdraw-window', values: { minutes: WITHDRAW_WINDOW_MS / 60_000 } };
}

/** What a person may do on one measure's page, each with why not, so the page can say it. */
export interface MeasureAccess {
  /** Recording progress and ticking the steps done. */
  report: AccessRefusal | null;
  /** Changing what the measure says, and archiving it. */
  edit: AccessRefusal | null;
}

export function measureAccess(actor: Actor, measure: Measure): MeasureAccess {
  return {
    report: progressRefusal(actor, measure),
    edit: measureChangesRefusal(actor, measure, { title: measure.title }),
  };
}
