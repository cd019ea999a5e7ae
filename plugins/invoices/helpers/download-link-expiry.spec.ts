import { describe, expect, it } from 'vitest';
import { checkDownloadLink, LINK_CLOCK_SKEW_SECONDS, signedDownloadPath } from './download-link';

const params = (path: string) => Object.fromEntries(new URL(path, 'http://x').searchParams);

describe('signed invoice download links: expiry cap', () => {
    const now = 1_800_000_000;

    it('refuses a correctly signed link that expires further ahead than the TTL', () => {
        const farFuture = Date.UTC(2100, 0, 1) / 1000;
        const p = params(signedDownloadPath('42', farFuture, 'secret'));
        expect(checkDownloadLink('42', p.expires, p.signature, 'secret', now, 900)).toBe('invalid');
        const justTooLong = params(
            signedDownloadPath('42', now + 900 + LINK_CLOCK_SKEW_SECONDS + 1, 'secret'),
        );
        expect(checkDownloadLink('42', justTooLong.expires, justTooLong.signature, 'secret', now, 900)).toBe(
            'invalid',
        );
    });

    it('accepts links within the TTL, clock skew included, and follows a longer configured TTL', () => {
        const p = params(signedDownloadPath('42', now + 900 + LINK_CLOCK_SKEW_SECONDS, 'secret'));
        expect(checkDownloadLink('42', p.expires, p.signature, 'secret', now, 900)).toBe('valid');
        const day = params(signedDownloadPath('42', now + 86_400, 'secret'));
        expect(checkDownloadLink('42', day.expires, day.signature, 'secret', now, 900)).toBe('invalid');
        expect(checkDownloadLink('42', day.expires, day.signature, 'secret', now, 86_400)).toBe('valid');
    });
});
