/**
 * The content of a new invoice (everything but its number): the snapshot of a settled order in the
 * document's language, with the seller's identity of the order's channel and the names of the
 * payment methods used. The snapshot functions themselves are in helpers/snapshot.ts.
 */
import { Inject, Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Logger,
    Order,
    OrderService,
    PaymentMethodService,
    RequestContext,
    RequestContextService,
} from '@vendure/core';
import { INVOICES_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { Invoice } from '../entities/invoice.entity';
import {
    customerSnapshot,
    documentLanguage,
    linesSnapshot,
    SETTLED_ORDER_STATES,
    taxTotalsByRate,
} from '../helpers/snapshot';
import type { InvoicesPluginOptions } from '../types';
import { SellerSettingsService } from './seller-settings.service';

/** An invoice's content before it is numbered and issued. */
export type InvoiceDraft = Omit<
    Invoice,
    | 'id'
    | 'createdAt'
    | 'updatedAt'
    | 'dedupeKey'
    | 'sellerKey'
    | 'number'
    | 'series'
    | 'sequenceValue'
    | 'issuedAt'
    | 'pdfKey'
    | 'pdfSha256'
    | 'customerName'
    | 'customerEmail'
>;

/** See the module documentation. */
@Injectable()
export class InvoiceDraftService {
    constructor(
        private readonly orderService: OrderService,
        private readonly paymentMethodService: PaymentMethodService,
        private readonly sellerSettings: SellerSettingsService,
        private readonly requestContextService: RequestContextService,
        @Inject(INVOICES_PLUGIN_OPTIONS) private readonly options: InvoicesPluginOptions,
    ) {}

    /**
     * The snapshot of an order for a new invoice (everything but its number), in the order's
     * language (see {@link InvoicesPluginOptions.orderLanguage}), else the language of `ctx`;
     * undefined when the order is not in a settled state.
     *
     * @throws Error when the order is not found in the channel of `ctx`
     */
    async invoiceDraft(ctx: RequestContext, orderId: ID): Promise<InvoiceDraft | undefined> {
        const order = await this.orderService.findOne(ctx, orderId, [
            'channels',
            'customer',
            'lines',
            'lines.productVariant',
            'lines.productVariant.translations',
            'shippingLines',
            'shippingLines.shippingMethod',
            'surcharges',
        ]);
        if (!order) throw new Error(`Order ${orderId} not found in channel ${ctx.channel.code}`);
        if (!SETTLED_ORDER_STATES.includes(order.state)) {
            Logger.warn(`Order ${order.code} is ${order.state}: no invoice issued`, loggerCtx);
            return undefined;
        }
        const payments = await this.orderService.getOrderPayments(ctx, orderId);
        const settled = payments.filter(p => p.state === 'Settled');
        const lang = documentLanguage(this.orderLanguage(order) ?? ctx.languageCode);
        // The payment methods' names in the document's language, whatever the issuing request's.
        const docCtx =
            lang === String(ctx.languageCode)
                ? ctx
                : await this.requestContextService.create({
                      apiType: ctx.apiType,
                      channelOrToken: ctx.channel,
                      languageCode: lang as RequestContext['languageCode'],
                  });
        return {
            channelId: ctx.channelId,
            type: 'invoice',
            originalInvoiceId: null,
            originalInvoiceNumber: null,
            orderId: order.id,
            orderCode: order.code,
            seller: await this.sellerSettings.sellerFor(ctx),
            customer: customerSnapshot(order),
            lines: linesSnapshot(order, lang),
            taxTotals: taxTotalsByRate(order),
            totalExclTax: order.total,
            totalInclTax: order.totalWithTax,
            currencyCode: order.currencyCode,
            saleDate: order.orderPlacedAt ?? new Date(),
            paymentDate: settled.length
                ? new Date(Math.max(...settled.map(p => new Date(p.updatedAt).getTime())))
                : null,
            paymentMethod: settled.length
                ? await this.paymentMethodNames(
                      docCtx,
                      settled.map(p => p.method),
                  )
                : null,
            languageCode: lang,
        };
    }

    /** The language the order's documents are written in, when the order records one. */
    private orderLanguage(order: Order): string | undefined {
        const read = this.options.orderLanguage ?? defaultOrderLanguage;
        return read(order) || undefined;
    }

    /**
     * The names of payment methods (by code) in the language of `ctx`, comma-separated; a code
     * without a method in the channel (e.g. deleted since) is printed as is.
     */
    async paymentMethodNames(ctx: RequestContext, codes: string[]): Promise<string> {
        const unique = [...new Set(codes)];
        const { items } = await this.paymentMethodService.findAll(ctx, {
            filter: { code: { in: unique } },
            take: unique.length,
        });
        return unique.map(code => items.find(m => m.code === code)?.name || code).join(', ');
    }
}

/**
 * The default {@link InvoicesPluginOptions.orderLanguage}: the Order custom field `languageCode`
 * when the application defines one (Radiant's OrderLanguagePlugin, src/config/order-language.ts).
 */
export function defaultOrderLanguage(order: Order): string | null | undefined {
    const value = (order.customFields as Record<string, unknown> | undefined)?.languageCode;
    return typeof value === 'string' ? value : undefined;
}
