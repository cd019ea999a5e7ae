/**
 * The `stripe` SDK clients and the Stripe payment methods they belong to: one client per secret key,
 * pinned to {@link STRIPE_API_VERSION}, and the list of every Stripe PaymentMethod (cached briefly) that
 * the webhook tries the signature against.
 */
import { Inject, Injectable } from '@nestjs/common';
import { PaymentMethod, TransactionalConnection } from '@vendure/core';
import Stripe from 'stripe';
import { STRIPE_API_VERSION, STRIPE_HANDLER_CODE, STRIPE_PLUGIN_OPTIONS } from '../constants';
import { StripePluginOptions } from '../types';

/** How long (ms) the list of Stripe payment methods is reused before it is read again. */
const METHODS_CACHE_MS = 10_000;

/** See the module documentation. */
@Injectable()
export class StripeClientService {
    private readonly clients = new Map<string, Stripe>();
    private methodsCache: { at: number; methods: PaymentMethod[] } | undefined;

    constructor(
        private readonly connection: TransactionalConnection,
        @Inject(STRIPE_PLUGIN_OPTIONS) private readonly options: StripePluginOptions,
    ) {}

    /**
     * The SDK client of a secret key, pinned to {@link STRIPE_API_VERSION} and pointed at
     * `options.apiUrl` (Stripe's API by default). One client per key, reused.
     */
    client(apiKey: string): Stripe {
        let client = this.clients.get(apiKey);
        if (!client) {
            const url = new URL(this.options.apiUrl ?? 'https://api.stripe.com');
            client = new Stripe(apiKey, {
                apiVersion: STRIPE_API_VERSION,
                host: url.hostname,
                port: url.port || (url.protocol === 'http:' ? 80 : 443),
                protocol: url.protocol === 'http:' ? 'http' : 'https',
                timeout: this.options.requestTimeoutMs ?? 20_000,
                maxNetworkRetries: this.options.maxNetworkRetries ?? 2,
                telemetry: false,
                appInfo: { name: 'Radiant', url: 'https://github.com/radiant-commerce/radiant' },
            });
            this.clients.set(apiKey, client);
        }
        return client;
    }

    /**
     * Every Stripe payment method of every channel (disabled ones too: their refunds still arrive), read
     * at most every 10 s unless `fresh` (e.g. after a signature matched none of the cached methods).
     */
    async stripeMethods(fresh: boolean): Promise<PaymentMethod[]> {
        if (!fresh && this.methodsCache && Date.now() - this.methodsCache.at < METHODS_CACHE_MS)
            return this.methodsCache.methods;
        const all = await this.connection.rawConnection.getRepository(PaymentMethod).find();
        const methods = all.filter(m => m.handler?.code === STRIPE_HANDLER_CODE);
        this.methodsCache = { at: Date.now(), methods };
        return methods;
    }
}
