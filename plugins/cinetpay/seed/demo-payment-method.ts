import { INestApplicationContext } from '@nestjs/common';
import { LanguageCode, PaymentMethodService, RequestContext } from '@vendure/core';
import { CINETPAY_HANDLER_CODE } from '../constants';
import { CINETPAY_DEMO_MERCHANT } from '../simulator/demo-merchant';

/** Code of the demo shop's CinetPay method on the `ci` channel. */
export const CINETPAY_DEMO_METHOD_CODE = 'cinetpay-ci';

/**
 * Creates the demo CinetPay payment method (`cinetpay-ci`) in `ctx`'s channel unless a method with
 * that code exists (idempotent): handler `cinetpay` with the simulator's demo merchant credentials
 * ({@link CINETPAY_DEMO_MERCHANT}), channels `ALL`, eligible for the currency `currencyCode` only.
 *
 * For development and demos only (the caller seeds it outside production): with these credentials
 * only the local simulator (`npm start` starts it) accepts payments; CinetPay itself answers 609/624.
 *
 * @param currencyCheckerCode code of the currency eligibility checker registered in the config
 */
export async function ensureCinetPayDemoMethod(
    app: INestApplicationContext,
    ctx: RequestContext,
    currencyCheckerCode: string,
    currencyCode: string,
): Promise<void> {
    const paymentMethodService = app.get(PaymentMethodService);
    const existing = await paymentMethodService.findAll(ctx, { take: 1000 });
    if (existing.items.some(m => m.code === CINETPAY_DEMO_METHOD_CODE)) return;
    await paymentMethodService.create(ctx, {
        code: CINETPAY_DEMO_METHOD_CODE,
        enabled: true,
        handler: {
            code: CINETPAY_HANDLER_CODE,
            arguments: [
                { name: 'apikey', value: CINETPAY_DEMO_MERCHANT.apikey },
                { name: 'site_id', value: CINETPAY_DEMO_MERCHANT.siteId },
                { name: 'secret_key', value: CINETPAY_DEMO_MERCHANT.secretKey },
                { name: 'channels', value: 'ALL' },
                { name: 'lang', value: 'fr' },
            ],
        },
        checker: { code: currencyCheckerCode, arguments: [{ name: 'currencyCode', value: currencyCode }] },
        translations: [
            {
                languageCode: LanguageCode.fr,
                name: 'Mobile money ou carte (CinetPay)',
                description:
                    'Orange Money, MTN MoMo, Moov Money, Wave ou carte bancaire, sur la page sécurisée de CinetPay.',
            },
            {
                languageCode: LanguageCode.en,
                name: 'Mobile money or card (CinetPay)',
                description:
                    'Orange Money, MTN MoMo, Moov Money, Wave or bank card, on CinetPay’s secure page.',
            },
        ],
    });
}
