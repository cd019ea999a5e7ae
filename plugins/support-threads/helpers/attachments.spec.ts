import { describe, expect, it } from 'vitest';
import { safeFileName, sniffType } from './attachments';

const bytes = (...parts: Array<number[] | string>) =>
    Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('attachment checks', () => {
    it('recognises the accepted types from their bytes only', () => {
        expect(sniffType(bytes([0x89], 'PNG\r\n\x1a\n', 'rest'))?.mimeType).toBe('image/png');
        expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0]))?.mimeType).toBe('image/jpeg');
        expect(sniffType(bytes('GIF89a'))?.mimeType).toBe('image/gif');
        expect(sniffType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))?.mimeType).toBe('image/webp');
        expect(sniffType(bytes('%PDF-1.7'))?.mimeType).toBe('application/pdf');
    });

    it('refuses scripts, HTML, SVG, archives and truncated signatures', () => {
        for (const b of [
            bytes('#!/bin/sh'),
            bytes('<html>'),
            bytes('<svg xmlns="http://www.w3.org/2000/svg">'),
            bytes('PK\x03\x04'),
            bytes('RIFF', [0, 0, 0, 0], 'WAVE'),
            bytes([0x89, 0x50]),
            bytes(''),
        ])
            expect(sniffType(b)).toBeNull();
    });

    it('keeps only a safe last path segment, with the sniffed extension', () => {
        const png = { mimeType: 'image/png', extension: 'png' } as const;
        expect(safeFileName('../../etc/passwd', png)).toBe('passwd.png');
        expect(safeFileName('C:\\Users\\x\\Facture été.php.png', png)).toBe('Facture-ete-php.png');
        expect(safeFileName('...', png)).toBe('attachment.png');
        expect(safeFileName('a'.repeat(300) + '.exe', png)).toBe('a'.repeat(80) + '.png');
    });
});
