/**
 * REST endpoints CinetPay calls (thin; logic in CinetPayNotificationService and CinetPayTransactionService):
 * - `GET|POST /payments/cinetpay/notify` — notification (notify_url), form-urlencoded or JSON,
 *   header `x-token` (https://docs.cinetpay.com/api/1.0-en/checkout/notification)
 * - `GET|POST /payments/cinetpay/return` — return_url: 303 to the storefront page of the order, no state change
 */
import { All, Controller, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CinetPayNotificationService } from '../services/cinetpay-notification.service';
import { CinetPayTransactionService } from '../services/cinetpay-transaction.service';

/** The notify and return endpoints (see the module documentation). */
@Controller('payments/cinetpay')
export class CinetPayController {
    constructor(
        private readonly notifications: CinetPayNotificationService,
        private readonly transactions: CinetPayTransactionService,
    ) {}

    /** Notification webhook: 200 to pings, 401 on missing/forged x-token, 503 when the check is unreachable. */
    @All('notify')
    async notify(@Req() req: Request, @Res() res: Response): Promise<void> {
        if (req.method !== 'GET' && req.method !== 'POST') {
            res.status(405).type('text/plain').send('method not allowed');
            return;
        }
        const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
        const answer = await this.notifications.handleNotification({
            httpMethod: req.method,
            contentType: req.headers['content-type'],
            xToken: headerValue(req.headers['x-token']),
            fields: { ...(req.query as Record<string, unknown>), ...body },
        });
        res.status(answer.status).type('text/plain').send(answer.text);
    }

    /** Return URL: 303 to `${storefrontUrl}/checkout/cinetpay/<orderCode>?transaction_id=…`; 404 when unknown. */
    @All('return')
    async return(@Req() req: Request, @Res() res: Response): Promise<void> {
        const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
        const raw = body.transaction_id ?? req.query.transaction_id;
        const url = typeof raw === 'string' ? await this.transactions.returnUrlFor(raw) : undefined;
        if (!url) {
            res.status(404).type('text/plain').send('unknown transaction');
            return;
        }
        res.redirect(303, url);
    }
}

function headerValue(value: string | string[] | undefined): string | undefined {
    return Array.isArray(value) ? value[0] : value;
}
