import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { forbiddenBy, parseInput } from '../../src/data/storeError';
import { emailAddressSchema, lineIdSchema } from '../../src/domain/reminders/settings';
import { answering } from '../app';
import type { Reminders } from '../reminders/reminders';
import { notSignedIn, type SessionEnv } from './sessionRoutes';

/** Only the planning officer sets the reminders, sees where they went, and sends the tests. */
function planningOfficer(c: Context<SessionEnv>) {
  const account = c.get('account');
  if (!account) throw notSignedIn();
  if (account.role !== 'planning-officer') throw forbiddenBy({ code: 'planning-only', values: {} });
  return account;
}

const lineTestSchema = z.object({ to: z.optional(lineIdSchema) });
const emailTestSchema = z.object({ to: z.optional(emailAddressSchema) });
/** A test button sends no body at all: the planning officer's own address is used. */
const bodyOf = async (c: Context) => ((c.req.header('content-length') ?? '0') === '0' ? {} : await c.req.json().catch(() => null));

/**
 * The reminders' settings (the secrets write-only: GET says whether each is set, never what it
 * is), their outlook, the test buttons and the sends log. See docs/reminders.md.
 */
export function addReminderRoutes(app: Hono<SessionEnv>, { reminders, log }: { reminders: Reminders; log: (message: string, error?: unknown) => void }): void {
  const answer = (work: (c: Context<SessionEnv>) => Promise<Response>) => answering(log, work);

  app.get('/api/v1/reminders/settings', answer(async (c) => {
    planningOfficer(c);
    return Response.json(await reminders.settings.view());
  }));
  app.put('/api/v1/reminders/settings', answer(async (c) => {
    const planner = planningOfficer(c);
    return Response.json(await reminders.settings.save(await c.req.json().catch(() => null), planner.id));
  }));
  app.get('/api/v1/reminders/outlook', answer(async (c) => {
    planningOfficer(c);
    const { due, ...plan } = await reminders.outlook();
    // What would go, without the messages' text: the screen shows counts and whom.
    return Response.json({ ...plan, due: due.map(({ key, recipient, channel, to }) => ({ key, recipient, channel, to })) });
  }));
  app.post('/api/v1/reminders/test/line', answer(async (c) => {
    planningOfficer(c);
    const { to } = parseInput(lineTestSchema, await bodyOf(c));
    return Response.json(await reminders.sendTest('line', to));
  }));
  app.post('/api/v1/reminders/test/email', answer(async (c) => {
    planningOfficer(c);
    const { to } = parseInput(emailTestSchema, await bodyOf(c));
    return Response.json(await reminders.sendTest('email', to));
  }));
  app.get('/api/v1/reminders/sends', answer(async (c) => {
    planningOfficer(c);
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 200) || 200, 1), 1000);
    return Response.json(await reminders.sends.list(limit));
  }));
}
