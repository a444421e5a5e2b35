/** The one source of query keys, so invalidation is exact and no key is typed twice. */
export const queryKeys = {
  organisation: ['organisation'] as const,
  settings: ['settings'] as const,
  assessments: {
    all: ['assessments'] as const,
    list: () => [...queryKeys.assessments.all, 'list'] as const,
    detail: (fiscalYear: number) => [...queryKeys.assessments.all, 'detail', fiscalYear] as const,
  },
  findings: {
    all: ['findings'] as const,
    byAssessment: (assessmentId: string) => [...queryKeys.findings.all, assessmentId] as const,
  },
};
