import * as z from 'zod/mini';

const yearParam = z.coerce.number().check(z.int(), z.minimum(2400), z.maximum(2800));

/**
 * The fiscal year a screen shows: the one its URL asks for when the data has it, else the newest
 * (`years` comes newest first). `missing` is a well-formed year the URL asked for and the data lacks.
 */
export function yearFromUrl(asked: string | null, years: readonly number[]): { year: number | undefined; missing: number | null } {
  const parsed = yearParam.safeParse(asked);
  const year = parsed.success && years.includes(parsed.data) ? parsed.data : years[0];
  return { year, missing: parsed.success && parsed.data !== year ? parsed.data : null };
}
