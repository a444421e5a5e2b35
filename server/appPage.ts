/**
 * The app's page as this server serves it: marked as talking to the server (sign-in, no browser
 * storage), and without the preloads only a first visit in browser storage uses (the seed
 * document, which a server never needs; the build marks them data-first-visit, see
 * build/preloadAppStart.ts).
 */
export function appPage(indexHtml: string): string {
  return indexHtml
    .replace('<head>', '<head>\n    <meta name="ita-data-source" content="server">')
    .replace(/\n?[ \t]*<link [^>]*\bdata-first-visit\b[^>]*>/g, '');
}
