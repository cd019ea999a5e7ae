import { Channel, ChannelService, ID, idsAreEqual, Order, TransactionalConnection } from '@vendure/core';

/**
 * The channel that sells an order: its own channel, not the default channel every order also
 * belongs to, nor the channel of the request at hand (the Dashboard often acts in the default
 * channel).
 *
 * @throws Error when the order does not exist
 */
export async function orderSellerChannel(
    connection: TransactionalConnection,
    channelService: ChannelService,
    orderId: ID,
): Promise<Channel> {
    const order = await connection.rawConnection
        .getRepository(Order)
        .findOne({ where: { id: orderId }, relations: { channels: true } });
    if (!order) throw new Error(`Order ${orderId} not found`);
    const defaultChannel = await channelService.getDefaultChannel();
    return order.channels.find(c => !idsAreEqual(c.id, defaultChannel.id)) ?? defaultChannel;
}
