/**
 * Vendure order states as the storefront reads them (pure, no imports: the root unit tests load it).
 * See https://docs.vendure.io/guides/core-concepts/orders/#order-state.
 */

/** The states of an order not placed yet (still a cart or a checkout) or never to be paid. */
const NOT_PLACED: ReadonlySet<string> = new Set([
    'Created',
    'Draft',
    'AddingItems',
    'ArrangingPayment',
    'Cancelled',
]);

/**
 * True when the order has been placed and paid for (PaymentAuthorized, PaymentSettled, shipped,
 * delivered, being modified…): an old payment page of it must not offer to pay again.
 */
export function isPlacedOrderState(state: string | null | undefined): boolean {
    return !!state && !NOT_PLACED.has(state);
}
