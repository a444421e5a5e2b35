import { SIGN_IN_TH } from '../../src/domain/signInRefusals';

/**
 * How many password checks run at once, and how many may wait. A check is scrypt at 128 MiB and
 * most of a second of a core; without a cap, a flood of sign-ins to many accounts (the per-account
 * lock and the per-address limit do not stop that) would take every core and gigabytes of memory.
 * Beyond the waiting room a check is refused at once, and the sign-in says to try again shortly.
 */
export class GateFull extends Error {
  constructor() {
    super(SIGN_IN_TH['signIn.busy']);
  }
}

export function createGate({ running, waiting }: { running: number; waiting: number }) {
  let active = 0;
  const queue: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < running) active += 1;
      else if (queue.length < waiting) await new Promise<void>((resolve) => queue.push(resolve));
      else throw new GateFull();
      try {
        return await task();
      } finally {
        // The place passes straight to the next in line, so `active` never overshoots.
        const next = queue.shift();
        if (next) next();
        else active -= 1;
      }
    },
    get busy() {
      return { active, waiting: queue.length };
    },
  };
}

export type Gate = ReturnType<typeof createGate>;
