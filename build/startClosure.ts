import { resolve } from 'node:path';
import { normalizePath, type Plugin } from 'vite';

/**
 * Which modules the app's start reaches through static imports: the first screen needs those,
 * and only those should be in the shared chunk every first visit downloads. Bundling one shared
 * chunk for every module two chunks use made each first visit download and evaluate the reports',
 * the meeting screen's and the forms' rules too. The plugin walks the module graph once it is
 * complete (buildEnd, before chunks are made); `reached` answers the chunking groups' tests.
 */
export function startClosure(starts: readonly string[]): { plugin: Plugin; reached: (id: string) => boolean } {
  let seen: Set<string> | null = null;
  const plugin: Plugin = {
    name: 'ita:start-closure',
    apply: 'build',
    buildEnd(error) {
      // A failed build has no whole graph to walk; its own error is the one to see.
      if (error) return;
      const found = new Set<string>();
      // Module ids use forward slashes on every system.
      const queue = starts.map((file) => normalizePath(resolve(file)));
      while (queue.length > 0) {
        const id = queue.pop() as string;
        if (found.has(id)) continue;
        const info = this.getModuleInfo(id);
        if (!info) throw new Error(`startClosure: ${id} is not in the build`);
        found.add(id);
        queue.push(...info.importedIds);
      }
      seen = found;
    },
  };
  const reached = (id: string) => {
    if (!seen) throw new Error('startClosure: asked before the module graph was walked');
    return seen.has(id);
  };
  return { plugin, reached };
}
