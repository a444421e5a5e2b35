import type { Store } from '../../data/store';
import type { MeasuresDocument } from '../../domain/reports/measuresDocument';
import type { ProgressReport } from '../../domain/reports/progressReport';
import type { Signatures } from './signatures';

type Numerals = 'thai' | 'arabic';

// Each writer is imported only when its button is pressed: the Word library stays out of the first visit.
export const measuresWordFile = (doc: MeasuresDocument, signatures: Signatures, numerals: Numerals) => async () =>
  (await import('./measuresDocx')).measuresDocx(doc, signatures, numerals);

/**
 * The progress report's Word file, its pictures read from the store. A picture that cannot be
 * read (gone from the server, or the network down) is named instead of shown: the rest of the
 * report is still worth having.
 */
export const progressWordFile = (store: Pick<Store, 'readEvidence'>, report: ProgressReport, signatures: Signatures, numerals: Numerals) => async () => {
  const { progressDocx } = await import('./progressDocx');
  return progressDocx(report, signatures, numerals, async (file) => {
    try {
      return new Uint8Array(await (await store.readEvidence(file.id)).blob.arrayBuffer());
    } catch {
      return null;
    }
  });
};
