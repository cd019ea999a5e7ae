/**
 * The shopper's address the storefront forwards to the Shop API (`X-Forwarded-For`, for the API's
 * rate limits): never the client's own header unless a trusted proxy of ours wrote it.
 */
import { describe, expect, it } from 'vitest';
import { shopperAddress } from '../src/lib/vendure';

describe('shopperAddress', () => {
    it("takes the TCP peer when the request has no X-Forwarded-For (Astro's clientAddress)", () => {
        expect(shopperAddress(null, '203.0.113.7', 0)).toBe('203.0.113.7');
        expect(shopperAddress(null, '::ffff:203.0.113.7', 0)).toBe('::ffff:203.0.113.7');
        expect(shopperAddress(null, undefined, 0)).toBeUndefined();
    });

    it("ignores a client's own X-Forwarded-For when no proxy of ours is in front", () => {
        // Astro's clientAddress is then the header's first entry: the client's claim.
        expect(shopperAddress('198.51.100.1', '198.51.100.1', 0)).toBeUndefined();
    });

    it('takes the address our outermost proxy saw, whatever the client prepended', () => {
        expect(shopperAddress('198.51.100.1, 203.0.113.7', '198.51.100.1', 1)).toBe('203.0.113.7');
        expect(shopperAddress('198.51.100.1, 203.0.113.7, 10.0.0.2', '198.51.100.1', 2)).toBe('203.0.113.7');
        expect(shopperAddress('203.0.113.7', '203.0.113.7', 2)).toBeUndefined();
        expect(shopperAddress('not-an-ip', 'not-an-ip', 1)).toBeUndefined();
    });
});
