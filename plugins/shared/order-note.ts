import { HistoryEntryType } from '@vendure/common/lib/generated-types';
import { HistoryService, ID, RequestContext } from '@vendure/core';

/**
 * Adds a private note (history entry `ORDER_NOTE`, not shown to the customer) to an order of `ctx`'s
 * channel, in `ctx`'s transaction when it has one. Gateways use it to tell the merchant what a webhook or
 * a check did (failures, refunds made at the gateway, disputes, amounts that differ).
 */
export async function addOrderNote(
    historyService: HistoryService,
    ctx: RequestContext,
    orderId: ID,
    note: string,
): Promise<void> {
    await historyService.createHistoryEntryForOrder(
        { ctx, orderId, type: HistoryEntryType.ORDER_NOTE, data: { note } },
        false,
    );
}
