/**
 * The plugin's expected failures, as the Admin API's ErrorResult members return them (`__typename`
 * picks the GraphQL type; Vendure derives `errorCode` names from the type names).
 */

/** An input field is invalid; `field` names it (e.g. `price`, `endsAt`, `rank`). */
export interface InvalidVipInputError {
    __typename: 'InvalidVipInputError';
    errorCode: 'INVALID_VIP_INPUT_ERROR';
    message: string;
    field: string;
}

/** A VIP price's validity window overlaps another price of the same tier and variant. */
export interface OverlappingVipPriceError {
    __typename: 'OverlappingVipPriceError';
    errorCode: 'OVERLAPPING_VIP_PRICE_ERROR';
    message: string;
    /** The id of the price it overlaps. */
    conflictingPriceId: string;
}

/** The tier does not belong to the active channel (e.g. pinning a `ci` tier on `fr`). */
export interface VipTierChannelError {
    __typename: 'VipTierChannelError';
    errorCode: 'VIP_TIER_CHANNEL_ERROR';
    message: string;
    tierId: string;
}

/** Any of the plugin's ErrorResults. */
export type VipPricingError = InvalidVipInputError | OverlappingVipPriceError | VipTierChannelError;

/** Builds an {@link InvalidVipInputError}. */
export function invalidInput(field: string, message: string): InvalidVipInputError {
    return { __typename: 'InvalidVipInputError', errorCode: 'INVALID_VIP_INPUT_ERROR', message, field };
}

/** Whether `value` is one of the plugin's ErrorResults. */
export function isVipPricingError(value: unknown): value is VipPricingError {
    return typeof value === 'object' && value !== null && 'errorCode' in value;
}
