let lastStamp = 0;

/**
 * Times recorded by this tab (or this server) only ever go forward, a millisecond at a time if
 * need be, so two writes in the same millisecond still read back (history, audit trail) in the
 * order they happened.
 */
export function stamp(at: Date): string {
  lastStamp = Math.max(at.getTime(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}
