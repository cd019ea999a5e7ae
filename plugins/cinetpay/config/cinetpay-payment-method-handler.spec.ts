import { describe, expect, it } from 'vitest';
import { parseManualRefundReference } from './cinetpay-payment-method-handler';

describe('parseManualRefundReference', () => {
    it('reads the reference of an explicit manual refund', () => {
        expect(parseManualRefundReference('MANUAL: TRF-2024-001 goods returned')).toBe('TRF-2024-001');
        expect(parseManualRefundReference('manual:OM12345')).toBe('OM12345');
    });
    it('refuses anything else', () => {
        expect(parseManualRefundReference('customer asked')).toBeUndefined();
        expect(parseManualRefundReference('MANUAL: ab')).toBeUndefined();
        expect(parseManualRefundReference(undefined)).toBeUndefined();
        expect(parseManualRefundReference('')).toBeUndefined();
    });
});
