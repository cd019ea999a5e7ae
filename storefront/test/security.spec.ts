/**
 * The storefront's security helpers: same-origin return paths (no open redirect), image URLs by
 * asset server preset only, merchants' rich text allowlisted, public origin.
 */
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../src/lib/http';
import { assetSrcSet, assetUrl } from '../src/lib/format';
import { SRCSETS } from '../src/lib/image-sizes';
import { PublicUrlMissingError, siteOrigin } from '../src/lib/seo';
import { safeHtml } from '../src/lib/html';

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

describe('safeHtml (rich text from the Shop API)', () => {
    it('keeps formatting and safe links', () => {
        expect(safeHtml('<p>Un <strong>parfum</strong> <em>boisé</em></p><ul><li>50 ml</li></ul>')).toBe(
            '<p>Un <strong>parfum</strong> <em>boisé</em></p><ul><li>50 ml</li></ul>',
        );
        expect(safeHtml('<a href="https://brand.example/x" target="_blank">site</a>')).toBe(
            '<a href="https://brand.example/x" rel="noopener noreferrer nofollow">site</a>',
        );
    });

    it.each([
        ['<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
        ['<img src=x onerror="alert(1)">', ''],
        ['<p onclick="alert(1)" style="color:red">x</p>', '<p>x</p>'],
        ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
        ['<a href="//evil.example">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
        ['<iframe src="https://evil.example"></iframe>', ''],
        ['<svg><script>alert(1)</script></svg>', ''],
        ['<style>body{display:none}</style><p>x</p>', '<p>x</p>'],
    ])('removes the dangerous parts of %j', (html, clean) => {
        expect(safeHtml(html)).toBe(clean);
    });

    it('gives an empty string for no description', () => {
        expect(safeHtml(null)).toBe('');
        expect(safeHtml(undefined)).toBe('');
    });
});
