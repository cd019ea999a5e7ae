/**
 * The storefront's security helpers: same-origin return paths (no open redirect), image URLs by
 * asset server preset only.
 */
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../src/lib/http';
import { assetSrcSet, assetUrl } from '../src/lib/format';
import { SRCSETS } from '../src/lib/image-sizes';
import { PublicUrlMissingError, siteOrigin } from '../src/lib/seo';

describe('safeReturnPath (open redirects)', () => {
    it('keeps same-origin paths with their query and fragment', () => {
        expect(safeReturnPath('/compte/commandes?page=2#x', '/f')).toBe('/compte/commandes?page=2#x');
        expect(safeReturnPath('/en/checkout/contact', '/f')).toBe('/en/checkout/contact');
        expect(safeReturnPath('/', '/f')).toBe('/');
    });

    it.each([
        ['/\t/evil.example/x'],
        ['/\n/evil.example'],
        ['/\r/evil.example'],
        ['/\u0000/evil.example'],
        ['//evil.example/x'],
        ['/\\evil.example/x'],
        ['/\\/evil.example'],
        ['\\\\evil.example'],
        ['/.//evil.example/x'],
        ['/%2e//evil.example'],
        ['https://evil.example/'],
        ['javascript:alert(1)'],
        ['evil.example'],
        [''],
        ['/' + 'a'.repeat(2001)],
    ])('refuses %j', value => {
        expect(safeReturnPath(value, '/fallback')).toBe('/fallback');
    });

    it('refuses non-strings', () => {
        expect(safeReturnPath(undefined, '/f')).toBe('/f');
        expect(safeReturnPath(null, '/f')).toBe('/f');
        expect(safeReturnPath(['/x'], '/f')).toBe('/f');
    });

    it('normalises dot segments the way the browser will', () => {
        expect(safeReturnPath('/a/../compte', '/f')).toBe('/compte');
    });
});

describe('image URLs (asset server presets only)', () => {
    it('builds storefront URLs with presets, never with raw sizes', () => {
        expect(assetUrl('/assets/a.jpg', { w: 160, h: 200 })).toBe(
            '/assets/a.jpg?preset=160x200&format=webp',
        );
        expect(assetSrcSet('/assets/a.jpg', SRCSETS.productGallery)).toBe(
            '/assets/a.jpg?preset=400x500&format=webp 400w, /assets/a.jpg?preset=700x875&format=webp 700w',
        );
    });
});

describe('public origin (Host header poisoning)', () => {
    const forged = new Request('http://localhost/robots.txt', {
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    });

    it('never builds it from request headers in production', () => {
        expect(
            siteOrigin(forged, { NODE_ENV: 'production', PUBLIC_STOREFRONT_URL: 'https://shop.example/' }),
        ).toBe('https://shop.example');
        expect(() => siteOrigin(forged, { NODE_ENV: 'production' })).toThrow(PublicUrlMissingError);
        expect(() =>
            siteOrigin(forged, { NODE_ENV: 'production', PUBLIC_STOREFRONT_URL: 'javascript:alert(1)' }),
        ).toThrow(PublicUrlMissingError);
    });

    it('follows the forwarded host in development only', () => {
        expect(siteOrigin(forged, { NODE_ENV: 'development' })).toBe('https://evil.example');
    });
});
