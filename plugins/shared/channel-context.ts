import { Channel, ChannelService, ID, RequestContext, RequestContextService, TransactionalConnection } from '@vendure/core';

/**
 * An admin RequestContext in the channel `channelId`, for work started by a gateway (webhooks,
 * scheduled checks) rather than by a client request: the order's own channel, never the default one.
 *
 * @throws EntityNotFoundError-like TypeORM error when the channel does not exist
 */
export async function channelAdminContext(
    connection: TransactionalConnection,
    channelService: ChannelService,
    requestContextService: RequestContextService,
    channelId: ID,
): Promise<RequestContext> {
    const channel = await connection.rawConnection.getRepository(Channel).findOneOrFail({ where: { id: channelId } });
    return requestContextService.create({ apiType: 'admin', channelOrToken: await channelService.getChannelFromToken(channel.token) });
}
