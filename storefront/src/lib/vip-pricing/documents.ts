/**
 * Shop API operations of the VIP pricing plugin (plugins/vip-pricing): the signed-in customer's
 * standing for the account page. The VIP prices themselves come with the catalogue and order
 * documents (`originalPriceWithTax`, `vipTier` in ../documents.ts).
 */
import { graphql } from '../gql';

/** The fields of a tier the account page shows (thresholds in minor units of `currencyCode`). */
export const VipTierFields = graphql(`
    fragment VipTierFields on VipTier {
        id
        name
        rank
        discountPercent
        joinSpend
        keepSpend
        currencyCode
    }
`);

/** `activeCustomer.vipStatus`: the tier held, the spend over the rolling window, the next tier. */
export const VipStatusQuery = graphql(`
    query VipStatus {
        activeCustomer {
            id
            vipStatus {
                tier {
                    ...VipTierFields
                }
                spend
                currencyCode
                windowStartsAt
                nextTier {
                    ...VipTierFields
                }
                amountToNextTier
                pinned
            }
        }
    }
`);
