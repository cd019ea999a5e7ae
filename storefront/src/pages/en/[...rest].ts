/**
 * `/en/…`: English pages are the unprefixed page files, rendered by the middleware (it removes the
 * prefix and sets `Astro.locals.lang = 'en'`), so this route never answers itself. It exists so that
 * Astro routes `/en/…` requests through its normal pipeline: for a URL matching no route, Astro's
 * 404 handling would drop the cookies the page sets (session, flash).
 */
import type { APIRoute } from 'astro';

export const ALL: APIRoute = () => new Response(null, { status: 404 });
