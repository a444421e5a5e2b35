// The container's health check (Dockerfile HEALTHCHECK), built to dist-server/healthcheck.js:
// slim images have no curl. Exit 0 when the server answers GET /api/v1/health with 200 (the
// database answered it too); 1 otherwise, with the reason on stderr for `docker inspect`.
/* global process, fetch, AbortSignal, console */
const port = process.env.PORT || '8080';
const url = `http://127.0.0.1:${port}/api/v1/health`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
  const body = await response.text();
  if (response.status !== 200) {
    console.error(`${url}: ${response.status} ${body}`);
    process.exit(1);
  }
  console.log(`${url}: ${body}`);
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? (error.cause ?? error).toString() : String(error)}`);
  process.exit(1);
}
