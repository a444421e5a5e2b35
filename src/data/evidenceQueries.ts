import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { EvidenceFile } from '../domain/evidence/schema';
import { queryKeys } from './queryKeys';
import { useStore } from './storeContext';

/**
 * An address for a blob that lives as long as the component showing it: made on mount, revoked
 * on unmount or when the blob changes, so a page of thumbnails leaves no bytes pinned behind it.
 */
export function useObjectUrl(blob: Blob | null | undefined): string | null {
  const [url, setUrl] = useState<{ blob: Blob; url: string } | null>(null);
  useEffect(() => {
    if (!blob) return;
    const made = URL.createObjectURL(blob);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is an outside resource: made here so the cleanup can revoke it
    setUrl({ blob, url: made });
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  // A URL made for the blob shown before, already revoked, is never handed out.
  return blob && url?.blob === blob ? url.url : null;
}

export interface EvidenceSource {
  /** For an <img> or a link; null while the bytes are read (browser store) or when they could not be. */
  url: string | null;
  error: Error | null;
}

/**
 * Where one kept file can be shown or downloaded from: the server's own address when the store
 * has one (cookie-authenticated, cached by the browser), else the bytes read from the browser's
 * storage behind an object URL.
 */
export function useEvidenceSource(file: EvidenceFile, enabled = true): EvidenceSource {
  const store = useStore();
  const direct = store.evidenceUrl(file.id);
  const kept = useQuery({
    queryKey: queryKeys.evidence.file(file.id),
    queryFn: async () => (await store.readEvidence(file.id)).blob,
    enabled: enabled && direct === null,
    // An id's bytes never change; a withdrawn update's file is simply no longer asked for.
    staleTime: Infinity,
  });
  const local = useObjectUrl(direct === null ? kept.data : null);
  return { url: direct ?? local, error: kept.error };
}

/** The space the agency's files take, and its limit where there is one (the server's quota). */
export function useEvidenceUsage() {
  const store = useStore();
  return useQuery({ queryKey: queryKeys.evidence.usage(), queryFn: () => store.evidenceUsage() });
}
