/**
 * Download links of invoice PDFs: signed, expiring links (HMAC, see helpers/download-link.ts) when
 * `downloadLinkSecret` is set, else the authenticated route.
 */
import { Inject, Injectable } from '@nestjs/common';
import { INVOICES_PLUGIN_OPTIONS } from '../constants';
import { Invoice } from '../entities/invoice.entity';
import {
    checkDownloadLink,
    DEFAULT_LINK_TTL_SECONDS,
    LinkCheck,
    signedDownloadPath,
} from '../helpers/download-link';
import type { InvoicesPluginOptions } from '../types';

/** See the module documentation. */
@Injectable()
export class InvoiceLinkService {
    constructor(@Inject(INVOICES_PLUGIN_OPTIONS) private readonly options: InvoicesPluginOptions) {}

    /**
     * The download path of an invoice's PDF, relative to the server's public URL: a signed link
     * valid `downloadLinkTtlSeconds` (default 15 min) when `downloadLinkSecret` is set, otherwise
     * the authenticated route `/invoices/<id>/pdf`.
     *
     * @param expires expiry as Unix seconds; default now + the TTL
     */
    downloadPath(invoice: Pick<Invoice, 'id'>, expires?: number): string {
        const secret = this.options.downloadLinkSecret;
        if (!secret) return `/invoices/${invoice.id}/pdf`;
        const ttl = this.options.downloadLinkTtlSeconds ?? DEFAULT_LINK_TTL_SECONDS;
        return signedDownloadPath(String(invoice.id), expires ?? Math.floor(Date.now() / 1000) + ttl, secret);
    }

    /** Checks the signature and expiry (at most the TTL ahead) of a download link for an invoice (see download-link.ts). */
    checkDownloadLink(invoiceId: string, expires?: string, signature?: string): LinkCheck {
        const secret = this.options.downloadLinkSecret;
        const ttl = this.options.downloadLinkTtlSeconds ?? DEFAULT_LINK_TTL_SECONDS;
        return secret ? checkDownloadLink(invoiceId, expires, signature, secret, undefined, ttl) : 'invalid';
    }
}
