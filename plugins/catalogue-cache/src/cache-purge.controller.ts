import { timingSafeEqual } from 'node:crypto';
import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import { CacheService, Logger } from '@vendure/core';
import type { Request, Response } from 'express';
import { CACHE_PREFIX, CATALOGUE_CACHE_OPTIONS } from './constants';
import { PURGE_KEYS_HEADER } from './page-purge.service';
import type { ResolvedCatalogueCacheOptions } from './types';

const loggerCtx = 'CatalogueCache';

/** Most surrogate keys one purge request may name (an import's batch stays well below). */
const MAX_KEYS = 10_000;

/**
 * `PURGE /catalogue-cache/purge` — purges this server process's own Shop API answers by surrogate
 * key, for caches that other processes cannot reach: Vendure's in-process cache, which Radiant uses
 * on SQLite without Redis, where the worker's purges (search index writes, VIP tier changes) would
 * otherwise stay in the worker. The worker sends its purges here as it sends them to the page
 * caches (same `xkey-purge` header, see {@link PagePurgeService}); with Redis or the SQL cache, every
 * process already shares the store and nothing needs to call this.
 *
 * - Only from this machine (the TCP peer's address is a loopback one; `X-Forwarded-For` is not
 *   believed) and with `Authorization: Bearer <pagePurge.token>`; answers 404 to another machine or
 *   when the plugin has no token configured (the route is then off), 401 with a wrong or missing token, 400 without keys or with
 *   more than 10 000, 405 for another method than PURGE or POST, 200 once the tags are invalidated.
 * - A key is a `Surrogate-Key` (the cache tag without the `catalogue-cache:` prefix): both the key
 *   and the prefixed tag are invalidated, since a relayed tag (a VIP tier's prices) keeps its own name.
 */
@Controller('catalogue-cache')
export class CachePurgeController {
    constructor(
        private cacheService: CacheService,
        @Inject(CATALOGUE_CACHE_OPTIONS) private options: ResolvedCatalogueCacheOptions,
    ) {}

    /** Handles the purge; see the class comment for the answers. */
    @All('purge')
    async purge(@Req() req: Request, @Res() res: Response): Promise<void> {
        const token = this.options.pagePurge?.token;
        if (!token || !isLoopback(req.socket.remoteAddress)) {
            res.status(404).type('text/plain').send('Not found');
            return;
        }
        if (req.method !== 'PURGE' && req.method !== 'POST') {
            res.status(405).set('allow', 'PURGE, POST').type('text/plain').send('Use PURGE');
            return;
        }
        if (!sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
            res.status(401).type('text/plain').send('Wrong or missing bearer token');
            return;
        }
        const header = req.headers[PURGE_KEYS_HEADER];
        const keys = [
            ...new Set(String(Array.isArray(header) ? header.join(' ') : (header ?? '')).split(/\s+/)),
        ].filter(Boolean);
        if (!keys.length || keys.length > MAX_KEYS) {
            res.status(400)
                .type('text/plain')
                .send(`${PURGE_KEYS_HEADER} must name 1 to ${MAX_KEYS} surrogate keys, space-separated`);
            return;
        }
        try {
            await this.cacheService.invalidateTags(keys.flatMap(key => [key, `${CACHE_PREFIX}:${key}`]));
        } catch (e) {
            Logger.warn(
                `Could not purge ${keys.length} keys sent by another process: ${String(e)}`,
                loggerCtx,
            );
            res.status(503).type('text/plain').send('The cache store failed; try again');
            return;
        }
        res.status(200).type('text/plain').send(`Purged ${keys.length} keys`);
    }
}

/** Whether a socket's peer address is this machine's (127.0.0.0/8, ::1, or IPv4-mapped loopback). */
function isLoopback(address: string | undefined): boolean {
    if (!address) return false;
    const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
    return v4.startsWith('127.') || address === '::1';
}

/** Constant-time comparison of two header values. */
function sameSecret(given: string, expected: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
}
