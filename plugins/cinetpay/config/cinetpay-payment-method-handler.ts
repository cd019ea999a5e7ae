/**
 * The `cinetpay` PaymentMethodHandler.
 *
 * Vendure calls `createPayment` whenever `addPaymentToOrder` runs with this method. It settles only a
 * payment the plugin itself proves verified: the notify flow (CinetPayService.settle) claims the
 * transaction (status `SETTLING` with a one-time nonce) inside a DB transaction, then calls
 * `addPaymentToOrder` with an admin context and metadata `{ cinetpaySettlement: { transactionId, nonce } }`.
 * Anything else — the Shop API, a forged or stale nonce, another order or amount — is refused (throws),
 * so no Payment is created.
 *
 * Refunds: CinetPay has no pay-in refund API (reference §5). `createRefund` succeeds only as an explicit
 * manual refund: Vendure's `RefundOrderInput` has no metadata, so the admin writes the refund `reason` as
 * `MANUAL: <reference of the transfer made outside Vendure> [free text]`; the reference is stored as the
 * refund's `transactionId` and in its metadata (`manualRefundReference`). Any other reason returns `Failed`
 * with a message explaining this. Never a silent success.
 */
import { Injector, LanguageCode, PaymentMethodHandler } from '@vendure/core';
import { CINETPAY_HANDLER_CODE, SETTLEMENT_METADATA_KEY } from '../constants';
import { CinetPayService } from '../services/cinetpay.service';

let service: CinetPayService | undefined;

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
        service = injector.get(CinetPayService);
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
        if (!reference) {
            return {
                state: 'Failed' as const,
                metadata: {
                    errorMessage:
                        'CinetPay has no refund API: send the money back outside Vendure (e.g. a CinetPay transfer), then record the refund with the reason "MANUAL: <its reference>"',
                },
            };
        }
        return {
            state: 'Settled' as const,
            transactionId: reference,
            metadata: {
                manualRefundReference: reference,
                manual: true,
                cinetpayTransactionId: payment.transactionId,
            },
        };
    },
});

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
