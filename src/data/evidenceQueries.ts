import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * Addresses for several blobs at once (a form's thumbnails, a record's files), each made when its
 * blob first shows up and revoked when it leaves the list or the component unmounts; a blob that
 * stays keeps its address, so adding a file does not reload the others.
 */
export function useObjectUrls(blobs: readonly Blob[]): (blob: Blob | null | undefined) => string | null {
  const live = useRef(new Map<Blob, string>());
  const [urls, setUrls] = useState<ReadonlyMap<Blob, string>>(() => new Map());
  // Members are compared, not the list's identity: a caller may make the list anew each render.
  useEffect(() => {
    const wanted = new Set(blobs);
    let changed = false;
    for (const blob of wanted) {
      if (live.current.has(blob)) continue;
      live.current.set(blob, URL.createObjectURL(blob));
      changed = true;
    }
    for (const [blob, url] of live.current) {
      if (wanted.has(blob)) continue;
      URL.revokeObjectURL(url);
      live.current.delete(blob);
      changed = true;
    }
    if (changed) setUrls(new Map(live.current));
  }, [blobs]);
  useEffect(() => {
    const made = live.current;
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url);
      made.clear();
    };
  }, []);
  // A blob's address goes from `urls` in the same pass that revokes it, so a revoked one is never handed out.
  return useCallback((blob: Blob | null | undefined) => (blob ? (urls.get(blob) ?? null) : null), [urls]);
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

/**
 * Where each of a record's kept files is read from, as useEvidenceSource says for one: for a list
 * of files shown together (an update's, a finding's), since hooks cannot be called per file.
 */
export function useEvidenceSources(files: readonly EvidenceFile[], enabled = true): (file: EvidenceFile) => EvidenceSource {
  const store = useStore();
  const local = files.filter((file) => store.evidenceUrl(file.id) === null);
  const kept = useQueries({
    queries: local.map((file) => ({
      queryKey: queryKeys.evidence.file(file.id),
      queryFn: async () => (await store.readEvidence(file.id)).blob,
      enabled,
      staleTime: Infinity,
    })),
  });
  const read = new Map(local.map((file, i) => [file.id, kept[i]]));
  const urlOf = useObjectUrls(kept.flatMap((q) => (q.data ? [q.data] : [])));
  return (file) => {
    const direct = store.evidenceUrl(file.id);
    if (direct !== null) return { url: direct, error: null };
    const query = read.get(file.id);
    return { url: urlOf(query?.data), error: query?.error ?? null };
  };
}

/** The space the agency's files take, and its limit where there is one (the server's quota). */
export function useEvidenceUsage() {
  const store = useStore();
  return useQuery({ queryKey: queryKeys.evidence.usage(), queryFn: () => store.evidenceUsage() });
}
