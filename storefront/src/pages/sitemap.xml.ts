/**
 * GET /sitemap.xml — every indexable page (home, search, collections, products) in French and
 * English, each with its `xhtml:link` hreflang alternates (https://www.sitemaps.org/protocol.html,
 * https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
 * Lists the default channel's catalogue; cached like the catalogue pages.
 */
import type { APIRoute } from 'astro';
import { SitemapQuery } from '../lib/documents';
import { MAX_TAKE } from '../lib/catalog';
import { LANGS, localePath } from '../lib/i18n';
import { absoluteUrl, sameAlternates, slugIn, type Alternates } from '../lib/seo';

const escapeXml = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ locals }) => {
    const pages: Alternates[] = [sameAlternates('/'), sameAlternates('/search')];
    let skip = 0;
    let collectionsAdded = false;
    for (let round = 0; round < 100; round++) {
        const data = await locals.shop.request(SitemapQuery, { take: MAX_TAKE, skip });
        if (!collectionsAdded) {
            for (const c of data.collections.items) {
                if (c.slug === '__root_collection__') continue;
                pages.push({
                    fr: `/collections/${slugIn(c.translations, 'fr', c.slug)}`,
                    en: `/collections/${slugIn(c.translations, 'en', c.slug)}`,
                });
            }
            collectionsAdded = true;
        }
        for (const item of data.search.items) pages.push(sameAlternates(`/products/${item.slug}`));
        skip += data.search.items.length;
        if (data.search.items.length === 0 || skip >= data.search.totalItems) break;
    }
    const entries = pages.flatMap(alternates =>
        LANGS.map(lang => {
            const links = LANGS.map(
                other =>
                    `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(absoluteUrl(locals.origin, localePath(other, alternates[other])))}"/>`,
            ).join('');
            return `<url><loc>${escapeXml(absoluteUrl(locals.origin, localePath(lang, alternates[lang])))}</loc>${links}</url>`;
        }),
    );
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
    return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
