import { describe, expect, it } from 'vitest';
import {
    signAfterShipWebhook,
    signGenericWebhook,
    verifyAfterShipWebhook,
    verifyGenericWebhook,
} from './signatures';

const body = Buffer.from('{"trackingNumber":"6A12345678901"}');
const secret = 'whsec_test';
const now = 1_796_000_000;

describe('generic webhook signature', () => {
    it('accepts its own signature within five minutes', () => {
        expect(verifyGenericWebhook(signGenericWebhook(body, secret, now - 299), body, secret, now)).toBe(
            'ok',
        );
    });

    it('refuses an old or future timestamp (replay window)', () => {
        expect(verifyGenericWebhook(signGenericWebhook(body, secret, now - 301), body, secret, now)).toBe(
            'expired',
        );
        expect(verifyGenericWebhook(signGenericWebhook(body, secret, now + 400), body, secret, now)).toBe(
            'expired',
        );
    });

    it('refuses another body, another secret, a missing or garbled header', () => {
        const header = signGenericWebhook(body, secret, now);
        expect(verifyGenericWebhook(header, Buffer.from(`${body.toString()} `), secret, now)).toBe(
            'mismatch',
        );
        expect(verifyGenericWebhook(header, body, 'other', now)).toBe('mismatch');
        expect(verifyGenericWebhook(undefined, body, secret, now)).toBe('missing');
        expect(verifyGenericWebhook('v1=abc', body, secret, now)).toBe('malformed');
        expect(verifyGenericWebhook(`t=${now},v1=zz`, body, secret, now)).toBe('mismatch');
    });

    it('accepts any one of several v1 entries (secret rotation)', () => {
        const good = signGenericWebhook(body, secret, now).split('v1=')[1];
        expect(verifyGenericWebhook(`t=${now},v1=${'0'.repeat(64)},v1=${good}`, body, secret, now)).toBe(
            'ok',
        );
    });

    it('signs "t.body" with HMAC-SHA256 in hex', () => {
        // Computed independently: printf '1.{}' | openssl dgst -sha256 -hmac k
        expect(signGenericWebhook('{}', 'k', 1)).toBe(
            't=1,v1=3dd49b2593d0f9a349e9e71c4bde3e2b862c2be4003fe9b4ba81332029310158',
        );
    });
});

describe('AfterShip webhook signature', () => {
    it('accepts the base64 HMAC of the raw body', () => {
        expect(verifyAfterShipWebhook(signAfterShipWebhook(body, secret), body, secret)).toBe('ok');
    });

    it('is the base64 HMAC-SHA256 of the body', () => {
        // Computed independently: printf '{}' | openssl dgst -sha256 -hmac k -binary | base64
        expect(signAfterShipWebhook('{}', 'k')).toBe('rdhTsQP7zJNqGU+esV4pxP8Ir25H1dG8pPICGOMeT/8=');
    });

    it('refuses a changed body, a hex signature or none', () => {
        const header = signAfterShipWebhook(body, secret);
        expect(verifyAfterShipWebhook(header, Buffer.from('{}'), secret)).toBe('mismatch');
        expect(verifyAfterShipWebhook(undefined, body, secret)).toBe('missing');
        expect(verifyAfterShipWebhook('not base64!', body, secret)).toBe('malformed');
    });
});
