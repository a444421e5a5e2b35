import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createHash } from 'node:crypto';

/** Where the API sends the agency's evidence files (api/evidenceRoutes.ts). */
export const EVIDENCE_PATH = '/api/v1/evidence/';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of a page's inline scripts (those with no src) and inline styles, as CSP sources. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs ?? '')).map(([, , body]) => sha256(body ?? ''));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => sha256(body ?? ''));
  return { scripts, styles };
}

/**
 * Only the app's own origin: its files, its API, its workers. The page's own inline start-up
 * script and its inlined styles (see build/inlineEntryCss.ts) are allowed by their hashes, taken
 * from the page as served, so no 'unsafe-inline'; React sets styles through the CSSOM, which a
 * policy does not restrict, and the page has no style attributes.
 */
export function contentSecurityPolicy(page: string | null): string {
  const { scripts, styles } = page ? inlineHashes(page) : { scripts: [], styles: [] };
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface HeaderOptions {
  /** The page as served, for the hashes of its inline script and styles; null when there is none. */
  page: string | null;
  secureCookies: boolean;
  trustProxy: boolean;
}

/**
 * Whether the request came over https: said by the agency's own proxy (X-Forwarded-Proto, when
 * trusted), else by the URL, else by the operator (secure cookies are only for https).
 */
export function overHttps(c: Context, { secureCookies, trustProxy }: Omit<HeaderOptions, 'page'>): boolean {
  const forwarded = trustProxy ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() : undefined;
  if (forwarded) return forwarded === 'https';
  return new URL(c.req.url).protocol === 'https:' || secureCookies;
}

/**
 * hono's secure headers (nosniff, no framing, no referrer across sites…), the
 * Content-Security-Policy above, and HSTS only over https: sent over http it would tell a
 * browser nothing, and a server on the office network reached by http would only be confusing.
 */
export function securityHeaders(options: HeaderOptions): MiddlewareHandler {
  const policy = contentSecurityPolicy(options.page);
  const base = secureHeaders({ strictTransportSecurity: false });
  return async (c, next) => {
    await base(c, next);
    // An evidence file is sent under its own policy (an image: sandboxed) or none (a PDF: the
    // page's object-src 'none' would stop Chromium's viewer, crbug.com/271452).
    if (!c.req.path.startsWith(EVIDENCE_PATH)) c.header('Content-Security-Policy', policy);
    if (overHttps(c, options)) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
