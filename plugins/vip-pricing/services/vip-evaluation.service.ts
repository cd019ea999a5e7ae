import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    EventBus,
    JobQueue,
    JobQueueService,
    Logger,
    OrderPlacedEvent,
    OrderStateTransitionEvent,
    RefundStateTransitionEvent,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { filter } from 'rxjs/operators';
import { channelAdminContext } from '../../shared/channel-context';
import { EVALUATE_QUEUE, loggerCtx } from '../constants';
import { VipTier } from '../entities/vip-tier.entity';
import { VipMembershipService } from './vip-membership.service';

/** A job of the evaluation queue: re-evaluate one customer on one channel, or on every channel with tiers. */
export type EvaluateJobData = {
    /** One channel; absent: every channel with tiers. */
    channelId?: ID;
    customerId: ID;
};

/**
 * Re-evaluates tiers in the worker: a job per customer and channel when an order is placed,
 * cancelled or refunded, and for every reviewed customer of every channel from the nightly task
 * (spend leaving the window).
 */
@Injectable()
export class VipEvaluationService implements OnApplicationBootstrap {
    private queue: JobQueue<EvaluateJobData>;

    constructor(
        private jobQueueService: JobQueueService,
        private eventBus: EventBus,
        private membership: VipMembershipService,
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private requestContextService: RequestContextService,
    ) {}

    /** Creates the queue and subscribes to order events. */
    async onApplicationBootstrap(): Promise<void> {
        this.queue = await this.jobQueueService.createQueue({
            name: EVALUATE_QUEUE,
            process: async job => {
                const channelIds =
                    job.data.channelId != null ? [job.data.channelId] : await this.channelsWithTiers();
                const tiers: Record<string, string | null> = {};
                for (const channelId of channelIds) {
                    const ctx = await channelAdminContext(
                        this.connection,
                        this.channelService,
                        this.requestContextService,
                        channelId,
                    );
                    const tier = await this.membership.evaluate(ctx, job.data.customerId);
                    tiers[String(channelId)] = tier ? String(tier.id) : null;
                }
                return tiers;
            },
        });
        this.eventBus.ofType(OrderPlacedEvent).subscribe(event => {
            void this.enqueue(event.order.customerId);
        });
        this.eventBus
            .ofType(OrderStateTransitionEvent)
            .pipe(filter(event => event.toState === 'Cancelled'))
            .subscribe(event => {
                void this.enqueue(event.order.customerId);
            });
        this.eventBus
            .ofType(RefundStateTransitionEvent)
            .pipe(filter(event => event.toState === 'Settled'))
            .subscribe(event => {
                void this.enqueue(event.order.customerId);
            });
    }

    /** Queues the evaluation of every customer to review on every channel that has tiers. */
    async evaluateAll(): Promise<number> {
        const channels = await this.channelService.findAll(
            await this.requestContextService.create({ apiType: 'admin' }),
        );
        let queued = 0;
        for (const channel of channels.items) {
            const ctx = await this.requestContextService.create({
                apiType: 'admin',
                channelOrToken: channel,
            });
            for (const customerId of await this.membership.customersToReview(ctx)) {
                await this.queue.add({ channelId: channel.id, customerId }, { retries: 3 });
                queued++;
            }
        }
        return queued;
    }

    /** Ids of the channels that have at least one tier. */
    private async channelsWithTiers(): Promise<ID[]> {
        const rows = await this.connection.rawConnection
            .getRepository(VipTier)
            .createQueryBuilder('tier')
            .select('DISTINCT tier.channelId', 'channelId')
            .getRawMany<{ channelId: ID }>();
        return rows.map(r => r.channelId);
    }

    /** Queues the evaluation of a customer on every channel with tiers (the order's channel may be any). */
    private async enqueue(customerId: ID | undefined): Promise<void> {
        if (customerId == null) return;
        try {
            await this.queue.add({ customerId }, { retries: 3 });
        } catch (err) {
            Logger.error(
                `Could not queue the VIP evaluation of customer ${customerId}: ${String(err)}`,
                loggerCtx,
            );
        }
    }
}
