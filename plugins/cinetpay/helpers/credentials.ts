import { PaymentMethod } from '@vendure/core';
import type { CinetPayCredentials } from '../types';

/** Reads the handler arguments of a `cinetpay` PaymentMethod. Contains secrets: never log the result. */
export function credentialsOf(method: PaymentMethod): CinetPayCredentials {
    const arg = (name: string) => method.handler.args.find(a => a.name === name)?.value ?? '';
    return {
        apikey: arg('apikey'),
        siteId: arg('site_id'),
        secretKey: arg('secret_key'),
        channels: arg('channels') || 'ALL',
        lang: arg('lang') || 'fr',
    };
}
