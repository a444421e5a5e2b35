import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { actorFrom } from '../../api/respond';
import { createApiApp } from '../../server/app';
import { createPgStore } from '../../server/store/pgStore';
import { freshDatabase } from './database';

/**
 * The API server on a database of its own, on a free loopback port. Who is acting comes from the
 * request's headers, as the mocked API reads it; sign-in is tested on its own.
 */
export async function startTestServer() {
  const db = await freshDatabase();
  const app = createApiApp({ storeFor: (actor) => createPgStore({ pool: db.pool, actor: () => actor }), actorOf: actorFrom, log: () => undefined });
  let server: ServerType | undefined;
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  const base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
  return {
    db,
    base,
    close: async () => {
      await new Promise((resolve) => server?.close(resolve));
      await db.drop();
    },
  };
}
