import { afterEach, beforeEach, vi } from 'vitest';

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * jsdom makes no object URLs and saves no files: for each test of the calling describe block,
 * what the app would save is kept in the returned list instead (emptied before every test).
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  let lastBlob: Blob | null = null;
  beforeEach(() => {
    downloads.length = 0;
    lastBlob = null;
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        lastBlob = blob;
        return 'blob:test';
      },
      revokeObjectURL: () => undefined,
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (lastBlob) downloads.push({ name: this.download, blob: lastBlob });
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return downloads;
}
