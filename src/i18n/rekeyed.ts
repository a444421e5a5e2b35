// Apart from featureMessages.ts, which the first screen loads: only catalogs of later screens
// take domain tables this way, and the function would ride in the first screen's chunk with it.

/**
 * A domain table's Thai under a catalog's keys (`from` at the start of a key becomes `to`; keys
 * without it are left out): the words stay where the API and the stores take them from.
 */
export function rekeyed<K extends string, F extends string, T extends string>(table: Readonly<Record<K, string>>, from: F, to: T) {
  const entries = Object.entries<string>(table)
    .filter(([key]) => key.startsWith(from))
    .map(([key, text]) => [to + key.slice(from.length), text]);
  return Object.fromEntries(entries) as { [P in K as P extends `${F}${infer Rest}` ? `${T}${Rest}` : never]: string };
}
