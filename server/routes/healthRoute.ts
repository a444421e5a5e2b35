import type { Hono } from 'hono';
import type { Pool } from 'pg';

/**
 * GET /api/v1/health, for compose's and systemd's checks and the IT person's curl: 200 when
 * PostgreSQL answers, 503 when it does not. No session needed, and nothing of the data told.
 */
export function addHealthRoute(app: Hono, pool: Pool, timeoutMs = 3000): void {
  app.get('/api/v1/health', async (c) => {
    const database = await Promise.race([
      pool.query('SELECT 1').then(
        () => 'ok' as const,
        () => 'unavailable' as const,
      ),
      new Promise<'unavailable'>((resolve) => setTimeout(() => resolve('unavailable'), timeoutMs).unref()),
    ]);
    const headers = { 'Cache-Control': 'no-store', ...(database === 'ok' ? {} : { 'Retry-After': '5' }) };
    return c.json({ database }, database === 'ok' ? 200 : 503, headers);
  });
}
