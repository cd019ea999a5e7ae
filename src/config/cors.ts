/**
 * CORS of the API server: which browser origins may call which route from their own pages.
 *
 * - Shop API (`/shop-api`): the origins of `CORS_ORIGINS`, with credentials (cookie sessions) and
 *   the `vendure-auth-token` header exposed (bearer sessions), for integrators' browser apps. The
 *   storefront itself calls the Shop API from its server and needs no CORS.
 * - Everything else, the Admin API (`/admin-api`) included: no CORS headers at all, so no other
 *   origin's page can read an answer, with or without the administrator's cookie. The Dashboard
 *   (`/dashboard`) and the classic admin (`/admin`) are served by this same server and call the
 *   Admin API same-origin, which CORS does not concern.
 *
 * See docs/architecture.md ("Configuration") and https://developer.mozilla.org/docs/Web/HTTP/CORS
 */
import type {
    CorsOptions,
    CorsOptionsDelegate,
} from '@nestjs/common/interfaces/external/cors-options.interface';
import type { Request } from 'express';
import type { Environment } from '../environment';

/** The route prefix of the Shop API (`apiOptions.shopApiPath`). */
const SHOP_API = /^\/shop-api(?:[/?]|$)/;

/**
 * The CORS options of a request for an environment: {@link CorsOptions} with the allowlist for
 * the Shop API, `origin: false` (no CORS headers) for any other path.
 */
export function corsOptionsFor(env: Environment): CorsOptionsDelegate<Request> {
    const shop: CorsOptions = {
        origin: env.corsOrigins,
        credentials: true,
        exposedHeaders: ['vendure-auth-token'],
    };
    const none: CorsOptions = { origin: false };
    return (req, callback) => callback(null, SHOP_API.test(req.url ?? '') ? shop : none);
}
