import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Chunks an offline visit never needs: the mocked API is for demonstrations and tests. */
const NOT_OFFLINE = ['mocks/browser.ts'];

/**
 * Emits `sw.js`, the offline service worker, with the list of every file the build wrote (the
 * app's chunks, styles, fonts, index.html and the public folder), except the mocked API's chunks.
 */
export function offlineWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'ita:offline-worker',
    apply: 'build',
    // After index.html is written into the bundle, so the list can hold it.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const skipped = new Set(
        Object.values(bundle)
          .filter((o) => o.type === 'chunk' && NOT_OFFLINE.some((m) => o.facadeModuleId?.endsWith(m)))
          .map((o) => o.fileName),
      );
      const publicFiles = readdirSync(publicDir).filter((f) => f !== 'mockServiceWorker.js');
      const files = [
        ...Object.keys(bundle).filter(
          // Every browser with service workers reads woff2; the woff copies are for older ones.
          (f) => !skipped.has(f) && !f.startsWith('.vite/') && !f.endsWith('.woff'),
        ),
        ...publicFiles,
      ];
      // Relative to the worker's own address, so the app works offline wherever it is hosted.
      const precache = files.sort();
      const body = readFileSync(fileURLToPath(new URL('./offlineWorker.js', import.meta.url)), 'utf8');
      // Hashed names change with their content; index.html, the public files and the worker
      // itself do not have one, so their content goes into the version too.
      const hash = createHash('sha256').update(precache.join('\n')).update(body);
      for (const f of publicFiles) hash.update(readFileSync(join(publicDir, f)));
      const html = bundle['index.html'];
      if (html?.type === 'asset') hash.update(String(html.source));
      const version = hash.digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\n${body}`,
      });
    },
  };
}
