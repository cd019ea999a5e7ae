import { describe, expect, it } from 'vitest';
import { checkDownloadLink, signedDownloadPath } from './download-link';

const params = (path: string) => Object.fromEntries(new URL(path, 'http://x').searchParams);

describe('signed invoice download links', () => {
    const now = 1_800_000_000;
    it('accepts its own link until it expires', () => {
        const p = params(signedDownloadPath('42', now + 600, 'secret'));
        expect(checkDownloadLink('42', p.expires, p.signature, 'secret', now)).toBe('valid');
        expect(checkDownloadLink('42', p.expires, p.signature, 'secret', now + 601)).toBe('expired');
    });
    it('rejects a link for another id, a moved expiry, another secret or a malformed signature', () => {
        const p = params(signedDownloadPath('42', now + 600, 'secret'));
        expect(checkDownloadLink('43', p.expires, p.signature, 'secret', now)).toBe('invalid');
        expect(checkDownloadLink('42', String(now + 6000), p.signature, 'secret', now)).toBe('invalid');
        expect(checkDownloadLink('42', p.expires, p.signature, 'other', now)).toBe('invalid');
        expect(checkDownloadLink('42', p.expires, 'abc', 'secret', now)).toBe('invalid');
        expect(checkDownloadLink('42', undefined, undefined, 'secret', now)).toBe('invalid');
    });
});
