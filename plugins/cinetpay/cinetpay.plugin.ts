import { APP_INTERCEPTOR } from '@nestjs/core';
import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import { CinetPayAdminResolver } from './api/cinetpay-admin.resolver';
import { CinetPayController } from './api/cinetpay.controller';
import {
    CinetPayPaymentMethodQuoteResolver,
    CinetPayShopResolver,
    CinetPayPaymentStatusResolver,
    CreateCinetPayPaymentResultResolver,
} from './api/cinetpay-shop.resolver';
import { checkPendingCinetPayTask, pruneCinetPayNotificationsTask } from './config/check-pending-task';
import { cinetpayPaymentMethodHandler } from './config/cinetpay-payment-method-handler';
import {
    CinetPayPendingPaymentMutationGuard,
    cinetpayPendingPaymentProcess,
} from './config/pending-payment-guard';
import {
    CINETPAY_DEFAULT_API_URL,
    CINETPAY_PLUGIN_OPTIONS,
    readCinetPayTransactionPermission,
} from './constants';
import { CinetPayNotification } from './entities/cinetpay-notification.entity';
import { CinetPayTransaction } from './entities/cinetpay-transaction.entity';
import { CinetPayClient } from './helpers/cinetpay-client';
import { CinetPayNotificationService } from './services/cinetpay-notification.service';
import { CinetPayOrderGuardService } from './services/cinetpay-order-guard.service';
import { CinetPayPaymentService } from './services/cinetpay-payment.service';
import { CinetPaySettlementService } from './services/cinetpay-settlement.service';
import { CinetPayTransactionService } from './services/cinetpay-transaction.service';
import { CinetPayPluginOptions } from './types';
import { GatewaySettlementService } from '../shared/settlement';
import { allowPendingRefunds } from '../shared/pending-refund-process';

/**
 * CinetPay (Checkout API v2) for Radiant: the `cinetpay` payment method handler, the Shop API mutation
 * `createCinetPayPayment`, the notify and return endpoints, and the attempt/notification logs.
 * See plugins/cinetpay/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [CinetPayTransaction, CinetPayNotification],
    providers: [
        CinetPayTransactionService,
        CinetPayPaymentService,
        CinetPaySettlementService,
        CinetPayNotificationService,
        GatewaySettlementService,
        CinetPayOrderGuardService,
        // Refuses total-changing Shop API mutations while a CinetPay payment awaits approval.
        { provide: APP_INTERCEPTOR, useClass: CinetPayPendingPaymentMutationGuard },
        { provide: CINETPAY_PLUGIN_OPTIONS, useFactory: () => CinetPayPlugin.options },
        {
            // One HTTP client of CinetPay's API for the services that call it.
            provide: CinetPayClient,
            useFactory: (options: CinetPayPluginOptions) =>
                new CinetPayClient({
                    baseUrl: options.apiBaseUrl ?? CINETPAY_DEFAULT_API_URL,
                    timeoutMs: options.requestTimeoutMs,
                    checkAttempts: options.checkAttempts,
                }),
            inject: [CINETPAY_PLUGIN_OPTIONS],
        },
    ],
    controllers: [CinetPayController],
    shopApiExtensions: {
        schema: shopApiExtensions,
        resolvers: [
            CinetPayShopResolver,
            CinetPayPaymentStatusResolver,
            CreateCinetPayPaymentResultResolver,
            CinetPayPaymentMethodQuoteResolver,
        ],
    },
    adminApiExtensions: { schema: adminApiExtensions, resolvers: [CinetPayAdminResolver] },
    configuration: config => {
        config.paymentOptions.paymentMethodHandlers.push(cinetpayPaymentMethodHandler);
        // createRefund answers Pending (no refund API): let Vendure keep a refund Pending.
        allowPendingRefunds(config);
        // An order with a CinetPay payment awaiting approval stays as CinetPay was asked to charge it.
        config.orderOptions.process = [...(config.orderOptions.process ?? []), cinetpayPendingPaymentProcess];
        config.authOptions.customPermissions.push(readCinetPayTransactionPermission);
        config.schedulerOptions.tasks = [
            ...(config.schedulerOptions.tasks ?? []),
            checkPendingCinetPayTask,
            pruneCinetPayNotificationsTask,
        ];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.0.0',
})
export class CinetPayPlugin {
    /** The options given to {@link CinetPayPlugin.init}. */
    static options: CinetPayPluginOptions;

    /**
     * @param options publicUrl and storefrontUrl are required; apiBaseUrl defaults to CinetPay's production API
     */
    static init(options: CinetPayPluginOptions): Type<CinetPayPlugin> {
        this.options = {
            apiBaseUrl: CINETPAY_DEFAULT_API_URL,
            requestTimeoutMs: 15_000,
            checkAttempts: 3,
            ...options,
        };
        return CinetPayPlugin;
    }
}
