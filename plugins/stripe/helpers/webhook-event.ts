/**
 * The PaymentIntent id a webhook event is about (`pi_…`, from the object's `id` for `payment_intent.*`
 * events, from its `payment_intent` field — an id or an expanded object — for charge, refund and dispute
 * events), or undefined for event types the plugin does not handle
 * (https://docs.stripe.com/api/events/types).
 */
export function paymentIntentIdOf(type: string, object: Record<string, unknown>): string | undefined {
    const ref = (value: unknown) =>
        typeof value === 'string'
            ? value
            : value && typeof value === 'object'
              ? (value as { id?: string }).id
              : undefined;
    if (type.startsWith('payment_intent.')) return ref(object.id);
    if (
        type === 'charge.refunded' ||
        type === 'refund.created' ||
        type === 'refund.updated' ||
        type === 'charge.dispute.created'
    )
        return ref(object.payment_intent);
    return undefined;
}
