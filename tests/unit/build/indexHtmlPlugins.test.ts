import { resolve } from 'node:path';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook, Plugin, ResolvedConfig, Rollup } from 'vite';
import { inlineEntryCss } from '../../../build/inlineEntryCss';
import { FIRST_VISIT_ATTR, preloadAppStart } from '../../../build/preloadAppStart';
import { startClosure } from '../../../build/startClosure';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], css: string[] = []) =>
  ({ type: 'chunk', fileName, facadeModuleId, imports, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } }) as unknown as Rollup.OutputChunk;
const asset = (fileName: string, source: string) => ({ type: 'asset', fileName, source }) as unknown as Rollup.OutputAsset;

/** A build like ours: the entry needs React only; the app's start needs the shared chunk and its stylesheet. */
function bundle(sharedCss = '.shared{color:blue}'): Rollup.OutputBundle {
  return Object.fromEntries(
    [
      chunk('assets/index-A.js', '/app/src/app/main.tsx', ['assets/react-B.js'], ['assets/index-A.css']),
      chunk('assets/react-B.js', null, []),
      chunk('assets/startApp-C.js', '/app/src/app/startApp.tsx', ['assets/shared-D.js', 'assets/react-B.js']),
      chunk('assets/shared-D.js', null, ['assets/react-B.js'], ['assets/shared-D.css']),
      chunk('assets/seedDataSet-E.js', '/app/mocks/seedDataSet.ts', ['assets/shared-D.js', 'assets/seedOnly-F.js']),
      chunk('assets/seedOnly-F.js', null, []),
      asset('assets/index-A.css', '.entry{color:red}'),
      asset('assets/shared-D.css', sharedCss),
    ].map((file) => [file.fileName, file]),
  );
}

const HTML = `<html><head>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-B.js">
    <link rel="stylesheet" crossorigin href="/assets/index-A.css">
  </head><body></body></html>`;

function transform(plugin: Plugin, html: string, files: Rollup.OutputBundle): string {
  (plugin.configResolved as (c: Partial<ResolvedConfig>) => void)({ base: '/' });
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, { bundle: files, path: '/index.html', filename: 'index.html' } as IndexHtmlTransformContext) as string;
}

describe('preloadAppStart', () => {
  it('preloads the app’s start and what it imports, once each, and the seed’s chunks marked for a first visit only', () => {
    const html = transform(preloadAppStart({ firstVisit: ['mocks/seedDataSet.ts'] }), HTML, bundle());
    const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)"([^>]*)>/g)].map((m) => [m[1], m[2]]);
    expect(preloads).toEqual([
      ['/assets/react-B.js', ''],
      ['/assets/startApp-C.js', ''],
      ['/assets/shared-D.js', ''],
      ['/assets/seedDataSet-E.js', ` ${FIRST_VISIT_ATTR}`],
      ['/assets/seedOnly-F.js', ` ${FIRST_VISIT_ATTR}`],
    ]);
  });

  it('fails the build when the start it is told of is not a chunk', () => {
    expect(() => transform(preloadAppStart({ start: 'src/app/gone.tsx' }), HTML, bundle())).toThrow('no chunk for src/app/gone.tsx');
  });
});

describe('inlineEntryCss', () => {
  it('writes the entry’s and the start’s stylesheets into the page, the start’s first, each file linked but disabled', () => {
    const html = transform(inlineEntryCss(), HTML, bundle());
    const shared = html.indexOf('<style>.shared{color:blue}</style>\n    <link rel="stylesheet" href="/assets/shared-D.css" disabled>');
    const entry = html.indexOf('<style>.entry{color:red}</style>\n    <link rel="stylesheet" href="/assets/index-A.css" disabled>');
    expect(shared).toBeGreaterThan(0);
    expect(entry).toBeGreaterThan(shared);
    // No stylesheet the browser would fetch: each is in the page already.
    expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)[^>]*>/);
  });

  it('leaves a stylesheet that would end its <style> early as a plain link', () => {
    const html = transform(inlineEntryCss(), HTML, bundle('.x::after{content:"</style>"}'));
    expect(html).toContain('<link rel="stylesheet" href="/assets/shared-D.css">');
    expect(html).toContain('<style>.entry{color:red}</style>');
  });
});

describe('startClosure', () => {
  // a → b → c statically; a ⇢ lazy dynamically; lazy → c, d.
  const graph: Record<string, string[]> = {
    [resolve('src/a.ts')]: [resolve('src/b.ts')],
    [resolve('src/b.ts')]: [resolve('src/c.ts')],
    [resolve('src/c.ts')]: [],
    [resolve('src/lazy.ts')]: [resolve('src/c.ts'), resolve('src/d.ts')],
    [resolve('src/d.ts')]: [],
  };
  const walk = (starts: string[]) => {
    const closure = startClosure(starts);
    const buildEnd = closure.plugin.buildEnd as (this: unknown) => void;
    buildEnd.call({ getModuleInfo: (id: string) => (graph[id] ? { importedIds: graph[id] } : null) });
    return closure.reached;
  };

  it('holds what the starts import statically, directly or not, and nothing only a lazy chunk imports', () => {
    const reached = walk(['src/a.ts']);
    expect(['a', 'b', 'c', 'lazy', 'd'].map((m) => reached(resolve(`src/${m}.ts`)))).toEqual([true, true, true, false, false]);
  });

  it('fails the build for a start that is not in it, and refuses to answer before the graph is walked', () => {
    expect(() => walk(['src/gone.ts'])).toThrow('is not in the build');
    expect(() => startClosure(['src/a.ts']).reached(resolve('src/a.ts'))).toThrow('before the module graph was walked');
  });
});
