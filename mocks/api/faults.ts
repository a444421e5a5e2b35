import { z } from 'zod';

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
  apiLatency: z.coerce.number().int().min(0).max(60_000).optional().catch(undefined),
  apiFail: z.enum(['none', 'writes', 'all']).optional().catch(undefined),
  apiFailStatus: z.coerce.number().int().refine((n) => n === 0 || (n >= 400 && n <= 599)).optional().catch(undefined),
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
