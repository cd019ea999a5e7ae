import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Order, PaginatedList, RequestContext, Transaction } from '@vendure/core';
import type {
    MutationRegenerateInvoiceArgs,
    MutationUpdateInvoiceSellerSettingsArgs,
    QueryInvoicesArgs,
} from '../gql/generated-admin-types';
import {
    readInvoicePermission,
    regenerateInvoicePermission,
    updateInvoiceSettingsPermission,
} from '../constants-permission';
import { EntityIdArgPipe } from '../../shared/entity-id';
import { CreditNoteService } from '../services/credit-note.service';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceLinkService } from '../services/invoice-link.service';
import { InvoiceService } from '../services/invoice.service';
import {
    InvoiceSellerSettings,
    SellerSettingsService,
    UpdateSellerSettingsResult,
} from '../services/seller-settings.service';

/** `Invoice.downloadUrl`, on both APIs. */
@Resolver('Invoice')
export class InvoiceEntityResolver {
    constructor(private readonly linkService: InvoiceLinkService) {}

    /** The PDF download URL (signed and short-lived when a secret is configured), or null until rendered. */
    @ResolveField()
    downloadUrl(@Parent() invoice: Invoice): string | null {
        return invoice.pdfKey ? this.linkService.downloadPath(invoice) : null;
    }
}

/** Shop API `Order.invoices`: Vendure only returns an order to its owner (or by code, briefly, to its guest). */
@Resolver('Order')
export class ShopOrderInvoicesResolver {
    constructor(private readonly invoiceService: InvoiceService) {}

    /** The order's invoices and credit notes. */
    @ResolveField()
    async invoices(@Ctx() ctx: RequestContext, @Parent() order: Order): Promise<Invoice[]> {
        return this.invoiceService.findForOrder(ctx, order.id);
    }
}

/** Admin API `Order.invoices`, with ReadInvoice. */
@Resolver('Order')
export class AdminOrderInvoicesResolver {
    constructor(private readonly invoiceService: InvoiceService) {}

    /** The order's invoices and credit notes (empty without ReadInvoice). */
    @ResolveField()
    async invoices(@Ctx() ctx: RequestContext, @Parent() order: Order): Promise<Invoice[]> {
        if (!ctx.userHasPermissions([readInvoicePermission.Permission])) return [];
        return this.invoiceService.findForOrder(ctx, order.id);
    }
}

/** Admin API `invoices(options)`. */
@Resolver()
export class AdminInvoicesResolver {
    constructor(private readonly invoiceService: InvoiceService) {}

    /**
     * Invoices and credit notes of the active channel; filter and sort on number, type, order code,
     * amounts, dates, and `customerName`/`customerEmail` (a text search in the buyer snapshot: name,
     * email, addresses).
     */
    @Query()
    @Allow(readInvoicePermission.Permission)
    async invoices(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryInvoicesArgs,
    ): Promise<PaginatedList<Invoice>> {
        const { filterOperator, ...options } = args.options ?? {};
        return this.invoiceService.findAll(ctx, { ...options, filterOperator: filterOperator ?? undefined });
    }
}

/** Admin API `regenerateInvoice(id)`. */
@Resolver()
export class AdminRegenerateInvoiceResolver {
    constructor(private readonly creditNoteService: CreditNoteService) {}

    /** A credit note cancelling the invoice plus a new invoice of its order; a malformed id → USER_INPUT_ERROR. */
    @Mutation()
    @Allow(regenerateInvoicePermission.Permission)
    async regenerateInvoice(
        @Ctx() ctx: RequestContext,
        @Args('id', EntityIdArgPipe) id: MutationRegenerateInvoiceArgs['id'],
    ) {
        return this.creditNoteService.regenerateInvoice(ctx, id);
    }
}

/** Admin API `invoiceSellerSettings` and `updateInvoiceSellerSettings` (thin; see SellerSettingsService). */
@Resolver()
export class AdminSellerSettingsResolver {
    constructor(private readonly sellerSettingsService: SellerSettingsService) {}

    /** The active channel's seller identity (stored, or the options' defaults). */
    @Query()
    @Allow(updateInvoiceSettingsPermission.Permission)
    async invoiceSellerSettings(@Ctx() ctx: RequestContext): Promise<InvoiceSellerSettings> {
        return this.sellerSettingsService.get(ctx);
    }

    /** Validates and stores the active channel's seller identity; an ErrorResult when invalid. */
    @Mutation()
    @Transaction()
    @Allow(updateInvoiceSettingsPermission.Permission)
    async updateInvoiceSellerSettings(
        @Ctx() ctx: RequestContext,
        @Args() args: MutationUpdateInvoiceSellerSettingsArgs,
    ): Promise<UpdateSellerSettingsResult> {
        return this.sellerSettingsService.update(ctx, args.input);
    }
}

/** Resolves the members of the `UpdateInvoiceSellerSettingsResult` union from `__typename`. */
@Resolver('UpdateInvoiceSellerSettingsResult')
export class UpdateInvoiceSellerSettingsResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: { __typename: string }): string {
        return value.__typename;
    }
}
