import type { MeasuresKey } from './messages';

/** Who made a change, as the audit trail names their role. */
export const ROLE_NAMES = {
  'planning-officer': 'auditRole.planning-officer',
  'department-head': 'auditRole.department-head',
  executive: 'auditRole.executive',
} as const satisfies Record<string, MeasuresKey>;
