import { PaymentMethod } from '@vendure/core';
import type { StripeCredentials } from '../types';

/** Reads the handler arguments of a `stripe` PaymentMethod. Contains secrets: never log the result. */
export function credentialsOf(method: PaymentMethod): StripeCredentials {
    const arg = (name: string) => method.handler.args.find(a => a.name === name)?.value?.trim() ?? '';
    return {
        apiKey: arg('apiKey'),
        webhookSecret: arg('webhookSecret'),
        publishableKey: arg('publishableKey'),
    };
}
