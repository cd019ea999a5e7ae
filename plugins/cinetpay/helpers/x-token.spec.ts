import { describe, expect, it } from 'vitest';
import { computeXToken, verifyXToken, X_TOKEN_FIELDS } from './x-token';

const VECTOR_VALUES = [
    '445160',
    'ORDER20240101A',
    '2024-01-01 12:30:45',
    '1000',
    'XOF',
    'b1c2d3e4f5',
    'OM',
    '0707070707',
    '225',
    'fr',
    'V4',
    'SINGLE',
    'PAYMENT',
    'order-42',
    'Order 42',
    'SUCCES',
];
const FIELDS = Object.fromEntries(X_TOKEN_FIELDS.map((name, i) => [name, VECTOR_VALUES[i]]));
const EXPECTED = '9bccd0bff6b5ccd34c968a68ffed1a261c6e6672ed063ffc21de369c4bc9c127';

describe('x-token (test vector of docs/gateways/cinetpay.md)', () => {
    it('computes the documented token', () => {
        expect(computeXToken(FIELDS, 'MY_SECRET_KEY_123')).toBe(EXPECTED);
    });
    it('verifies it, uppercase too, and nothing else', () => {
        expect(verifyXToken(FIELDS, EXPECTED, 'MY_SECRET_KEY_123')).toBe(true);
        expect(verifyXToken(FIELDS, EXPECTED.toUpperCase(), 'MY_SECRET_KEY_123')).toBe(true);
        expect(verifyXToken(FIELDS, EXPECTED, 'OTHER_SECRET')).toBe(false);
        expect(verifyXToken({ ...FIELDS, cpm_amount: '10000' }, EXPECTED, 'MY_SECRET_KEY_123')).toBe(false);
        expect(verifyXToken(FIELDS, undefined, 'MY_SECRET_KEY_123')).toBe(false);
        expect(verifyXToken(FIELDS, 'abc', 'MY_SECRET_KEY_123')).toBe(false);
        expect(verifyXToken(FIELDS, EXPECTED, '')).toBe(false);
    });
    it('counts a missing field as an empty string', () => {
        const { cpm_custom, ...rest } = FIELDS;
        expect(computeXToken(rest, 'k')).toBe(computeXToken({ ...rest, cpm_custom: '' }, 'k'));
        expect(cpm_custom).toBe('order-42');
    });
});
