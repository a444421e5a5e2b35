import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import * as z from 'zod/mini';
import { reminderSettingsSchema, type ReminderSettingsInput } from '../domain/reminders/settings';
import { ACCOUNT_HEADER } from './adapters/http/actorHeaders';
import { jsonCall } from './adapters/http/jsonCall';
import { queryKeys } from './queryKeys';
import { useSession } from './sessionContext';
import { forbidden } from './storeError';

/**
 * The reminders the agency's server sends (docs/api.md, "Reminders the server sends"): not part
 * of the data set, so not of the Store. Every answer is parsed with a schema, as the accounts'
 * client parses its own.
 */

const channelSchema = z.enum(['line', 'email']);
const secretNameSchema = z.enum(['lineToken', 'smtpPassword']);

export const reminderSettingsViewSchema = z.object({
  ...reminderSettingsSchema.shape,
  hasLineToken: z.boolean(),
  hasSmtpPassword: z.boolean(),
  secretKeyReady: z.boolean(),
  unreadableSecrets: z.array(secretNameSchema),
});
export type ReminderSettingsViewed = z.infer<typeof reminderSettingsViewSchema>;

export const REMINDER_STATES = ['off', 'no-meeting', 'not-yet', 'no-last-meeting', 'due'] as const;

export const reminderOutlookSchema = z.object({
  state: z.enum(REMINDER_STATES),
  meeting: z.nullable(z.string()),
  opensAt: z.nullable(z.string()),
  due: z.array(z.object({ key: z.string(), recipient: z.string(), channel: channelSchema, to: z.string() })),
  unaddressed: z.array(z.string()),
  ready: z.object({ line: z.boolean(), email: z.boolean() }),
});
export type ReminderOutlook = z.infer<typeof reminderOutlookSchema>;

/** Why a message did not go: the screen words the code; `message` is the server's Thai. */
const sendErrorSchema = z.object({ code: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])) });
export type SendError = z.infer<typeof sendErrorSchema> & { message?: string };

export const SEND_STATUSES = ['sending', 'sent', 'failed', 'gave-up'] as const;

export const sendEntrySchema = z.object({
  key: z.string(),
  kind: z.enum(['reminder', 'test']),
  meeting: z.nullable(z.string()),
  recipient: z.string(),
  channel: channelSchema,
  to: z.string(),
  status: z.enum(SEND_STATUSES),
  attempts: z.number(),
  error: z.nullable(sendErrorSchema),
  errorText: z.nullable(z.string()),
  createdAt: z.string(),
  sentAt: z.nullable(z.string()),
  nextTryAt: z.nullable(z.string()),
});
export type SendEntry = z.infer<typeof sendEntrySchema>;

export const testResultSchema = z.union([
  z.object({ ok: z.literal(true), entry: sendEntrySchema }),
  z.object({ ok: z.literal(false), error: z.object({ ...sendErrorSchema.shape, message: z.string() }), entry: sendEntrySchema }),
]);
export type TestResult = z.infer<typeof testResultSchema>;

/** The client for this tab's signed-in account, or null in browser storage (no server to send). */
function useRemindersClient() {
  const server = useSession().server;
  const signedInAs = server?.account.id;
  const ended = server?.ended;
  return useMemo(() => {
    if (signedInAs === undefined) return null;
    const call = <S extends z.ZodMiniType>(schema: S, method: string, path: string, body?: unknown): Promise<z.infer<S>> =>
      jsonCall(schema, `/api/v1/reminders${path}`, { method, credentials: 'same-origin', headers: { [ACCOUNT_HEADER]: signedInAs }, body }, { timeoutMs: 30_000, fetch: (...args) => globalThis.fetch(...args), onUnauthorized: ended });
    return {
      settings: () => call(reminderSettingsViewSchema, 'GET', '/settings'),
      save: (input: ReminderSettingsInput) => call(reminderSettingsViewSchema, 'PUT', '/settings', input),
      outlook: () => call(reminderOutlookSchema, 'GET', '/outlook'),
      sends: () => call(z.array(sendEntrySchema), 'GET', '/sends?limit=200'),
      test: (channel: 'line' | 'email') => call(testResultSchema, 'POST', `/test/${channel}`),
    };
  }, [signedInAs, ended]);
}

export function useReminderSettings() {
  const client = useRemindersClient();
  return useQuery({ queryKey: queryKeys.reminders.settings, queryFn: client ? () => client.settings() : skipToken });
}

export function useReminderOutlook() {
  const client = useRemindersClient();
  return useQuery({ queryKey: queryKeys.reminders.outlook, queryFn: client ? () => client.outlook() : skipToken });
}

export function useReminderSends() {
  const client = useRemindersClient();
  return useQuery({ queryKey: queryKeys.reminders.sends, queryFn: client ? () => client.sends() : skipToken });
}

/** Not optimistic: "saved" is said once the server has the settings (and the secrets sealed). */
export function useSaveReminderSettings() {
  const client = useRemindersClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReminderSettingsInput) => (client ? client.save(input) : Promise.reject(noServer())),
    onSuccess: (view) => queryClient.setQueryData(queryKeys.reminders.settings, view),
    // What would go next depends on every setting.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.reminders.outlook }),
  });
}

/** One test message on a channel, with the settings as saved; it shows in the sends log. */
export function useSendReminderTest() {
  const client = useRemindersClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channel: 'line' | 'email') => (client ? client.test(channel) : Promise.reject(noServer())),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.reminders.sends }),
  });
}

const noServer = () => forbidden('การแจ้งเตือนส่งได้เฉพาะบนเซิร์ฟเวอร์ของหน่วยงาน');
