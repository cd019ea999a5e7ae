/**
 * The page cache's pure parts: the signed pricing cookie (bound to session, channel and time), the
 * cart cookie, the page key, the answer log's storability rule and the in-process store's purges
 * and eviction.
 */
import { describe, expect, it } from 'vitest';
import { AnswerLog, pageKey, type PageVariant } from '../src/lib/page-cache/page-cache';
import {
    readCartCount,
    readPricing,
    signPricing,
    PRICING_FRESH_S,
} from '../src/lib/page-cache/shopper-cookies';
import { MemoryPageStore, type PageEntry } from '../src/lib/page-cache/store';

const SECRET = 'a-test-secret-of-enough-length-000';

describe('pricing cookie', () => {
    it('proves the key for its session, channel and time only', () => {
        const now = 1_800_000_000;
        const value = signPricing(SECRET, 'fr', 'token-a', 'vip:2,3', now);
        expect(value.startsWith('.')).toBe(false);
        expect(readPricing(SECRET, 'fr', 'token-a', value, now + 10)).toBe('vip:2,3');
        expect(readPricing(SECRET, 'fr', 'token-b', value, now + 10)).toBeUndefined();
        expect(readPricing(SECRET, 'ci', 'token-a', value, now + 10)).toBeUndefined();
        expect(
            readPricing('another-secret-of-enough-length-00', 'fr', 'token-a', value, now),
        ).toBeUndefined();
        expect(readPricing(SECRET, 'fr', 'token-a', value, now + PRICING_FRESH_S)).toBeUndefined();
        // A forged key with the signature of another one.
        const [, issued, mac] = value.split('.');
        const forged = `${Buffer.from('vip:9').toString('base64url')}.${issued}.${mac}`;
        expect(readPricing(SECRET, 'fr', 'token-a', forged, now)).toBeUndefined();
        expect(readPricing(SECRET, 'fr', 'token-a', 'garbage', now)).toBeUndefined();
    });

    it('writes regular prices as the empty key, starting with a dot', () => {
        const value = signPricing(SECRET, 'fr', 'token-a', '', 100);
        expect(value.startsWith('.')).toBe(true);
        expect(readPricing(SECRET, 'fr', 'token-a', value, 100)).toBe('');
    });

    it('reads cart counts of 0 to 999 only', () => {
        expect(readCartCount('3')).toBe(3);
        expect(readCartCount('0')).toBe(0);
        expect(readCartCount('1000')).toBeUndefined();
        expect(readCartCount('-1')).toBeUndefined();
        expect(readCartCount(undefined)).toBeUndefined();
    });
});

describe('page key and answers', () => {
    const variant: PageVariant = { channel: 'fr', lang: 'fr', theme: '', pricing: '', secure: false };

    it('differs by build, channel, language, theme, pricing and URL', () => {
        const base = pageKey('b1', variant, '/products/a');
        for (const other of [
            pageKey('b2', variant, '/products/a'),
            pageKey('b1', { ...variant, channel: 'ci' }, '/products/a'),
            pageKey('b1', { ...variant, lang: 'en' }, '/products/a'),
            pageKey('b1', { ...variant, theme: 'dark' }, '/products/a'),
            pageKey('b1', { ...variant, pricing: 'vip:1' }, '/products/a'),
            pageKey('b1', variant, '/products/a?x=1'),
        ]) {
            expect(other).not.toBe(base);
        }
    });

    it('stores a page only when every answer was a cached catalogue answer of one pricing key', () => {
        const log = new AnswerLog();
        expect(log.storable()).toBe(false);
        log.record({ surrogateKeys: 'all Product:1', pricingKey: '' });
        log.record({ surrogateKeys: 'all lists Product:2', pricingKey: '' });
        expect(log.storable()).toBe(true);
        expect([...log.keys].sort()).toEqual(['Product:1', 'Product:2', 'all', 'lists']);
        const withPrivate = new AnswerLog();
        withPrivate.record({ surrogateKeys: 'all Product:1', pricingKey: '' });
        withPrivate.record({ surrogateKeys: null, pricingKey: null });
        expect(withPrivate.storable()).toBe(false);
        const mixed = new AnswerLog();
        mixed.record({ surrogateKeys: 'all', pricingKey: '' });
        mixed.record({ surrogateKeys: 'all', pricingKey: 'vip:1' });
        expect(mixed.storable()).toBe(false);
    });
});

describe('in-process page store', () => {
    const entry = (keys: string[], bytes = 10): PageEntry => ({
        status: 200,
        headers: [['content-type', 'text/html']],
        gzip: new Uint8Array(bytes),
        keys,
        shared: true,
        storedAt: 0,
    });

    it('purges the pages carrying a key and nothing else', async () => {
        const store = new MemoryPageStore();
        await store.set('a', entry(['Product:1', 'lists']), 60_000);
        await store.set('b', entry(['Product:2', 'lists']), 60_000);
        await store.set('c', entry(['Product:3']), 60_000);
        expect(await store.purge(['Product:1'])).toBe(1);
        expect(await store.get('a')).toBeUndefined();
        expect(await store.get('b')).toBeDefined();
        expect(await store.purge(['lists'])).toBe(1);
        expect(await store.get('b')).toBeUndefined();
        expect(await store.get('c')).toBeDefined();
    });

    it('expires entries and evicts the least recently used beyond its size', async () => {
        const store = new MemoryPageStore(25);
        await store.set('old', entry(['k'], 10), 60_000);
        await store.set('mid', entry(['k'], 10), 60_000);
        await store.get('old');
        await store.set('new', entry(['k'], 10), 60_000);
        expect(await store.get('mid')).toBeUndefined();
        expect(await store.get('old')).toBeDefined();
        await store.set('gone', entry(['k'], 1), -1);
        expect(await store.get('gone')).toBeUndefined();
    });
});
