import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@vendure/core';
import { EntityIdArgPipe } from '../../shared/entity-id';
import { readCinetPayTransactionPermission } from '../constants';
import { CinetPayNotification } from '../entities/cinetpay-notification.entity';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { CinetPayTransactionService } from '../services/cinetpay-transaction.service';
import type { QueryCinetPayTransactionsArgs } from '../gql/generated-admin-types';

/** Admin API: the attempt and notification logs of an order (thin; see CinetPayTransactionService). */
@Resolver('CinetPayTransaction')
export class CinetPayAdminResolver {
    constructor(private readonly transactions: CinetPayTransactionService) {}

    /** The attempts of an order, newest first; a malformed order id → USER_INPUT_ERROR. */
    @Query()
    @Allow(readCinetPayTransactionPermission.Permission)
    cinetPayTransactions(
        @Ctx() ctx: RequestContext,
        @Args('orderId', EntityIdArgPipe) orderId: QueryCinetPayTransactionsArgs['orderId'],
    ): Promise<CinetPayTransaction[]> {
        return this.transactions.findAttemptsOfOrder(ctx, orderId);
    }

    /** The raw notifications of an attempt, oldest first. */
    @ResolveField()
    notifications(
        @Ctx() ctx: RequestContext,
        @Parent() tx: CinetPayTransaction,
    ): Promise<CinetPayNotification[]> {
        return this.transactions.findNotifications(ctx, tx.transactionId);
    }
}
