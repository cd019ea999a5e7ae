/**
 * GET /compte/commandes/<code>/factures/<id>.pdf — streams an invoice PDF of the customer's order
 * (fetched server-side with the customer's session from the Vendure server). Someone else's order,
 * an unknown invoice or a PDF not rendered yet → a short HTML error page (403/404/502).
 */
import type { APIRoute } from 'astro';
import { defineMessages, localePath, type Lang } from '../../../../../lib/i18n';
import { fetchInvoicePdf, loadCustomerOrder } from '../../../../../lib/account/orders';

const MESSAGES = defineMessages({
    fr: {
        '403': 'Cette facture n’est accessible qu’au client de la commande. Connectez-vous avec le bon compte.',
        '404': 'Cette facture n’existe pas ou n’est pas encore prête. Réessayez dans quelques minutes.',
        '502': 'La facture ne peut pas être téléchargée pour le moment. Merci de réessayer.',
        back: 'Retour à mes commandes',
        title: 'Facture indisponible',
    },
    en: {
        '403': 'This invoice is only available to the order’s customer. Sign in with the right account.',
        '404': 'This invoice does not exist or is not ready yet. Please try again in a few minutes.',
        '502': 'The invoice cannot be downloaded right now. Please try again.',
        back: 'Back to my orders',
        title: 'Invoice unavailable',
    },
});

export const GET: APIRoute = async ({ params, locals, cookies }) => {
    const lang = locals.lang;
    const fail = (status: 403 | 404 | 502) => errorPage(status, lang);
    if (!locals.shop.hasSession()) return fail(403);
    const order = await loadCustomerOrder(locals.shop, params.code ?? '');
    if (!order) return fail(404);
    const invoice = order.invoices.find(i => i.id === params.id);
    if (!invoice?.downloadUrl) return fail(404);
    const download = await fetchInvoicePdf(invoice.downloadUrl, cookies, locals.channel);
    if (!download.ok) return fail(download.status);
    return new Response(download.response.body, {
        status: 200,
        headers: {
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename="${invoice.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"`,
            'cache-control': 'private, no-store',
        },
    });
};

function errorPage(status: 403 | 404 | 502, lang: Lang): Response {
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${MESSAGES(lang, 'title')} — Radiant</title>
<style>body{font-family:system-ui,sans-serif;background:#faf7f2;color:#141312;display:flex;min-height:100vh;align-items:center;justify-content:center;margin:0}main{max-width:32rem;padding:2rem;text-align:center}a{color:#141312}</style></head>
<body><main><h1>${MESSAGES(lang, 'title')}</h1><p>${MESSAGES(lang, `${status}`)}</p><p><a href="${localePath(lang, '/compte/commandes')}">${MESSAGES(lang, 'back')}</a></p></main></body></html>`;
    return new Response(html, {
        status,
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' },
    });
}
