import type { Context } from 'hono';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompress, constants, gzipSync } from 'node:zlib';

/** A file of the build, held in memory with its compressed forms. */
export interface StaticFile {
  body: Uint8Array;
  type: string;
  etag: string;
  gzip?: Uint8Array;
  /** Made in the background after the start (best compression takes seconds); gzip until then. */
  br?: Uint8Array;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
// Fonts and pictures are compressed already; text shrinks to a third or less.
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
const SMALLEST = 1024;
let brotliQueue = Promise.resolve();

/** The file's bytes, with their gzip form at once and their brotli form when it is ready. */
export function staticFile(body: Uint8Array, type: string): StaticFile {
  // Weak: the same file is sent in three encodings, equal in meaning, not in bytes.
  const file: StaticFile = { body, type, etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  if (COMPRESSIBLE.test(type) && body.length >= SMALLEST) {
    file.gzip = gzipSync(body, { level: 9 });
    // On zlib's own threads, so the server answers (with gzip) meanwhile; one file at a time,
    // so that a server just restarted keeps a core for its requests (all at once took both
    // cores for seconds).
    brotliQueue = brotliQueue.then(
      () =>
        new Promise<void>((resolve) => {
          brotliCompress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }, (error, result) => {
            if (!error) file.br = result;
            resolve();
          });
        }),
    );
  }
  return file;
}

/** Every file of the build under `root` by its URL path, except index.html (the page is made of it) and dot-folders (.vite). */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const url = `/${relative(root, path).split(sep).join('/')}`;
        if (url !== '/index.html') files.set(url, staticFile(readFileSync(path), TYPES[extname(path)] ?? 'application/octet-stream'));
      }
    }
  };
  walk(root);
  return files;
}

/** The encodings a request accepts, by name; one refused with q=0 is not accepted. */
function accepted(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) names.add(name);
  }
  return names;
}

/** Answers with `file`: brotli or gzip when the browser takes them, 304 when it has this very file. */
export function sendFile(c: Context, file: StaticFile, cacheControl: string): Response {
  const headers = new Headers({ 'Content-Type': file.type, 'Cache-Control': cacheControl, ETag: file.etag });
  if (file.gzip) headers.set('Vary', 'Accept-Encoding');
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  if (c.req.header('if-none-match')?.split(',').some((tag) => weak(tag) === weak(file.etag) || tag.trim() === '*')) {
    return new Response(null, { status: 304, headers });
  }
  const encodings = accepted(c.req.header('accept-encoding'));
  const [encoding, body] =
    file.br && encodings.has('br') ? ['br', file.br] : file.gzip && encodings.has('gzip') ? ['gzip', file.gzip] : [null, file.body];
  if (encoding) headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(body.length));
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
