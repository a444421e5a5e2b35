import { createContext, useContext, type ReactNode } from 'react';
import type { DataSet } from '../domain/schemas/dataSet';

type Sample = (() => Promise<DataSet>) | null;

/**
 * The sample municipality a first run may load. Not the session's `seed`: that one also offers
 * settings' reset, which the agency's server must never show, yet an empty server may start
 * from the sample.
 */
const SampleContext = createContext<Sample>(null);

export function SampleDataProvider({ sample, children }: { sample: Sample; children: ReactNode }) {
  return <SampleContext.Provider value={sample}>{children}</SampleContext.Provider>;
}

export function useSampleData(): Sample {
  return useContext(SampleContext);
}
