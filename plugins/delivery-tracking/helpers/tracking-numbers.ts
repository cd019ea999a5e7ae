/** Tracking numbers and links: normalisation and validation shared by the fulfillment form, webhooks and lookups. */

/** Upper-case letters, digits and dashes, 4 to 40 characters once spaces are removed. */
const TRACKING_NUMBER = /^[A-Z0-9-]{4,40}$/;

/** `value` without spaces, upper-cased, or undefined when it is not a plausible tracking number. */
export function normaliseTrackingNumber(value: string): string | undefined {
    const number = value.replace(/\s+/g, '').toUpperCase();
    return TRACKING_NUMBER.test(number) ? number : undefined;
}

/** The carrier's tracking page for `trackingNumber` from its template (`{trackingNumber}`), or empty. */
export function trackingUrl(template: string, trackingNumber: string): string {
    return template ? template.replace('{trackingNumber}', encodeURIComponent(trackingNumber)) : '';
}
