import type { FieldErrors, Resolver } from 'react-hook-form';
import type { ReminderSettingsViewed } from '../../../data/reminderQueries';
import { faultsByField, isStoreError, type FieldError } from '../../../data/storeError';
import { reminderSettingsInputSchema, type ReminderSettingsInput, type SmtpSettings } from '../../../domain/reminders/settings';
import type { Unit } from '../../../domain/schemas/organisation';

/**
 * The settings as the form holds them: each list of addresses as text, one a line; a row for
 * every unit, addressed or not; each secret empty unless typed, and a box to remove it.
 */
export interface ReminderFormValues {
  enabled: boolean;
  daysBefore: number;
  sendHour: number;
  appUrl: string;
  line: { enabled: boolean };
  email: { enabled: boolean; smtp: SmtpSettings };
  planner: { line: string; email: string };
  units: { unitId: string; line: string; email: string }[];
  lineToken: string;
  removeLineToken: boolean;
  smtpPassword: string;
  removeSmtpPassword: boolean;
}

const lines = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
const text = (list: readonly string[]) => list.join('\n');

/** The saved settings as the form starts: the units in the organisation's order, then any the organisation no longer lists. */
export function formValuesOf(view: ReminderSettingsViewed, units: readonly Unit[]): ReminderFormValues {
  const known = new Set(units.map((u) => u.id));
  const saved = new Map(view.units.map((u) => [u.unitId, u]));
  const ids = [...units.map((u) => u.id), ...view.units.map((u) => u.unitId).filter((id) => !known.has(id))];
  return {
    enabled: view.enabled,
    daysBefore: view.daysBefore,
    sendHour: view.sendHour,
    appUrl: view.appUrl,
    line: { enabled: view.line.enabled },
    email: { enabled: view.email.enabled, smtp: { ...view.email.smtp } },
    planner: { line: text(view.planner.line), email: text(view.planner.email) },
    units: ids.map((unitId) => ({ unitId, line: text(saved.get(unitId)?.line ?? []), email: text(saved.get(unitId)?.email ?? []) })),
    lineToken: '',
    removeLineToken: false,
    smtpPassword: '',
    removeSmtpPassword: false,
  };
}

/** What PUT takes, unchecked, and the form's row of each unit sent (units with no address are left out). */
export function inputOf(values: ReminderFormValues): { input: Record<string, unknown>; unitRows: number[] } {
  const unitRows: number[] = [];
  const units = values.units.flatMap((u, row) => {
    const line = lines(u.line);
    const email = lines(u.email);
    if (line.length === 0 && email.length === 0) return [];
    unitRows.push(row);
    return [{ unitId: u.unitId, line, email }];
  });
  const secret = (typed: string, remove: boolean) => (remove ? { value: null } : typed === '' ? {} : { value: typed });
  const token = secret(values.lineToken, values.removeLineToken);
  const password = secret(values.smtpPassword, values.removeSmtpPassword);
  return {
    unitRows,
    input: {
      enabled: values.enabled,
      daysBefore: values.daysBefore,
      sendHour: values.sendHour,
      appUrl: values.appUrl,
      line: values.line,
      email: values.email,
      planner: { line: lines(values.planner.line), email: lines(values.planner.email) },
      units,
      ...('value' in token ? { lineToken: token.value } : {}),
      ...('value' in password ? { smtpPassword: password.value } : {}),
    },
  };
}

/**
 * Where a fault on the sent settings shows in the form: an address beside its list, a unit's
 * beside that unit's row (the form has a row for every unit; only those with addresses are sent).
 */
export function placeOf(path: string, unitRows: readonly number[]): string {
  const list = /^planner\.(line|email)\.\d+$/.exec(path);
  if (list) return `planner.${list[1]}`;
  const unit = /^units\.(\d+)\.(line|email)(?:\.\d+)?$/.exec(path);
  if (unit) return `units.${unitRows[Number(unit[1])] ?? unit[1]}.${unit[2]}`;
  return path;
}

/** A LINE display name typed for an id is the likeliest mistake: it gets its own words. */
export const isLineIdFault = (f: FieldError) => f.code === 'invalid_format' && /^(planner|units\.\d+)\.line\.\d+$/.test(f.path);

/** The server's schema, worded by code in the reader's language, each fault beside its field. */
export function reminderResolver(word: (f: FieldError) => string): Resolver<ReminderFormValues, unknown, ReminderSettingsInput> {
  return (values) => {
    const { input, unitRows } = inputOf(values);
    const parsed = reminderSettingsInputSchema.safeParse(input);
    if (parsed.success) return { values: parsed.data, errors: {} };
    return { values: {}, errors: faultsByField(parsed.error, word, (f) => placeOf(f.path, unitRows)) as FieldErrors<ReminderFormValues> };
  };
}

/** The fields the form shows, for a refusal naming one of them to be said beside it. */
export const FORM_FIELDS = new Set(['daysBefore', 'sendHour', 'appUrl', 'email.smtp.host', 'email.smtp.port', 'email.smtp.security', 'email.smtp.username', 'email.smtp.from', 'lineToken', 'smtpPassword', 'planner.line', 'planner.email']);

/** The server's 400 as faults by place; null when it is some other refusal. */
export function refusedFields(error: unknown, unitRows: readonly number[]): { place: string; field: FieldError }[] | null {
  if (!isStoreError(error, 'validation') || error.detail.kind !== 'validation') return null;
  return error.detail.fields.map((field) => ({ place: placeOf(field.path, unitRows), field }));
}

export const isFormField = (place: string) => FORM_FIELDS.has(place) || /^units\.\d+\.(line|email)$/.test(place);
