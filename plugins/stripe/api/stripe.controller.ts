/**
 * `POST /payments/stripe` — Stripe's webhook (Vendure's StripePlugin path). The body arrives raw: the
 * plugin installs {@link rawBodyMiddleware} on this route before Vendure's JSON parser, because the
 * signature is an HMAC of the exact bytes (https://docs.stripe.com/webhooks#verify-events).
 */
import { Controller, Post, Req, Res } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MAX_WEBHOOK_BYTES } from '../constants';
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

/**
 * Express middleware keeping the request body as a Buffer in `req.body` (≤ 1 MB, else 413) and marking
 * it parsed, so the global body parser leaves it alone. Installed with `beforeListen` on `/payments/stripe`.
 */
export function rawBodyMiddleware(req: Request, res: Response, next: NextFunction): void {
    const parsed = req as Request & { _body?: boolean };
    if (parsed._body || req.method !== 'POST') return next();
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        if (size > MAX_WEBHOOK_BYTES) {
            failed = true;
            res.status(413).type('text/plain').send('payload too large');
            req.resume();
            return;
        }
        chunks.push(chunk);
    });
    req.on('end', () => {
        if (failed) return;
        req.body = Buffer.concat(chunks);
        parsed._body = true;
        next();
    });
    req.on('error', err => {
        if (!failed) next(err);
    });
}
