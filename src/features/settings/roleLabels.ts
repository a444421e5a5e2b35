import type { SettingsKey } from './messages';

/** Each role's name, spelled out so the catalog test can see every key in use. */
export const ROLE_LABELS = {
  'planning-officer': 'role.planning-officer',
  'department-head': 'role.department-head',
  executive: 'role.executive',
} as const satisfies Record<string, SettingsKey>;
