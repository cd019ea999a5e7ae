/**
 * Starting a CinetPay payment from the Shop API: the active order moves to ArrangingPayment, a PENDING
 * attempt is recorded with a new transaction_id, and CinetPay initialises it and answers the URL of its
 * hosted payment page.
 *
 * Protocol: https://docs.cinetpay.com/api/1.0-en/checkout/initialisation (summarised in
 * docs/gateways/cinetpay.md).
 */
import { Inject, Injectable } from '@nestjs/common';
import {
    ActiveOrderService,
    Logger,
    Order,
    OrderService,
    PaymentMethod,
    PaymentMethodService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { findEligibleMethod } from '../../shared/eligible-method';
import {
    CINETPAY_HANDLER_CODE,
    CINETPAY_PLUGIN_OPTIONS,
    loggerCtx,
    NOTIFY_PATH,
    RETURN_PATH,
} from '../constants';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { toCinetPayAmount } from '../helpers/amount';
import { CinetPayClient, CinetPayError } from '../helpers/cinetpay-client';
import { credentialsOf } from '../helpers/credentials';
import { newTransactionId } from '../helpers/transaction-id';
import { CinetPayPluginOptions, CreateCinetPayPaymentResult } from '../types';
import { CinetPayTransactionService } from './cinetpay-transaction.service';

/** See the module documentation. */
@Injectable()
export class CinetPayPaymentService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly activeOrderService: ActiveOrderService,
        private readonly orderService: OrderService,
        private readonly paymentMethodService: PaymentMethodService,
        private readonly transactions: CinetPayTransactionService,
        private readonly client: CinetPayClient,
        @Inject(CINETPAY_PLUGIN_OPTIONS) private readonly options: CinetPayPluginOptions,
    ) {}

    /**
     * Starts a CinetPay payment for the active order: moves it to ArrangingPayment, records a PENDING
     * attempt with a new transaction_id, and initialises it at CinetPay (never retried).
     *
     * @returns the hosted payment page URL, or an ErrorResult (no active order; order not ready — empty,
     *   no customer, no shipping method, no eligible CinetPay method, state transition refused; amount not
     *   representable; CinetPay refused the initialisation, with its code)
     */
    async initialisePayment(ctx: RequestContext): Promise<CreateCinetPayPaymentResult> {
        const active = await this.activeOrderService.getActiveOrder(ctx, undefined);
        if (!active)
            return {
                __typename: 'NoActiveOrderError',
                errorCode: 'NO_ACTIVE_ORDER_ERROR',
                message: 'No active order',
            };
        const notReady = (message: string) =>
            ({
                __typename: 'CinetPayOrderNotReadyError',
                errorCode: 'CINET_PAY_ORDER_NOT_READY_ERROR',
                message,
            }) as const;
        let order = await this.orderService.findOne(ctx, active.id);
        if (!order || !order.lines.length) return notReady('The order is empty');
        if (!order.customer) return notReady('Set the customer of the order first');
        if (!order.shippingLines.length) return notReady('Choose a shipping method first');
        if (order.state !== 'AddingItems' && order.state !== 'ArrangingPayment') {
            return notReady(`The order cannot be paid in state ${order.state}`);
        }
        const method = await this.findEligibleMethod(ctx, order);
        if (!method) return notReady('No CinetPay payment method is eligible for this order');
        if (order.state !== 'ArrangingPayment') {
            const transitioned = await this.connection.withTransaction(ctx, c =>
                this.orderService.transitionToState(c, order!.id, 'ArrangingPayment'),
            );
            if ('errorCode' in transitioned) return notReady(transitioned.message);
            order = (await this.orderService.findOne(ctx, active.id))!;
        }
        const converted = toCinetPayAmount(order.totalWithTax, order.currencyCode);
        if (!converted.ok) {
            return {
                __typename: 'CinetPayAmountError',
                errorCode: 'CINET_PAY_AMOUNT_ERROR',
                message: converted.message,
                reason: converted.reason,
            };
        }
        const credentials = credentialsOf(method);
        const repo = this.connection.getRepository(ctx, CinetPayTransaction);
        const record = await repo.save(
            new CinetPayTransaction({
                transactionId: newTransactionId(),
                channelId: ctx.channelId,
                orderId: order.id,
                orderCode: order.code,
                paymentMethodId: method.id,
                amount: order.totalWithTax,
                gatewayAmount: converted.amount,
                currencyCode: order.currencyCode,
                languageCode: ctx.languageCode,
                status: 'PENDING',
                paymentUrl: null,
                paymentToken: null,
                checkCode: null,
                checkStatus: null,
                paymentMethodUsed: null,
                operatorId: null,
                settlementNonce: null,
                paymentId: null,
                errorMessage: null,
            }),
        );
        const address = order.shippingAddress ?? {};
        const customer = order.customer ?? active.customer!;
        try {
            const result = await this.client.initialise(credentials, {
                transactionId: record.transactionId,
                amount: converted.amount,
                currency: order.currencyCode,
                description: `Commande ${order.code}`.replace(/[^A-Za-z0-9 .-]/g, ''),
                notifyUrl: `${this.options.publicUrl}/${NOTIFY_PATH}`,
                returnUrl: `${this.options.publicUrl}/${RETURN_PATH}`,
                channels: credentials.channels,
                // CinetPay's page speaks fr and en: the shopper's language when it is one of them.
                lang: ['fr', 'en'].includes(ctx.languageCode) ? ctx.languageCode : credentials.lang,
                metadata: order.code,
                customer: {
                    customer_id: String(customer.id),
                    customer_name: customer.lastName,
                    customer_surname: customer.firstName,
                    customer_email: customer.emailAddress,
                    customer_phone_number: address.phoneNumber ?? customer.phoneNumber ?? undefined,
                    customer_address: address.streetLine1 ?? undefined,
                    customer_city: address.city ?? undefined,
                    customer_country: address.countryCode ?? undefined,
                    customer_zip_code: address.postalCode ?? undefined,
                },
            });
            await repo.update(record.id, {
                paymentUrl: result.paymentUrl,
                paymentToken: result.paymentToken,
            });
            await this.transactions.publish(ctx, record.id, 'created');
            Logger.info(
                `Order ${order.code}: CinetPay transaction ${record.transactionId} initialised (${converted.amount} ${order.currencyCode})`,
                loggerCtx,
            );
            return {
                __typename: 'CinetPayPaymentIntent',
                paymentUrl: result.paymentUrl,
                transactionId: record.transactionId,
            };
        } catch (err) {
            const error = err instanceof CinetPayError ? err : new CinetPayError('network', String(err));
            await repo.update(record.id, { status: 'INIT_FAILED', errorMessage: error.message });
            await this.transactions.publish(ctx, record.id, 'init-failed');
            Logger.warn(
                `Order ${order.code}: CinetPay initialisation of ${record.transactionId} failed: ${error.message}`,
                loggerCtx,
            );
            return {
                __typename: 'CinetPayGatewayError',
                errorCode: 'CINET_PAY_GATEWAY_ERROR',
                message: error.message,
                cinetpayCode: error.code,
            };
        }
    }

    private findEligibleMethod(ctx: RequestContext, order: Order): Promise<PaymentMethod | undefined> {
        return findEligibleMethod(this.paymentMethodService, ctx, order, CINETPAY_HANDLER_CODE);
    }
}
