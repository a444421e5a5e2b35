import * as z from 'zod/mini';

/**
 * Trouble on request, for demos and tests: every answer waits `latencyMs`, and the chosen
 * requests fail with `failStatus` (0 means the network itself fails).
 */
export interface Faults {
  latencyMs: number;
  fail: 'none' | 'writes' | 'all';
  failStatus: number;
}

export const NO_FAULTS: Faults = { latencyMs: 0, fail: 'none', failStatus: 503 };

const fromUrlSchema = z.object({
  apiLatency: z.catch(z.optional(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(60_000))), undefined),
  apiFail: z.catch(z.optional(z.enum(['none', 'writes', 'all'])), undefined),
  apiFailStatus: z.catch(z.optional(z.coerce.number().check(
    z.int(),
  ).check(z.refine((n) => n === 0 || (n >= 400 && n <= 599)))), undefined),
});

/** Reads ?apiLatency=1500&apiFail=writes&apiFailStatus=500 from the page URL; bad values are ignored. */
export function readFaultsFromUrl(search: string): Faults {
  const params = Object.fromEntries(new URLSearchParams(search));
  const read = fromUrlSchema.parse(params);
  return {
    latencyMs: read.apiLatency ?? NO_FAULTS.latencyMs,
    fail: read.apiFail ?? NO_FAULTS.fail,
    failStatus: read.apiFailStatus ?? NO_FAULTS.failStatus,
  };
}

/** The faults in force, changeable while the handlers run. */
export function createFaults(initial: Faults = NO_FAULTS) {
  let current = { ...initial };
  return {
    get: (): Faults => current,
    set: (next: Partial<Faults>) => {
      current = { ...current, ...next };
    },
    reset: () => {
      current = { ...NO_FAULTS };
    },
  };
}
export type FaultControl = ReturnType<typeof createFaults>;
