import * as z from 'zod/mini';
import { assessmentSchema } from './assessment';
import { auditEntrySchema } from './audit';
import { findingSchema } from './finding';
import { frameworkSchema } from './framework';
import { measureSchema, progressUpdateSchema } from './measure';
import { organisationSchema, unitSchema } from './organisation';
import { settingsSchema } from './settings';

/** Everything one agency keeps: what a backup holds, and what a reset or restore replaces. */
export const dataSetSchema = z.object({
  organisation: organisationSchema,
  units: z.array(unitSchema),
  frameworks: z.array(frameworkSchema),
  assessments: z.array(assessmentSchema),
  findings: z.array(findingSchema),
  measures: z.array(measureSchema),
  progressUpdates: z.array(progressUpdateSchema),
  settings: settingsSchema,
  /** Who changed which measure and how; optional so backups made before it existed still read. */
  audit: z._default(z.array(auditEntrySchema), []),
});
export type DataSet = z.infer<typeof dataSetSchema>;

/** The collections of a data set that hold many records, in the order a person reads them. */
export const COLLECTIONS = ['units', 'frameworks', 'assessments', 'findings', 'measures', 'progressUpdates'] as const;
export type Collection = (typeof COLLECTIONS)[number];
