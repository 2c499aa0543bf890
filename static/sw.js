// Learning Model Canvas works offline after the first visit: this service
// worker keeps the app shell (the page, its script, wasm and styles) and
// the templates. The page and the templates are asked of the network first,
// so a new version arrives as soon as it is published; the script, wasm and
// styles carry a hash in their names and never change, so they come from
// the cache when it has them (faster, and no re-download on each visit).
//
// Each build stamps its own name on the cache (scripts/csp.sh replaces
// BUILD_STAMP), so a new version installs afresh and the old cache goes.
// The name also says whose cache it is: this app at this scope. Other apps
// on the same origin (another path, another tool) keep theirs.
const OWN = `lmc:${self.registration.scope}:`;
const CACHE = OWN + 'BUILD_STAMP';
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The page's own files, read from the page itself.
      const page = await fetch('./', { cache: 'no-store' });
      // An error page is never kept as the app: this install fails, and the
      // version installed before (if any) goes on serving.
      if (page.status !== 200 || page.type !== 'basic') throw new Error(`the page answered ${page.status}`);
      const html = await page.clone().text();
      const files = [...html.matchAll(/(?:href|src|module_or_path:)\s*=?\s*["']\.\/([^"']+)["']/g)].map(
        (m) => './' + m[1],
      );
      await cache.put('./', page);
      await cache.addAll([...new Set(files), './manifest.webmanifest', './icon.svg']);
      // Templates one by one: a missing one must not stop the rest.
      try {
        const index = await (await fetch('./templates/index.json', { cache: 'no-store' })).json();
        const urls = ['./templates/index.json', ...index.templates.map((id) => `./templates/${id}.json`)];
        await Promise.allSettled(urls.map((url) => cache.add(url)));
      } catch (e) {
        // No templates on this site: the app works without them.
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(OWN) && key !== CACHE) await caches.delete(key);
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
      if (HASHED.test(new URL(request.url).pathname)) {
        const kept = await cache.match(request, { ignoreSearch: true });
        if (kept) return kept;
      }
      let fresh;
      try {
        fresh = await fetch(request);
      } catch (offline) {
        const kept = await cache.match(request, { ignoreSearch: true });
        if (kept) return kept;
        if (request.mode === 'navigate') {
          const page = await cache.match('./');
          if (page) return page;
        }
        throw offline;
      }
      // Keep whole, plain answers only; a failed write never hides the answer.
      if (fresh.status === 200 && fresh.type === 'basic') {
        event.waitUntil(cache.put(request, fresh.clone()).catch(() => {}));
      }
      return fresh;
    })(),
  );
});
