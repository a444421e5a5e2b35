export interface SchedulerOptions {
  /** One round: what is due is sent; `signal` aborts when the schedule stops. */
  round: (signal: AbortSignal) => Promise<unknown>;
  /** How often a round runs; a reminder is due by the hour, so a few minutes late is on time. */
  intervalMs?: number;
  /** A round that failed (the database away): told, and the next round tries again. */
  onError?: (error: unknown) => void;
  /** The timers (tests pass fake ones). */
  timers?: { setInterval: typeof setInterval; clearInterval: typeof clearInterval };
}

export const ROUND_EVERY_MS = 5 * 60_000;

/**
 * Runs a round at once (a reminder missed while the server was stopped goes now, if still of
 * use) and then every `intervalMs`, never two at once. `stop` ends the schedule, tells a round
 * under way to stop at the next send, and waits for it, so the pool is not closed under its feet.
 */
export function startReminderScheduler({ round, intervalMs = ROUND_EVERY_MS, onError = () => undefined, timers = { setInterval, clearInterval } }: SchedulerOptions) {
  let running: Promise<void> | null = null;
  const stopping = new AbortController();
  const tick = (): Promise<void> => {
    if (stopping.signal.aborted) return Promise.resolve();
    running ??= round(stopping.signal)
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  void tick();
  const handle = timers.setInterval(() => void tick(), intervalMs);
  // The schedule alone does not keep the process up.
  (handle as { unref?: () => void }).unref?.();
  return {
    /** Runs a round now, or waits for the one under way. */
    tick,
    async stop(): Promise<void> {
      stopping.abort();
      timers.clearInterval(handle);
      await running;
    },
  };
}
export type ReminderScheduler = ReturnType<typeof startReminderScheduler>;
