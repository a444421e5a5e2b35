import { ROUND_EVERY_MS, startReminderScheduler } from '../../../server/reminders/scheduler';

// The schedule on fake timers: no test waits for a real minute.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A round that finishes when told, counting how many began. */
function controlledRounds() {
  let started = 0;
  const finishers: (() => void)[] = [];
  const round = () => {
    started += 1;
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  return { round, started: () => started, finish: () => finishers.shift()?.() };
}

it('runs a round at once, then every interval', async () => {
  let rounds = 0;
  const schedule = startReminderScheduler({ round: async () => void (rounds += 1), timers: { setInterval, clearInterval } });
  expect(rounds).toBe(1);
  await vi.advanceTimersByTimeAsync(ROUND_EVERY_MS - 1);
  expect(rounds).toBe(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(rounds).toBe(2);
  await vi.advanceTimersByTimeAsync(ROUND_EVERY_MS * 3);
  expect(rounds).toBe(5);
  await schedule.stop();
  await vi.advanceTimersByTimeAsync(ROUND_EVERY_MS * 3);
  expect(rounds).toBe(5);
});

it('never runs two rounds at once: a tick during a round waits for it', async () => {
  const rounds = controlledRounds();
  const schedule = startReminderScheduler({ round: rounds.round, intervalMs: 1_000, timers: { setInterval, clearInterval } });
  await vi.advanceTimersByTimeAsync(5_000);
  expect(rounds.started()).toBe(1);
  rounds.finish();
  await vi.advanceTimersByTimeAsync(1_000);
  expect(rounds.started()).toBe(2);
  rounds.finish();
  await schedule.stop();
});

it('tells a failed round and goes on with the next', async () => {
  const errors: unknown[] = [];
  let calls = 0;
  const schedule = startReminderScheduler({
    round: async () => {
      calls += 1;
      if (calls === 1) throw new Error('database away');
    },
    intervalMs: 1_000,
    onError: (error) => errors.push(error),
    timers: { setInterval, clearInterval },
  });
  await vi.advanceTimersByTimeAsync(1_000);
  expect(calls).toBe(2);
  expect(errors.map((e) => (e as Error).message)).toEqual(['database away']);
  await schedule.stop();
});

it('waits on stop for the round under way, and starts none after', async () => {
  const rounds = controlledRounds();
  const schedule = startReminderScheduler({ round: rounds.round, intervalMs: 1_000, timers: { setInterval, clearInterval } });
  let stopped = false;
  const stopping = schedule.stop().then(() => {
    stopped = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  expect(stopped).toBe(false);
  rounds.finish();
  await stopping;
  expect(stopped).toBe(true);
  await schedule.tick();
  await vi.advanceTimersByTimeAsync(5_000);
  expect(rounds.started()).toBe(1);
});

it('tells the round under way that the server stops', async () => {
  const signals: AbortSignal[] = [];
  const rounds = controlledRounds();
  const schedule = startReminderScheduler({
    round: (signal) => {
      signals.push(signal);
      return rounds.round();
    },
  });
  expect(signals[0]?.aborted).toBe(false);
  const stopping = schedule.stop();
  expect(signals[0]?.aborted).toBe(true);
  rounds.finish();
  await stopping;
});
