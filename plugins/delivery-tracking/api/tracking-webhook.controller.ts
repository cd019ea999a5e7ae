/**
 * `POST /tracking/webhook/:channelToken/:source` — carrier webhooks (`generic` or `aftership`). The
 * body arrives raw (Express's raw parser, installed on this path before Vendure's JSON parser),
 * because the signatures are HMACs of the exact bytes. Thin: TrackingWebhookService decides.
 */
import { Controller, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TrackingWebhookService } from '../services/tracking-webhook.service';

function header(req: Request, name: string): string | undefined {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
}

/** The carrier webhook endpoint. */
@Controller('tracking')
export class TrackingWebhookController {
    constructor(private readonly webhookService: TrackingWebhookService) {}

    /** Answers 202, 200, 400, 401, 404, 413 or 422 with a short plain-text reason (see TrackingWebhookService). */
    @Post('webhook/:channelToken/:source')
    async webhook(
        @Param('channelToken') channelToken: string,
        @Param('source') source: string,
        @Req() req: Request,
        @Res() res: Response,
    ): Promise<void> {
        const answer = await this.webhookService.handle(channelToken, source, req.body, {
            radiantSignature: header(req, 'radiant-signature'),
            afterShipSignature: header(req, 'aftership-hmac-sha256'),
        });
        res.status(answer.status).type('text/plain').send(answer.text);
    }
}
