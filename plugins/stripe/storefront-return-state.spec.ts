/**
 * The storefront's Stripe return page decides only from the server's `stripePaymentStatus`
 * (storefront/src/lib/stripe.ts): these are its states.
 */
import { describe, expect, it } from 'vitest';
import { stripeReturnState } from '../../storefront/src/lib/stripe-state';

describe('Stripe return page state', () => {
    it('is paid only when the webhook has settled the order', () => {
        expect(stripeReturnState({ paid: true, paymentIntentStatus: 'succeeded' })).toBe('paid');
        // Stripe says succeeded (the browser came back) but the webhook has not arrived: keep waiting.
        expect(stripeReturnState({ paid: false, paymentIntentStatus: 'succeeded' })).toBe('pending');
        expect(stripeReturnState({ paid: false, paymentIntentStatus: 'processing' })).toBe('pending');
        expect(
            stripeReturnState({
                paid: false,
                paymentIntentStatus: 'requires_payment_method',
                lastPaymentError: null,
            }),
        ).toBe('pending');
    });
    it('fails on a reported failure or a cancellation, and sends orders without intent back to the payment step', () => {
        expect(
            stripeReturnState({
                paid: false,
                paymentIntentStatus: 'requires_payment_method',
                lastPaymentError: 'Your card was declined.',
            }),
        ).toBe('failed');
        expect(stripeReturnState({ paid: false, paymentIntentStatus: 'canceled' })).toBe('failed');
        expect(stripeReturnState({ paid: false, paymentIntentStatus: null })).toBe('none');
    });
    it('says the payment was refunded when it was for an old amount, instead of waiting for ever', () => {
        expect(
            stripeReturnState({
                paid: false,
                amountMismatchRefunded: true,
                paymentIntentStatus: 'succeeded',
            }),
        ).toBe('refunded');
    });
    it('sends an old failed return page of an order placed since to its confirmation', () => {
        expect(
            stripeReturnState({
                paid: false,
                orderState: 'PaymentSettled',
                paymentIntentStatus: 'requires_payment_method',
                lastPaymentError: 'Your card was declined.',
            }),
        ).toBe('paid');
        expect(
            stripeReturnState({
                paid: false,
                orderState: 'ArrangingPayment',
                paymentIntentStatus: 'canceled',
            }),
        ).toBe('failed');
    });
});
