// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import tailwindcss from '@tailwindcss/vite';
import { randomBytes } from 'node:crypto';

// Identifies this build in the page cache's keys: pages stored by another build (other templates)
// are never served by this one, even from a Redis shared across a deploy.
const buildId = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

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
    experimental: {
        // Content-Security-Policy (docs/security.md): Astro hashes the scripts and styles it renders
        // inline (the stylesheet, the small component scripts) and sends the policy as a response
        // header on every server-rendered page. No inline script runs unless hashed here, and
        // nothing loads from elsewhere but what Stripe documents for Stripe.js and its frames
        // (https://docs.stripe.com/security/guide#content-security-policy). src/middleware.ts adds
        // the loopback origins of a plain-http development shop (asset server, CinetPay simulator).
        csp: {
            scriptDirective: {
                resources: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'],
            },
            directives: [
                "default-src 'self'",
                "img-src 'self' data: https:",
                "font-src 'self'",
                "connect-src 'self' https://api.stripe.com",
                'frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com',
                // CinetPay: the payment page answers a form POST with a 303 to CinetPay's hosted page.
                "form-action 'self' https://checkout.cinetpay.com",
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "object-src 'none'",
            ],
        },
    },
    vite: {
        define: { __RADIANT_BUILD_ID__: JSON.stringify(buildId) },
        // Cast: the root workspace also has a newer Vite whose plugin types differ.
        plugins: [/** @type {any} */ (tailwindcss())],
    },
});
