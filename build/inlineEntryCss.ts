import type { Plugin } from 'vite';

/**
 * Puts the entry's stylesheet into index.html itself. As a file it was a request the first paint
 * had to wait for, one round trip after the HTML; on a phone's connection that was the largest
 * render-blocking cost Lighthouse found (about 300 ms). Lazy screens keep their own CSS files,
 * and the entry's file stays written too: the manifest, and so the size check, still name it.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'ita:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const bundle = ctx.bundle;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') return tag;
          // A `</style` inside the CSS would end the element early; the CSS never holds one, but
          // if it ever did the file stays linked rather than the page breaking.
          const css = String(asset.source);
          if (/<\/style/i.test(css)) return tag;
          return `<style>${css}</style>`;
        });
      },
    },
  };
}
