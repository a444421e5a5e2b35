export interface NoticeFeed {
  subscribe(listener: (notice: string) => void): () => void;
}

/** Carries notices from code that runs outside React (the database's callbacks) to the screen. */
export function createNoticeFeed(): NoticeFeed & { publish(notice: string): void } {
  const listeners = new Set<(notice: string) => void>();
  const early: string[] = [];
  return {
    publish(notice) {
      if (listeners.size === 0) early.push(notice);
      listeners.forEach((listener) => listener(notice));
    },
    subscribe(listener) {
      listeners.add(listener);
      early.splice(0).forEach(listener);
      return () => listeners.delete(listener);
    },
  };
}
