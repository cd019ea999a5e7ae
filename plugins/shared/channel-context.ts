import {
    Channel,
    ChannelService,
    ID,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';

/** Channel id → token, so that a webhook resolves its channel from ChannelService's cache, not the database. */
const tokens = new Map<string, string>();

/**
 * An admin RequestContext in the channel `channelId`, for work started by a gateway (webhooks,
 * scheduled checks) rather than by a client request: the order's own channel, never the default one.
 *
 * The channel comes from ChannelService's cached channels (`getChannelFromToken`) through a
 * remembered id → token map, so a webhook costs no channel query; a token changed since (the
 * cached lookup fails or returns another channel) is read again from the database.
 *
 * @throws EntityNotFoundError-like TypeORM error when the channel does not exist
 */
export async function channelAdminContext(
    connection: TransactionalConnection,
    channelService: ChannelService,
    requestContextService: RequestContextService,
    channelId: ID,
): Promise<RequestContext> {
    const known = tokens.get(String(channelId));
    if (known !== undefined) {
        const channel = await channelService.getChannelFromToken(known).catch(() => undefined);
        if (channel && String(channel.id) === String(channelId))
            return requestContextService.create({ apiType: 'admin', channelOrToken: channel });
    }
    const { token } = await connection.rawConnection
        .getRepository(Channel)
        .findOneOrFail({ where: { id: channelId }, select: { id: true, token: true } });
    tokens.set(String(channelId), token);
    return requestContextService.create({
        apiType: 'admin',
        channelOrToken: await channelService.getChannelFromToken(token),
    });
}
