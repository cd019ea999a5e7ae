/**
 * `POST /payments/stripe` — Stripe's webhook (Vendure's StripePlugin path). The body arrives raw: the
 * plugin installs `rawBodyMiddleware` (plugins/shared/raw-body.ts) on this route before Vendure's JSON parser, because the
 * signature is an HMAC of the exact bytes (https://docs.stripe.com/webhooks#verify-events).
 */
import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { StripeWebhookService } from '../services/stripe-webhook.service';

/** The webhook endpoint (thin; logic in StripeWebhookService.handleWebhook). */
@Controller('payments')
export class StripeController {
    constructor(private readonly webhookService: StripeWebhookService) {}

    /** 200 when processed, ignored or already processed; 400 on a missing or invalid signature; 503 to make Stripe retry. */
    @Post('stripe')
    async webhook(@Req() req: Request, @Res() res: Response): Promise<void> {
        const signature = req.headers['stripe-signature'];
        const answer = await this.webhookService.handleWebhook(
            req.body,
            Array.isArray(signature) ? signature[0] : signature,
        );
        res.status(answer.status).type('text/plain').send(answer.text);
    }
}
