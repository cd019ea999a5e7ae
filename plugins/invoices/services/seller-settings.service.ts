import { Inject, Injectable } from '@nestjs/common';
import type { JsonCompatible } from '@vendure/common/lib/shared-types';
import { RequestContext, SettingsStoreService } from '@vendure/core';
import { INVOICES_PLUGIN_OPTIONS, SELLER_SETTINGS_KEY } from '../constants';
import type { InvoiceSeller, InvoicesPluginOptions } from '../types';
import { normalizeSeller, SellerFieldError, sellerErrors } from '../helpers/seller-validation';

/** A channel's seller identity as the Admin API shows it. */
export type InvoiceSellerSettings = InvoiceSeller & {
    /** True when the channel has its own stored settings; false when they come from the plugin options. */
    stored: boolean;
};

/** Result of {@link SellerSettingsService.update}: the saved settings, or why nothing was saved. */
export type UpdateSellerSettingsResult =
    | ({ __typename: 'InvoiceSellerSettings' } & InvoiceSellerSettings)
    | {
          __typename: 'InvalidInvoiceSellerSettingsError';
          errorCode: 'INVALID_INVOICE_SELLER_SETTINGS_ERROR';
          message: string;
          fieldErrors: SellerFieldError[];
      };

/**
 * The seller identity of each channel: the channel's stored settings (Vendure's settings store,
 * key `invoices.seller`, channel scope) when there are some, else the plugin options
 * (`sellers[channelCode]`, then `sellers.default`). Read when an invoice is issued: the invoice
 * keeps its own snapshot, so a later change never alters an issued document.
 */
@Injectable()
export class SellerSettingsService {
    constructor(
        private readonly settingsStore: SettingsStoreService,
        @Inject(INVOICES_PLUGIN_OPTIONS) private readonly options: InvoicesPluginOptions,
    ) {}

    /** The seller identity of the channel of `ctx`, for a new invoice's snapshot. */
    async sellerFor(ctx: RequestContext): Promise<InvoiceSeller> {
        return stripStored(await this.get(ctx));
    }

    /** The channel's settings, from the settings store or the options' fallback (`stored: false`). */
    async get(ctx: RequestContext): Promise<InvoiceSellerSettings> {
        const stored = await this.settingsStore.get<InvoiceSeller>(ctx, SELLER_SETTINGS_KEY);
        if (stored && typeof stored === 'object') return { ...stored, stored: true };
        return { ...(this.options.sellers[ctx.channel.code] ?? this.options.sellers.default), stored: false };
    }

    /**
     * Validates and stores the seller identity of the channel of `ctx` (normalized: identifiers
     * without spaces, codes upper-cased). Saves nothing when any field is invalid.
     *
     * @returns the stored settings, or an `InvalidInvoiceSellerSettingsError` with one message per field
     */
    async update(ctx: RequestContext, input: unknown): Promise<UpdateSellerSettingsResult> {
        const seller = normalizeSeller(input);
        const fieldErrors = sellerErrors(seller);
        if (!fieldErrors.length) {
            const saved = await this.settingsStore.set(
                ctx,
                SELLER_SETTINGS_KEY,
                seller as JsonCompatible<InvoiceSeller>,
            );
            if (saved.result) return { __typename: 'InvoiceSellerSettings', ...(await this.get(ctx)) };
            fieldErrors.push({ field: '', message: saved.error ?? 'Could not save the settings' });
        }
        return {
            __typename: 'InvalidInvoiceSellerSettingsError',
            errorCode: 'INVALID_INVOICE_SELLER_SETTINGS_ERROR',
            message: `Invalid seller settings: ${fieldErrors.map(e => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ')}`,
            fieldErrors,
        };
    }
}

/** The seller identity without the API's `stored` flag (as copied into an invoice's snapshot). */
function stripStored({ stored, ...seller }: InvoiceSellerSettings): InvoiceSeller {
    return seller;
}
