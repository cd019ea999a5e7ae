/**
 * Reading invoices and credit notes: one by id, an order's documents, the order's current invoice,
 * the Admin API's paginated list, and whether the active customer owns an invoice. Issuing them is
 * InvoiceIssueService's job, their PDFs InvoicePdfService's.
 */
import { Injectable } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ListQueryBuilder,
    ListQueryOptions,
    Order,
    PaginatedList,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { Invoice } from '../entities/invoice.entity';

/**
 * Which documents a request sees: those its channel issued, or every channel's from Vendure's default
 * channel, which holds every shop's orders (a merchant opening a `ci` order there sees its invoices).
 */
export function documentChannelScope(ctx: RequestContext): { channelId?: ID } {
    return ctx.channel.code === DEFAULT_CHANNEL_CODE ? {} : { channelId: ctx.channelId };
}

/** See the module documentation. */
@Injectable()
export class InvoiceService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly listQueryBuilder: ListQueryBuilder,
    ) {}

    /**
     * The invoices and credit notes of an order, oldest first: those of the active channel, or all
     * of them from the default channel ({@link documentChannelScope}).
     */
    async findForOrder(ctx: RequestContext, orderId: ID): Promise<Invoice[]> {
        return this.connection.getRepository(ctx, Invoice).find({
            where: { orderId, ...documentChannelScope(ctx) },
            order: { id: 'ASC' },
        });
    }

    /** One invoice by id in any channel (for a signed link, whose signature names the invoice). */
    async findById(id: ID): Promise<Invoice | undefined> {
        return (
            (await this.connection.rawConnection.getRepository(Invoice).findOne({ where: { id } })) ??
            undefined
        );
    }

    /** One invoice by id, of the active channel (any channel from the default channel). */
    async findOne(ctx: RequestContext, id: ID): Promise<Invoice | undefined> {
        const invoice = await this.connection
            .getRepository(ctx, Invoice)
            .findOne({ where: { id, ...documentChannelScope(ctx) } });
        return invoice ?? undefined;
    }

    /**
     * The order's current invoice: the latest of type `invoice` (a regenerated invoice replaces
     * the credited one).
     */
    async currentInvoice(orderId: ID): Promise<Invoice | undefined> {
        const found = await this.connection.rawConnection
            .getRepository(Invoice)
            .findOne({ where: { orderId, type: 'invoice' }, order: { id: 'DESC' } });
        return found ?? undefined;
    }

    /**
     * The invoices and credit notes of the active channel (every channel's from the default channel)
     * as a paginated list, with Vendure's list options (filter and sort on the entity's columns,
     * `customerName`/`customerEmail` included).
     */
    async findAll(ctx: RequestContext, options: ListQueryOptions<Invoice>): Promise<PaginatedList<Invoice>> {
        const [items, totalItems] = await this.listQueryBuilder
            .build(Invoice, options, { ctx, where: documentChannelScope(ctx) })
            .getManyAndCount();
        return { items, totalItems };
    }

    /** True when the active user is the customer of the invoice's order (in the active channel). */
    async isOwnedByActiveCustomer(ctx: RequestContext, invoice: Pick<Invoice, 'orderId'>): Promise<boolean> {
        if (!ctx.activeUserId) return false;
        const order = await this.connection
            .getRepository(ctx, Order)
            .findOne({ where: { id: invoice.orderId }, relations: { customer: { user: true } } });
        const owner = order?.customer;
        return !!owner?.user && String(owner.user.id) === String(ctx.activeUserId);
    }
}
