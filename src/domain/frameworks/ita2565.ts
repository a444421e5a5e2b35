import { frameworkSchema, type Framework } from '../schemas/framework';
import * as data from './ita2565.json';

/**
 * NACC's ITA method for fiscal years 2564–2565 (weights even within each instrument) and its
 * OIT register. The words and figures are data in `ita2565.json`; the parse checks them against
 * the schema every stored framework meets and gives them its types. The register lists its
 * O-items by group; their codes O1…O43 count them in that order.
 */
export const ITA_2565: Framework = frameworkSchema.parse({
  ...data.framework,
  oItems: data.oItemGroups
    .flatMap((g) => g.items.map((name) => ({ indicator: g.indicator, group: g.group, name })))
    .map((item, index) => ({ code: `O${index + 1}`, ...item })),
});
