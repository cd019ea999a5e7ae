/**
 * The `cinetpay` PaymentMethodHandler.
 *
 * Vendure calls `createPayment` whenever `addPaymentToOrder` runs with this method. It settles only a
 * payment the plugin itself proves verified: the notify flow (CinetPaySettlementService.settle) claims the
 * transaction (status `SETTLING` with a one-time nonce) inside a DB transaction, then calls
 * `addPaymentToOrder` with an admin context and metadata `{ cinetpaySettlement: { transactionId, nonce } }`.
 * Anything else — the Shop API, a forged or stale nonce, another order or amount — is refused (throws),
 * so no Payment is created.
 *
 * Refunds: CinetPay has no pay-in refund API (reference §5), so a refund is Vendure's two-step flow.
 * `createRefund` records the refund as `Pending` with metadata saying what to do
 * (`instructions`, `cinetpayTransactionId`, `amountToReturn` in whole francs for XOF): the merchant
 * sends the money back outside Vendure (CinetPay back-office transfer, mobile money, bank transfer),
 * then settles the refund in the Dashboard ("Settle refund", Admin API `settleRefund(input: { id,
 * transactionId })`) with that transfer's reference, which moves it to `Settled` (and only then does
 * the invoices plugin issue the credit note). Compatibility: a reason `MANUAL: <reference> [text]`
 * (a transfer already made) settles at once with that reference as `transactionId`. Never a silent
 * success, never a `Failed` refund for an ordinary reason.
 */
import { Injector, LanguageCode, PaymentMethodHandler } from '@vendure/core';
import { CINETPAY_HANDLER_CODE, SETTLEMENT_METADATA_KEY } from '../constants';
import { CinetPaySettlementService } from '../services/cinetpay-settlement.service';

let service: CinetPaySettlementService | undefined;

/** See the module documentation. Args are admin-only (PaymentMethod.handler is not in the Shop API). */
export const cinetpayPaymentMethodHandler = new PaymentMethodHandler({
    code: CINETPAY_HANDLER_CODE,
    description: [
        { languageCode: LanguageCode.en, value: 'CinetPay (mobile money, cards) — Checkout API v2' },
        { languageCode: LanguageCode.fr, value: 'CinetPay (mobile money, cartes) — API Checkout v2' },
    ],
    args: {
        apikey: {
            type: 'string',
            required: true,
            ui: { component: 'password-form-input' },
            label: [
                { languageCode: LanguageCode.en, value: 'API key' },
                { languageCode: LanguageCode.fr, value: 'Clé API (apikey)' },
            ],
        },
        site_id: {
            type: 'string',
            required: true,
            label: [
                { languageCode: LanguageCode.en, value: 'Site ID' },
                { languageCode: LanguageCode.fr, value: 'Identifiant du site (site_id)' },
            ],
        },
        secret_key: {
            type: 'string',
            required: true,
            ui: { component: 'password-form-input' },
            label: [
                { languageCode: LanguageCode.en, value: 'Secret key (x-token HMAC)' },
                { languageCode: LanguageCode.fr, value: 'Clé secrète (HMAC x-token)' },
            ],
        },
        channels: {
            type: 'string',
            defaultValue: 'ALL',
            label: [
                { languageCode: LanguageCode.en, value: 'Channels (ALL, MOBILE_MONEY, CREDIT_CARD, WALLET)' },
                { languageCode: LanguageCode.fr, value: 'Canaux (ALL, MOBILE_MONEY, CREDIT_CARD, WALLET)' },
            ],
        },
        lang: {
            type: 'string',
            defaultValue: 'fr',
            ui: { component: 'select-form-input', options: [{ value: 'fr' }, { value: 'en' }] },
            label: [
                { languageCode: LanguageCode.en, value: 'Payment page language' },
                { languageCode: LanguageCode.fr, value: 'Langue de la page de paiement' },
            ],
        },
    },
    init(injector: Injector) {
        service = injector.get(CinetPaySettlementService);
    },
    createPayment: async (ctx, order, amount, args, metadata) => {
        const claim: unknown = metadata?.[SETTLEMENT_METADATA_KEY];
        if (ctx.apiType !== 'admin' || !claim || typeof claim !== 'object' || !service) {
            throw new Error(
                'CinetPay payments are added only by the CinetPay notification flow after a verified check',
            );
        }
        const verified = await service.verifySettlementClaim(
            ctx,
            order.id,
            amount,
            claim as Record<string, unknown>,
        );
        if (!verified) {
            throw new Error('CinetPay settlement claim refused (unknown, stale or not matching this order)');
        }
        return {
            amount,
            state: 'Settled' as const,
            transactionId: verified.transactionId,
            metadata: {
                public: { transactionId: verified.transactionId, paymentMethod: verified.paymentMethodUsed },
                cinetpay: {
                    transactionId: verified.transactionId,
                    checkCode: verified.checkCode,
                    checkStatus: verified.checkStatus,
                    operatorId: verified.operatorId,
                    paymentMethod: verified.paymentMethodUsed,
                    gatewayAmount: verified.gatewayAmount,
                    currencyCode: verified.currencyCode,
                },
            },
        };
    },
    settlePayment: () => ({ success: true }),
    createRefund: (ctx, input, amount, order, payment) => {
        const reference = parseManualRefundReference(input.reason);
        if (reference) {
            return {
                state: 'Settled' as const,
                transactionId: reference,
                metadata: {
                    manualRefundReference: reference,
                    manual: true,
                    cinetpayTransactionId: payment.transactionId,
                },
            };
        }
        return {
            state: 'Pending' as const,
            metadata: manualRefundMetadata(amount, order.currencyCode, payment.transactionId),
        };
    },
});

/**
 * The metadata of a CinetPay refund awaiting its manual transfer: `instructions` (what the merchant
 * does next, in English, shown in the Dashboard's refund metadata), `cinetpayTransactionId` (the
 * payment to find in CinetPay's back-office), `amountToReturn` (whole francs for people, see
 * {@link formatGatewayAmount}) and `amount` (minor units) with
 * `currencyCode`.
 *
 * @param amount the refund total in minor units of `currencyCode`
 */
export function manualRefundMetadata(
    amount: number,
    currencyCode: string,
    cinetpayTransactionId: string | undefined,
): Record<string, string | number | boolean> {
    const amountToReturn = formatGatewayAmount(amount, currencyCode);
    return {
        manual: true,
        instructions:
            `CinetPay has no refund API: send ${amountToReturn} back to the customer yourself ` +
            `(CinetPay back-office transfer for payment ${cinetpayTransactionId ?? '?'}, mobile money ` +
            `or bank transfer), then click "Settle refund" and enter that transfer's reference.`,
        cinetpayTransactionId: cinetpayTransactionId ?? '',
        amountToReturn,
        amount,
        currencyCode,
    };
}

/**
 * `amount` (minor units) in the currency's major unit for people, thousands grouped by spaces:
 * `9 745 800` XOF minor units → `97 458 XOF` (CinetPay's currencies are francs without decimals; a
 * fraction, which a refund amount typed by hand may have, is kept: `97 458.5 XOF`).
 */
export function formatGatewayAmount(amount: number, currencyCode: string): string {
    const [whole, fraction] = String(amount / 100).split('.');
    return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${fraction ? `.${fraction}` : ''} ${currencyCode}`;
}

/**
 * Reads the reference of a manual refund from a refund reason `MANUAL: <reference> [free text]`
 * (case-insensitive; the reference is 3 to 100 non-space characters).
 *
 * @returns the reference, or undefined when the reason does not declare a manual refund
 */
export function parseManualRefundReference(reason: string | null | undefined): string | undefined {
    const match = /^\s*manual\s*:\s*(\S{3,100})/i.exec(reason ?? '');
    return match?.[1];
}
