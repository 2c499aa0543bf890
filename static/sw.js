// Learning Model Canvas works offline after the first visit: this service
// worker keeps the app shell (the page, its script, wasm and styles) and
// the templates. The page and the templates are asked of the network first,
// so a new version arrives as soon as it is published; the script, wasm and
// styles carry a hash in their names and never change, so they come from
// the cache when it has them (faster, and no re-download on each visit).
const CACHE = 'lmc-v1';

// The page's own files, read from the page itself (their names carry a
// hash that changes with each build).
async function shell() {
  const page = await (await fetch('./', { cache: 'no-store' })).text();
  const files = [...page.matchAll(/(?:href|src|module_or_path:)\s*=?\s*["']\.\/([^"']+)["']/g)].map((m) => './' + m[1]);
  let templates = [];
  try {
    const index = await (await fetch('./templates/index.json', { cache: 'no-store' })).json();
    templates = ['./templates/index.json', ...index.templates.map((id) => `./templates/${id}.json`)];
  } catch (e) {
    // No templates on this site: the app works without them.
  }
  return ['./', ...new Set(files), ...templates];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(await shell());
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (/-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(new URL(request.url).pathname)) {
        const kept = await cache.match(request, { ignoreSearch: true });
        if (kept) return kept;
      }
      try {
        const fresh = await fetch(request);
        if (fresh.ok) await cache.put(request, fresh.clone());
        return fresh;
      } catch (offline) {
        const kept = await cache.match(request, { ignoreSearch: true });
        if (kept) return kept;
        if (request.mode === 'navigate') {
          const page = await cache.match('./');
          if (page) return page;
        }
        throw offline;
      }
    })(),
  );
});
