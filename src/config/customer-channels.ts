/**
 * One customer account for every shop: a signed-in customer stays signed in when they switch between
 * the `fr` and `ci` channels.
 *
 * Vendure customers are channel-aware: a customer belongs to the channels they registered or ordered
 * in, and `activeCustomer` only answers in those. A session is created per channel by the storefront
 * (each channel has its own cart), so switching shop used to mean signing in again, and a customer of
 * `fr` signing in on `ci` was not found there. Two Shop API authentication strategies fix it:
 *
 * - {@link ChannelJoiningNativeAuthenticationStrategy}: Vendure's email + password login, which also
 *   adds the customer to the channel they sign in on (as Vendure's own registration does for a
 *   customer who exists in another channel);
 * - {@link SessionTransferAuthenticationStrategy} (`authenticate(input: { sessionTransfer: { token } })`):
 *   opens a session on the request's channel for the customer signed in with `token` on another
 *   channel. The token already is that customer's bearer credential, so this grants nothing new; it
 *   refuses anonymous sessions, administrators' sessions and unknown or expired tokens
 *   (`INVALID_CREDENTIALS_ERROR`).
 *
 * Vendure reference: https://docs.vendure.io/reference/typescript-api/auth/authentication-strategy/
 */
import {
    ChannelService,
    Customer,
    CustomerService,
    Injector,
    NativeAuthenticationData,
    NativeAuthenticationStrategy,
    RequestContext,
    SessionService,
    TransactionalConnection,
    User,
    type AuthenticationStrategy,
} from '@vendure/core';
import { DocumentNode } from 'graphql';
import gql from 'graphql-tag';

/** Input of {@link SessionTransferAuthenticationStrategy}: the bearer token of the other channel's session. */
export interface SessionTransferData {
    token: string;
}

/** Name of the session-transfer strategy, i.e. its field in `AuthenticationInput`. */
export const SESSION_TRANSFER_STRATEGY_NAME = 'sessionTransfer';

/**
 * Adds the customer of `user` to the request's channel when they are not in it yet.
 *
 * @returns false when `user` is no customer (an administrator), true otherwise
 */
async function joinChannel(injector: Injector, ctx: RequestContext, user: User): Promise<boolean> {
    const customer = await injector.get(CustomerService).findOneByUserId(ctx, user.id, false);
    if (!customer) return false;
    const inChannel = await injector.get(CustomerService).findOneByUserId(ctx, user.id, true);
    if (!inChannel) {
        await injector.get(ChannelService).assignToChannels(ctx, Customer, customer.id, [ctx.channelId]);
    }
    return true;
}

/**
 * Vendure's native (email and password) Shop API login, which also adds the customer to the channel
 * they sign in on. Same name (`native`), input and errors as Vendure's.
 */
export class ChannelJoiningNativeAuthenticationStrategy extends NativeAuthenticationStrategy {
    private injector: Injector;

    /** Keeps the injector, then initialises Vendure's strategy. */
    override async init(injector: Injector): Promise<void> {
        this.injector = injector;
        await super.init(injector);
    }

    /** Vendure's check of the credentials; on success, the customer joins the request's channel. */
    override async authenticate(ctx: RequestContext, data: NativeAuthenticationData): Promise<User | false> {
        const user = await super.authenticate(ctx, data);
        if (user) await joinChannel(this.injector, ctx, user);
        return user;
    }
}

/**
 * Opens a session on the request's channel for the customer signed in on another channel of this
 * shop with `token` (see the module comment).
 */
export class SessionTransferAuthenticationStrategy implements AuthenticationStrategy<SessionTransferData> {
    readonly name = SESSION_TRANSFER_STRATEGY_NAME;
    private injector: Injector;

    /** Keeps the injector. */
    init(injector: Injector): void {
        this.injector = injector;
    }

    /** `input SessionTransferAuthInput { token: String! }`. */
    defineInputType(): DocumentNode {
        return gql`
            """
            The bearer token of the customer's session on another channel of this shop.
            """
            input SessionTransferAuthInput {
                token: String!
            }
        `;
    }

    /**
     * The customer signed in with `data.token`, added to the request's channel if needed; false
     * (INVALID_CREDENTIALS_ERROR) for an unknown, expired or anonymous session or an administrator.
     */
    async authenticate(ctx: RequestContext, data: SessionTransferData): Promise<User | false> {
        if (typeof data.token !== 'string' || !data.token || data.token.length > 512) return false;
        const session = await this.injector.get(SessionService).getSessionFromToken(data.token);
        if (!session?.user || new Date(session.expires) <= new Date()) return false;
        const user = await this.injector
            .get(TransactionalConnection)
            .getRepository(ctx, User)
            .findOne({ where: { id: session.user.id }, relations: { roles: { channels: true } } });
        if (!user || user.deletedAt || !user.verified) return false;
        return (await joinChannel(this.injector, ctx, user)) ? user : false;
    }
}
