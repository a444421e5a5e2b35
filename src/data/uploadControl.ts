import { useCallback, useRef, useState } from 'react';
import type { EvidenceUpload } from './store';

/** How much of an upload has gone, in bytes. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * The sending side of a save with files: `begin` gives the store's `onProgress` and `signal` for
 * one call, `upload` says how much has gone (the HTTP store tells as the bytes leave), and
 * `cancel` stops it, after which the store keeps nothing and `cancelled` says it was the person's doing.
 */
export function useUploadControl() {
  const [upload, setUpload] = useState<UploadProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const sending = useRef<AbortController | null>(null);
  const begin = useCallback((): { options: Required<Pick<EvidenceUpload, 'onProgress' | 'signal'>>; end: () => void } => {
    const controller = new AbortController();
    sending.current = controller;
    setCancelled(false);
    setUpload(null);
    return {
      options: { onProgress: (sent, total) => setUpload({ sent, total }), signal: controller.signal },
      end: () => {
        if (sending.current === controller) sending.current = null;
        setUpload(null);
      },
    };
  }, []);
  const cancel = useCallback(() => {
    if (!sending.current) return;
    setCancelled(true);
    sending.current.abort();
  }, []);
  return { begin, cancel, upload, cancelled };
}
