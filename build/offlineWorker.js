// The offline service worker (browser-storage mode). The build puts two constants before this
// text: VERSION, a hash of what it precaches, and PRECACHE, the files to keep. Plain JS: it runs
// in the worker as written, outside the app's bundle.
const CACHE = `ita-app-${VERSION}`;

self.addEventListener('install', (event) => {
  // Every screen's chunk is fetched now, not when first opened, so a screen never opened while
  // online still opens offline.
  event.waitUntil(
    (async () => {
      // From the server, not the browser's HTTP cache, which may still hold the last version's page.
      await (await caches.open(CACHE)).addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
      // A new version of this worker waits for the app's tabs to close, so a page never loses the
      // files it was built with. Another worker (the mocked API's, after switching back to
      // browser storage) is replaced at once, or the app would not work offline until then.
      const active = self.registration.active;
      if (active && active.scriptURL !== self.location.href) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('ita-app-') && n !== CACHE).map((n) => caches.delete(n)));
      // The page that installed this worker is served by it at once, so it works offline
      // without a second visit.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page from the network when there is one, so a new version shows at the next visit;
    // the kept copy when there is not.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(new URL('index.html', self.registration.scope).href, { cacheName: CACHE, ignoreVary: true })) ?? Response.error()),
    );
    return;
  }
  // Files with a content hash in their name never change: the kept copy is always right.
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreVary: true }).then((kept) => kept ?? fetch(request)));
});
