import { describe, expect, it } from 'vitest';
import {
    cinetpayPaymentMethodHandler,
    formatGatewayAmount,
    parseManualRefundReference,
} from './cinetpay-payment-method-handler';

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

describe('the refund of a CinetPay payment (createRefund)', () => {
    const refund = (reason: string) =>
        cinetpayPaymentMethodHandler.createRefund(
            {} as never,
            { reason } as never,
            9_745_800,
            { currencyCode: 'XOF' } as never,
            { transactionId: 'RADabc123' } as never,
            [],
            {} as never,
        );

    it('is Pending with instructions for an ordinary reason (no refund API: money goes back by hand)', async () => {
        const result = await refund('customer asked');
        expect(result).toMatchObject({
            state: 'Pending',
            metadata: {
                manual: true,
                cinetpayTransactionId: 'RADabc123',
                amountToReturn: '97 458 XOF',
                amount: 9_745_800,
                currencyCode: 'XOF',
            },
        });
        expect(result && 'metadata' in result && result.metadata?.instructions).toContain('Settle refund');
        expect(result && 'transactionId' in result ? result.transactionId : undefined).toBeUndefined();
    });

    it('settles at once with the reference of a reason "MANUAL: <reference>" (transfer already made)', async () => {
        expect(await refund('MANUAL: TRF-0001 returned')).toMatchObject({
            state: 'Settled',
            transactionId: 'TRF-0001',
            metadata: { manualRefundReference: 'TRF-0001' },
        });
    });

    it('formats amounts in whole francs, grouped', () => {
        expect(formatGatewayAmount(500, 'XOF')).toBe('5 XOF');
        expect(formatGatewayAmount(123_456_700, 'XAF')).toBe('1 234 567 XAF');
        expect(formatGatewayAmount(9_745_850, 'XOF')).toBe('97 458.5 XOF');
    });
});
