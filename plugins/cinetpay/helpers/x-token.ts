/**
 * The `x-token` header of CinetPay notifications: lowercase hex HMAC-SHA256 keyed with the merchant's
 * secret key over the concatenation of 16 form fields, in this order, a missing field counting as "".
 * Spec: https://docs.cinetpay.com/api/1.0-en/checkout/hmac
 */
import crypto from 'node:crypto';
import { wireText } from '../../shared/wire-text';

/** The fields of the HMAC message, in order. */
export const X_TOKEN_FIELDS = [
    'cpm_site_id',
    'cpm_trans_id',
    'cpm_trans_date',
    'cpm_amount',
    'cpm_currency',
    'signature',
    'payment_method',
    'cel_phone_num',
    'cpm_phone_prefixe',
    'cpm_language',
    'cpm_version',
    'cpm_payment_config',
    'cpm_page_action',
    'cpm_custom',
    'cpm_designation',
    'cpm_error_message',
] as const;

/**
 * Computes the expected `x-token` of a notification body.
 *
 * @param fields the notification's form fields (non-string values are stringified, missing ones are "")
 * @param secretKey the merchant's secret key (raw string)
 * @returns 64 lowercase hex characters
 */
export function computeXToken(fields: Record<string, unknown>, secretKey: string): string {
    const message = X_TOKEN_FIELDS.map(name => {
        const value = fields[name];
        return wireText(value);
    }).join('');
    return crypto.createHmac('sha256', secretKey).update(message, 'utf8').digest('hex');
}

/**
 * Verifies a received `x-token` in constant time.
 *
 * @returns false when the token is missing, malformed or does not match
 */
export function verifyXToken(
    fields: Record<string, unknown>,
    token: string | undefined,
    secretKey: string,
): boolean {
    if (!token || !secretKey || !/^[0-9a-fA-F]{64}$/.test(token)) return false;
    const expected = Buffer.from(computeXToken(fields, secretKey), 'hex');
    const received = Buffer.from(token.toLowerCase(), 'hex');
    return expected.length === received.length && crypto.timingSafeEqual(expected, received);
}
