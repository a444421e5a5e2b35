import type { Plugin } from 'vite';
import type { Rollup } from 'vite';
import { staticClosure } from './preloadAppStart.ts';

/** The `<style>` for a stylesheet, and its link kept disabled (see below); null if it cannot be inlined. */
function inlined(bundle: Rollup.OutputBundle, href: string, fileName: string): string | null {
  const asset = bundle[fileName];
  if (asset?.type !== 'asset') return null;
  // A `</style` inside the CSS would end the element early; the CSS never holds one, but if it
  // ever did the file stays linked rather than the page breaking.
  const css = String(asset.source);
  if (/<\/style/i.test(css)) return null;
  return `<style>${css}</style>\n    <link rel="stylesheet" href="${href}" disabled>`;
}

/**
 * Puts the entry's stylesheet into index.html itself, and that of the app's start (which main.tsx
 * imports dynamically). As files they were requests the first paint or the dashboard had to wait
 * for, one round trip after the HTML or after the scripts; on a phone's connection that was the
 * largest render-blocking cost Lighthouse found (about 300 ms). Lazy screens keep their own CSS
 * files, and these files stay written too: the manifest, and so the size check, still name them.
 *
 * Each file's link stays in the page, disabled: a disabled stylesheet is never fetched, and the
 * loader of lazy chunks skips a stylesheet the page already links. Without it that loader fetched
 * the inlined file again and held the app's start until it arrived.
 */
export function inlineEntryCss({ start = 'src/app/startApp.tsx' }: { start?: string } = {}): Plugin {
  let base = '/';
  return {
    name: 'ita:inline-entry-css',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const bundle = ctx.bundle;
        const entryCss = html.replace(/<link rel="stylesheet"[^>]*href="(\/([^"]+\.css))"[^>]*>/g, (tag, href: string, fileName: string) => inlined(bundle, href, fileName) ?? tag);
        const startCss = staticClosure(bundle, start)
          .flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])])
          .filter((fileName, i, all) => all.indexOf(fileName) === i && !entryCss.includes(`"${base}${fileName}"`))
          .map((fileName) => inlined(bundle, `${base}${fileName}`, fileName) ?? `<link rel="stylesheet" href="${base}${fileName}">`);
        if (startCss.length === 0) return entryCss;
        // Before the entry's own styles, where the shared chunk's stylesheet stood when the entry imported it.
        const at = entryCss.search(/<style>|<link rel="stylesheet"/);
        const tags = `${startCss.join('\n    ')}\n    `;
        return at < 0 ? entryCss.replace('</head>', `${tags}</head>`) : entryCss.slice(0, at) + tags + entryCss.slice(at);
      },
    },
  };
}
