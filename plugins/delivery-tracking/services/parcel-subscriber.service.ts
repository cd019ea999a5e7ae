import { Injectable, OnModuleInit } from '@nestjs/common';
import { ChannelService, EventBus, FulfillmentEvent, TransactionalConnection } from '@vendure/core';
import { orderSellerChannel } from '../../shared/order-channel';
import { parcelsArguments } from '../config/tracked-fulfillment-handler';
import { TRACKED_FULFILLMENT_CODE } from '../constants';
import { ParcelService } from './parcel.service';

/**
 * Creates the parcels of a `tracked-parcels` fulfillment in the transaction that creates the
 * fulfillment (a blocking handler of Vendure's FulfillmentEvent): a fulfillment never exists
 * without its parcels, and a refused parcel rolls the fulfillment back.
 */
@Injectable()
export class ParcelSubscriberService implements OnModuleInit {
    constructor(
        private readonly eventBus: EventBus,
        private readonly connection: TransactionalConnection,
        private readonly channelService: ChannelService,
        private readonly parcelService: ParcelService,
    ) {}

    /** Registers the blocking handler. */
    onModuleInit(): void {
        this.eventBus.registerBlockingEventHandler<FulfillmentEvent>({
            id: 'delivery-tracking-create-parcels',
            event: FulfillmentEvent,
            handler: async event => {
                const handler = event.input?.handler;
                if (handler?.code !== TRACKED_FULFILLMENT_CODE || !event.input) return;
                const args = Object.fromEntries(handler.arguments.map(a => [a.name, a.value]));
                const orderId = event.input.orders[0].id;
                const channel = await orderSellerChannel(this.connection, this.channelService, orderId);
                await this.parcelService.createForFulfillment(
                    event.ctx,
                    channel.id,
                    event.entity,
                    orderId,
                    parcelsArguments(args),
                );
            },
        });
    }
}
