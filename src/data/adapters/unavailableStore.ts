import type { Store } from '../store';
import type { StoreError } from '../storeError';

/**
 * Stands in when the data cannot be opened at all, so the app still renders: every screen shows
 * the reason through its usual error state, and nothing is written anywhere.
 */
export function createUnavailableStore(error: StoreError): Store {
  const fail = () => Promise.reject(error);
  return {
    getOrganisation: fail,
    listUnits: fail,
    listFrameworks: fail,
    listAssessments: fail,
    getAssessment: fail,
    listFindings: fail,
    listMeasures: fail,
    getMeasure: fail,
    listProgress: fail,
    listLatestProgress: fail,
    listYearProgress: fail,
    listAudit: fail,
    getSettings: fail,
    createMeasure: fail,
    updateMeasure: fail,
    setMeasureArchived: fail,
    appendProgress: fail,
    withdrawProgress: fail,
    updateSettings: fail,
    saveOrganisation: fail,
    saveUnit: fail,
    saveFramework: fail,
    saveAssessment: fail,
    saveFinding: fail,
    exportData: fail,
    replaceData: fail,
    listProblems: fail,
    readEvidence: fail,
    evidenceUrl: () => null,
    evidenceUsage: fail,
  };
}
