// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import tailwindcss from '@tailwindcss/vite';

// Radiant storefront: server-rendered Astro (Node standalone server, `node dist/server/entry.mjs`
// with HOST/PORT), Tailwind CSS v4 through its Vite plugin. Only the Vendure Shop API is used,
// server side (VENDURE_SHOP_API_URL, default http://localhost:3000/shop-api).
export default defineConfig({
    output: 'server',
    adapter: node({ mode: 'standalone' }),
    server: { port: 4321 },
    // Astro's own origin check needs `security.allowedDomains` fixed at build time (without it
    // Astro sees every request as http://localhost); src/middleware.ts checks the Origin of POSTs
    // against the Host header instead, and the cookies are SameSite=Lax.
    security: { checkOrigin: false },
    // No telemetry, no prefetch, no network at build time.
    prefetch: false,
    devToolbar: { enabled: false },
    // The stylesheet is inlined in every page: no render-blocking request (pages are gzipped).
    build: { inlineStylesheets: 'always' },
    vite: {
        // Cast: the root workspace also has a newer Vite whose plugin types differ.
        plugins: [/** @type {any} */ (tailwindcss())],
    },
});
