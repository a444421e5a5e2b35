import * as z from 'zod/mini';
import { DEFAULT_REMINDER_SETTINGS, reminderSettingsInputSchema, reminderSettingsSchema } from '../../../../src/domain/reminders/settings';

const LINE_ID = `U${'0123456789abcdef'.repeat(2)}`;

describe('the reminder settings', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    ['the defaults', {}, null],
    ['a unit with a LINE group and an e-mail', { units: [{ unitId: 'unit-palad', line: [`C${'f'.repeat(32)}`], email: ['head@example.go.th'] }] }, null],
    ['a LINE id as typed with spaces', { planner: { line: [` ${LINE_ID} `], email: [] } }, null],
    ['a LINE id that is a display name', { planner: { line: ['@somchai'], email: [] } }, 'planner.line.0'],
    ['an e-mail address without a domain', { planner: { line: [], email: ['somchai'] } }, 'planner.email.0'],
    ['an e-mail address whose domain has no dot', { planner: { line: [], email: ['somchai@localhost'] } }, 'planner.email.0'],
    ['an e-mail address with two @', { planner: { line: [], email: ['som@chai@example.go.th'] } }, 'planner.email.0'],
    ['a name and address pasted whole', { planner: { line: [], email: ['Somchai <somchai@example.go.th>'] } }, 'planner.email.0'],
    ['an address under a Thai second-level domain', { planner: { line: [LINE_ID], email: ['saraban.phoknoi@mail.go.th'] } }, null],
    ['no days before the meeting', { daysBefore: 0 }, 'daysBefore'],
    ['a unit listed twice', { units: [{ unitId: 'unit-palad', line: [], email: [] }, { unitId: 'unit-palad', line: [], email: ['a@example.go.th'] }] }, 'units'],
    ['an hour past 23', { sendHour: 24 }, 'sendHour'],
    ['an app address that is not http', { appUrl: 'ftp://ita.example.go.th/' }, 'appUrl'],
    ['an SMTP port out of range', { email: { enabled: true, smtp: { ...DEFAULT_REMINDER_SETTINGS.email.smtp, port: 70_000 } } }, 'email.smtp.port'],
  ])('%s', (_, change, faultAt) => {
    const result = reminderSettingsSchema.safeParse({ ...DEFAULT_REMINDER_SETTINGS, ...change });
    expect(result.success ? null : result.error.issues.map((i) => i.path.join('.')).join()).toBe(faultAt);
    if (result.success && change.planner) expect(result.data.planner.line).toEqual([LINE_ID]);
  });

  it('takes a secret to set, null to clear, or none to keep', () => {
    const parse = (secrets: Record<string, unknown>) => z.safeParse(reminderSettingsInputSchema, { ...DEFAULT_REMINDER_SETTINGS, ...secrets });
    expect(parse({ lineToken: 'abc' }).data?.lineToken).toBe('abc');
    expect(parse({ smtpPassword: null }).data?.smtpPassword).toBeNull();
    expect(parse({}).data?.lineToken).toBeUndefined();
    expect(parse({ lineToken: '' }).success).toBe(false);
    expect(parse({ lineToken: ' abc\n' }).data?.lineToken).toBe('abc');
    expect(parse({ lineToken: '  ' }).success).toBe(false);
    expect(parse({ smtpPassword: ' รหัส ผ่าน ' }).data?.smtpPassword).toBe(' รหัส ผ่าน ');
  });
});
