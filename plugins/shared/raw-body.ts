import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * An Express middleware keeping the request body as a Buffer in `req.body` (at most `maxBytes`, else
 * 413 `payload too large`) and marking it parsed, so the global body parser leaves it alone. Webhook
 * routes whose signature is an HMAC of the exact bytes install it with `beforeListen: true` on their
 * path (Stripe, carrier webhooks).
 */
export function rawBodyMiddleware(maxBytes: number): RequestHandler {
    return (req: Request, res: Response, next: NextFunction): void => {
        const parsed = req as Request & { _body?: boolean };
        if (parsed._body || req.method !== 'POST') return next();
        const chunks: Buffer[] = [];
        let size = 0;
        let failed = false;
        req.on('data', (chunk: Buffer) => {
            if (failed) return;
            size += chunk.length;
            if (size > maxBytes) {
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
    };
}
