/** GET /robots.txt — personal and transactional pages are not crawled; points to the sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/seo';

export const GET: APIRoute = ({ locals }) => {
    const body = [
        'User-agent: *',
        'Disallow: /cart',
        'Disallow: /checkout',
        'Disallow: /account',
        'Disallow: /en/cart',
        'Disallow: /en/checkout',
        'Disallow: /en/account',
        'Allow: /',
        '',
        `Sitemap: ${absoluteUrl(locals.origin, '/sitemap.xml')}`,
        '',
    ].join('\n');
    return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
