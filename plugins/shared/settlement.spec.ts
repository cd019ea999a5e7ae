import { describe, expect, it } from 'vitest';
import { describeErrorResult } from './settlement';

describe('describeErrorResult', () => {
    it('keeps the code and the details of an untranslated ErrorResult', () => {
        expect(
            describeErrorResult({
                errorCode: 'ORDER_STATE_TRANSITION_ERROR',
                message: 'ORDER_STATE_TRANSITION_ERROR',
                transitionError: 'Cannot transition Order from "Cancelled" to "ArrangingPayment"',
                fromState: 'Cancelled',
                toState: 'ArrangingPayment',
            } as { errorCode: string; message: string }),
        ).toBe(
            'ORDER_STATE_TRANSITION_ERROR (transitionError: Cannot transition Order from "Cancelled" to "ArrangingPayment", fromState: Cancelled, toState: ArrangingPayment)',
        );
    });

    it('keeps a translated message first', () => {
        expect(
            describeErrorResult({
                errorCode: 'PAYMENT_DECLINED_ERROR',
                message: 'The payment was declined',
                paymentErrorMessage: 'claim refused',
            } as { errorCode: string; message: string }),
        ).toBe('PAYMENT_DECLINED_ERROR (The payment was declined, paymentErrorMessage: claim refused)');
        expect(describeErrorResult({ errorCode: 'X', message: 'X' })).toBe('X');
    });
});
