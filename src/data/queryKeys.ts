/**
 * The query keys of everything the screens read from the Store and, on the agency's server, of
 * its accounts and reminders: one table, so an invalidation (a mutation's, or changeFeed's for another tab)
 * names exactly what a read used and no key is typed twice. The one key kept elsewhere is the
 * browser's storage-persistence answer (data/persistence.ts), which is this browser's state, not data.
 */
export const queryKeys = {
  organisation: ['organisation'] as const,
  units: ['units'] as const,
  frameworks: ['frameworks'] as const,
  settings: ['settings'] as const,
  problems: ['problems'] as const,
  assessments: {
    all: ['assessments'] as const,
    list: () => [...queryKeys.assessments.all, 'list'] as const,
    detail: (fiscalYear: number) => [...queryKeys.assessments.all, 'detail', fiscalYear] as const,
  },
  findings: {
    all: ['findings'] as const,
    byAssessment: (assessmentId: string) => [...queryKeys.findings.all, assessmentId] as const,
  },
  measures: {
    all: ['measures'] as const,
    lists: () => [...queryKeys.measures.all, 'list'] as const,
    list: (assessmentId: string, includeArchived: boolean) =>
      [...queryKeys.measures.lists(), assessmentId, { includeArchived }] as const,
    detail: (id: string) => [...queryKeys.measures.all, 'detail', id] as const,
  },
  audit: {
    all: ['audit'] as const,
    byMeasure: (measureId: string) => [...queryKeys.audit.all, measureId] as const,
  },
  progress: {
    all: ['progress'] as const,
    byMeasure: (measureId: string) => [...queryKeys.progress.all, measureId] as const,
    latest: (assessmentId: string) => [...queryKeys.progress.all, 'latest', assessmentId] as const,
    // Beneath the assessment's latest updates on purpose: what refreshes those after a progress
    // write, here or in another tab (changeFeed's keysFor), refreshes the year's updates with them.
    year: (assessmentId: string) => [...queryKeys.progress.latest(assessmentId), 'year'] as const,
  },
  // An update's files (evidenceQueries.ts): a file's bytes never change under its id.
  evidence: {
    all: ['evidence'] as const,
    file: (fileId: string) => [...queryKeys.evidence.all, 'file', fileId] as const,
    usage: () => [...queryKeys.evidence.all, 'usage'] as const,
  },
  // Only on the agency's server, beside the data set rather than in the Store (accountQueries.ts).
  accounts: {
    all: ['accounts'] as const,
  },
  // Only on the agency's server too: what it sends before meetings (reminderQueries.ts).
  reminders: {
    all: ['reminders'] as const,
    settings: ['reminders', 'settings'] as const,
    outlook: ['reminders', 'outlook'] as const,
    sends: ['reminders', 'sends'] as const,
  },
};
