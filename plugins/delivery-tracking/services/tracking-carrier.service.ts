import { Injectable } from '@nestjs/common';
import {
    ChannelService,
    ID,
    OrderService,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { orderSellerChannel } from '../../shared/order-channel';
import { TrackingCarrier } from '../entities/tracking-carrier.entity';

/** A carrier as the Admin API and the seed give it. */
export interface TrackingCarrierInput {
    /** Lower-case letters, digits and dashes, 2–64 characters. */
    code: string;
    name: string;
    /** An https URL containing `{trackingNumber}`, or empty. */
    trackingUrlTemplate?: string | null;
    /** `laposte` or null. */
    pollingAdapter?: string | null;
}

/** The polling adapters the plugin knows. */
export const POLLING_ADAPTERS = ['laposte'] as const;

/** The carriers of a channel: reads, creation and changes (one job: the carrier list). */
@Injectable()
export class TrackingCarrierService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly orderService: OrderService,
        private readonly channelService: ChannelService,
    ) {}

    /** The carriers of channel `channelId` (default: the active channel), by name. */
    findAll(ctx: RequestContext, channelId: ID = ctx.channelId): Promise<TrackingCarrier[]> {
        return this.connection
            .getRepository(ctx, TrackingCarrier)
            .find({ where: { channelId }, order: { name: 'ASC' } });
    }

    /**
     * The carriers an order ships with: those of the channel that sells it (the fulfillment form of
     * the Dashboard, which often works in the default channel). None when the order is not one of
     * the active channel's.
     */
    async findForOrder(ctx: RequestContext, orderId: ID): Promise<TrackingCarrier[]> {
        const order = await this.orderService.findOne(ctx, orderId, []);
        if (!order) return [];
        const channel = await orderSellerChannel(this.connection, this.channelService, order.id);
        return this.findAll(ctx, channel.id);
    }

    /** The carrier `code` of channel `channelId` (default: the active channel), or null. */
    findByCode(
        ctx: RequestContext,
        code: string,
        channelId: ID = ctx.channelId,
    ): Promise<TrackingCarrier | null> {
        return this.connection
            .getRepository(ctx, TrackingCarrier)
            .findOne({ where: { channelId, code: code.trim().toLowerCase() } });
    }

    /**
     * Creates or updates (by code) a carrier of the active channel.
     *
     * @throws UserInputError naming the field when the code, name, URL template or adapter is invalid
     */
    async save(ctx: RequestContext, input: TrackingCarrierInput): Promise<TrackingCarrier> {
        const code = input.code.trim().toLowerCase();
        if (!/^[a-z0-9-]{2,64}$/.test(code))
            throw new UserInputError('code: 2 to 64 lower-case letters, digits or dashes');
        const name = input.name.trim();
        if (!name || name.length > 100) throw new UserInputError('name: 1 to 100 characters');
        const template = (input.trackingUrlTemplate ?? '').trim();
        if (template && (!/^https:\/\/[^\s]+$/.test(template) || !template.includes('{trackingNumber}')))
            throw new UserInputError('trackingUrlTemplate: an https URL containing {trackingNumber}');
        const adapter = input.pollingAdapter || null;
        if (adapter && !(POLLING_ADAPTERS as readonly string[]).includes(adapter))
            throw new UserInputError(`pollingAdapter: one of ${POLLING_ADAPTERS.join(', ')}`);
        const repository = this.connection.getRepository(ctx, TrackingCarrier);
        const existing = await repository.findOne({ where: { channelId: ctx.channelId, code } });
        return repository.save(
            new TrackingCarrier({
                ...(existing ? { id: existing.id } : {}),
                channelId: ctx.channelId,
                code,
                name,
                trackingUrlTemplate: template,
                pollingAdapter: adapter,
            }),
        );
    }

    /** Creates the carriers of `inputs` the active channel does not have yet (demo seed; idempotent). */
    async ensure(ctx: RequestContext, inputs: TrackingCarrierInput[]): Promise<void> {
        for (const input of inputs) {
            if (!(await this.findByCode(ctx, input.code))) await this.save(ctx, input);
        }
    }
}
