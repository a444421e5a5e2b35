import type { Plugin, ResolvedConfig } from 'vite';
import type { Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** Marks the preloads only a first visit in browser storage runs; the agency's server drops them. */
export const FIRST_VISIT_ATTR = 'data-first-visit';

interface Options {
  /** The app's start, which main.tsx imports dynamically. */
  start?: string;
  /** Modules a first visit waits for after the start: the seed document, on an empty database. */
  firstVisit?: string[];
}

function chunkFor(bundle: OutputBundle, source: string): OutputChunk {
  const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith(source));
  if (chunk?.type !== 'chunk') throw new Error(`preloadAppStart: no chunk for ${source}`);
  return chunk;
}

/** The chunk built from `source` and every chunk it imports statically, directly or not. */
export function staticClosure(bundle: OutputBundle, source: string): OutputChunk[] {
  const chunks: OutputChunk[] = [];
  const visit = (chunk: OutputChunk) => {
    if (chunks.includes(chunk)) return;
    chunks.push(chunk);
    for (const fileName of chunk.imports) {
      const imported = bundle[fileName];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(chunkFor(bundle, source));
  return chunks;
}

/**
 * Lists the app's start (src/app/startApp.tsx) and what it imports as modulepreloads in
 * index.html. main.tsx imports it dynamically, so that evaluating it is a task of its own after
 * the starting shell; but then the browser learnt of these files only once the entry had run, one
 * round trip late on a phone's connection (Lighthouse mobile: LCP 2.57 s → 2.32 s with them
 * preloaded). Preloading fetches and compiles; it does not evaluate, so the split stays.
 *
 * The seed document is preloaded too: a first visit asked for it only after opening the empty
 * database, one more round trip before the dashboard. Later visits in browser storage preload it
 * as well, from the offline worker's cache, and compile but never run it (about 32 KB, and the
 * timeframe parser the seed reads its timeframes with, about 21 KB): a fetch from the cache and a
 * compile are cheaper than the round trip a first visit would otherwise wait. The agency's server,
 * which never seeds, removes the tag ({@link FIRST_VISIT_ATTR}).
 */
export function preloadAppStart({ start = 'src/app/startApp.tsx', firstVisit = [] }: Options = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ita:preload-app-start',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const files = new Map<string, string>();
        for (const chunk of staticClosure(bundle, start)) files.set(chunk.fileName, '');
        for (const source of firstVisit) {
          for (const chunk of staticClosure(bundle, source)) if (!files.has(chunk.fileName)) files.set(chunk.fileName, ` ${FIRST_VISIT_ATTR}`);
        }
        const tags = [...files]
          .map(([file, attrs]) => [`${config.base}${file}`, attrs])
          .filter(([href]) => !html.includes(`"${href}"`))
          .map(([href, attrs]) => `<link rel="modulepreload" crossorigin href="${href}"${attrs}>`)
          .join('\n    ');
        return tags ? html.replace(/(\s*)<\/head>/, `\n    ${tags}$1</head>`) : html;
      },
    },
  };
}
