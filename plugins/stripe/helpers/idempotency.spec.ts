import { describe, expect, it } from 'vitest';
import { createIntentKey, paramsHash, updateIntentKey } from './idempotency';

describe('Stripe idempotency keys', () => {
    const params = { amount: 1000, currency: 'eur', metadata: { orderCode: 'A1', channelToken: 'fr' } };
    it('repeat for the identical request, whatever the key order', () => {
        const reordered = {
            metadata: { channelToken: 'fr', orderCode: 'A1' },
            currency: 'eur',
            amount: 1000,
        };
        expect(createIntentKey('fr', 'A1', 1, params)).toBe(createIntentKey('fr', 'A1', 1, reordered));
    });
    it('differ when the amount or the metadata change (vendure#3903)', () => {
        const keys = new Set([
            createIntentKey('fr', 'A1', 1, params),
            createIntentKey('fr', 'A1', 1, { ...params, amount: 1490 }),
            createIntentKey('fr', 'A1', 1, {
                ...params,
                metadata: { ...params.metadata, customerEmail: 'x@y.z' },
            }),
            createIntentKey('fr', 'A1', 2, params),
        ]);
        expect(keys.size).toBe(4);
    });
    it('differ per revision even when an update returns to an earlier amount', () => {
        expect(updateIntentKey('pi_1', 1, { amount: 1000 })).not.toBe(
            updateIntentKey('pi_1', 3, { amount: 1000 }),
        );
        expect(paramsHash({ a: 1 })).toMatch(/^[0-9a-f]{24}$/);
        expect(createIntentKey('fr', 'X'.repeat(300), 1, params).length).toBeLessThanOrEqual(255);
    });
});
