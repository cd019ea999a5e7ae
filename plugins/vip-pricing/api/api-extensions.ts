import gql from 'graphql-tag';

const commonTypes = gql`
    "The tier whose VIP price applied to a price (catalogue, search, order line)."
    type AppliedVipTier {
        id: ID!
        "The tier's name (its customer group's name)."
        name: String!
        "Higher ranks win when a customer holds several tiers."
        rank: Int!
    }
    "A loyalty tier of the active channel: a customer group with a rank, a default discount and spend thresholds."
    type VipTier {
        id: ID!
        name: String!
        rank: Int!
        "Default discount off the regular price, in percent (e.g. 10 or 12.5); absolute VIP prices beat it."
        discountPercent: Float!
        "Spend over the rolling window needed to join the tier (minor units of currencyCode)."
        joinSpend: Money!
        "Spend over the rolling window needed to keep the tier (minor units, at most joinSpend)."
        keepSpend: Money!
        "The channel's currency the thresholds are in."
        currencyCode: CurrencyCode!
    }
    "A customer's VIP standing on the active channel."
    type VipStatus {
        "The highest-ranked tier held, or null."
        tier: VipTier
        "Spend over the window: totals with tax of placed, not cancelled orders minus settled refunds (minor units)."
        spend: Money!
        currencyCode: CurrencyCode!
        "Start of the rolling window (the window ends now)."
        windowStartsAt: DateTime!
        "The next tier up, or null at the top."
        nextTier: VipTier
        "What is still to spend to join nextTier (minor units), or null."
        amountToNextTier: Money
        "Whether an admin pinned the tier (the automatic rule is then suspended)."
        pinned: Boolean!
    }
    extend type ProductVariant {
        "The regular price without tax (price is the VIP price for a VIP shopper, else the same)."
        originalPrice: Money!
        "The regular price with tax (priceWithTax is the VIP price for a VIP shopper, else the same)."
        originalPriceWithTax: Money!
        "The tier whose VIP price is in price/priceWithTax, or null for the regular price."
        vipTier: AppliedVipTier
    }
    extend type Customer {
        "The customer's VIP standing on the active channel."
        vipStatus: VipStatus!
    }
`;

/** Shop API: regular and VIP prices side by side, the search results' VIP prices, the shopper's standing. */
export const shopApiExtensions = gql`
    ${commonTypes}
    extend type SearchResult {
        "The search index's regular price (price is the VIP price for a VIP shopper, else the same)."
        originalPrice: SearchResultPrice!
        "The search index's regular price with tax."
        originalPriceWithTax: SearchResultPrice!
        "The tier whose VIP price is in price/priceWithTax, or null."
        vipTier: AppliedVipTier
    }
    extend type Query {
        "The active channel's tiers, lowest rank first (for a loyalty page)."
        vipTiers: [VipTier!]!
    }
`;

/** Admin API: tiers, VIP prices, pins, with the VipPricing permissions and typed errors. */
export const adminApiExtensions = gql`
    ${commonTypes}
    extend type VipTier {
        "The customer group whose members hold the tier."
        customerGroup: CustomerGroup!
    }
    extend type VipStatus {
        "The tier an admin pinned, or null."
        pinnedTier: VipTier
    }
    "An absolute VIP price of one tier for one variant on the tier's channel."
    type VipPrice {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        tier: VipTier!
        productVariantId: ID!
        "Minor units of currencyCode, in the channel's price basis (with tax when its prices include tax)."
        price: Money!
        currencyCode: CurrencyCode!
        "Valid from (inclusive); null: always."
        startsAt: DateTime
        "Valid until (exclusive); null: forever."
        endsAt: DateTime
    }
    "An input field is invalid; field names it."
    type InvalidVipInputError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        "The invalid field, e.g. price, endsAt, rank, tierId."
        field: String!
    }
    "The validity window overlaps another VIP price of the same tier and variant."
    type OverlappingVipPriceError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        conflictingPriceId: ID!
    }
    "The tier is not a tier of the active channel."
    type VipTierChannelError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        tierId: ID!
    }
    "What a VIP price import did (or would do, with dryRun)."
    type VipPriceImportSummary {
        "True when nothing was saved because the import only checked the file."
        dryRun: Boolean!
        "Prices created."
        created: Int!
        "Existing prices (same tier, SKU and window) whose amount changed."
        updated: Int!
        "Rows equal to an existing price."
        unchanged: Int!
    }
    "A problem in one row (or the whole file) of an imported CSV."
    type VipPriceCsvRowError {
        "Spreadsheet row number: 1 is the header, 2 the first price; 0 for the file as a whole."
        row: Int!
        "The column: sku, tier, price, currency, startsAt, endsAt; or file."
        field: String!
        message: String!
    }
    "The CSV file was refused: every problem found, by row and column. Nothing was saved."
    type VipPriceImportError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        rowErrors: [VipPriceCsvRowError!]!
    }
    union VipPriceImportResult = VipPriceImportSummary | VipPriceImportError
    union VipTierResult = VipTier | InvalidVipInputError
    union VipPriceResult = VipPrice | InvalidVipInputError | OverlappingVipPriceError
    union VipStatusResult = VipStatus | InvalidVipInputError | VipTierChannelError
    input CreateVipTierInput {
        "Name of the new customer group."
        name: String!
        rank: Int!
        discountPercent: Float!
        joinSpend: Money!
        "Defaults to joinSpend."
        keepSpend: Money
    }
    input UpdateVipTierInput {
        id: ID!
        name: String
        rank: Int
        discountPercent: Float
        joinSpend: Money
        keepSpend: Money
    }
    input SaveVipPriceInput {
        "Given: updates that price; absent: creates one."
        id: ID
        tierId: ID!
        productVariantId: ID!
        price: Money!
        startsAt: DateTime
        endsAt: DateTime
    }
    extend type Query {
        "The active channel's tiers, lowest rank first. Permission ReadVipPricing."
        vipTiers: [VipTier!]!
        "A tier of the active channel, or null. Permission ReadVipPricing."
        vipTier(id: ID!): VipTier
        "The VIP prices of a variant on the active channel. Permission ReadVipPricing."
        vipPrices(productVariantId: ID!): [VipPrice!]!
        """
        The active channel's VIP prices as a CSV file (UTF-8, RFC 4180): columns sku, product, tier,
        price (major units: whole francs for XOF, 2 decimals for EUR), currency, startsAt, endsAt (ISO
        8601 UTC, empty when open); cells starting with = + - @ are prefixed with '. Permission ReadVipPricing.
        """
        exportVipPrices: String!
    }
    extend type Mutation {
        "Creates a tier (and its customer group) on the active channel. Permission CreateVipPricing."
        createVipTier(input: CreateVipTierInput!): VipTierResult!
        "Updates a tier of the active channel. Permission UpdateVipPricing."
        updateVipTier(input: UpdateVipTierInput!): VipTierResult!
        "Deletes a tier, its VIP prices and its customer group. Permission DeleteVipPricing."
        deleteVipTier(id: ID!): Boolean!
        "Creates or updates an absolute VIP price. Permission UpdateVipPricing."
        saveVipPrice(input: SaveVipPriceInput!): VipPriceResult!
        """
        Imports VIP prices into the active channel from a CSV file in the export's format, given as
        text (csv) or as an upload (file); the product column is ignored, ';' is accepted as the
        delimiter. A row with the tier, SKU and window of an existing price changes its amount; other
        rows create prices. Every row is checked first: on any error, VipPriceImportError lists them
        all (row and column) and nothing is saved. dryRun: check and count only. Permission UpdateVipPricing.
        """
        importVipPrices(csv: String, file: Upload, dryRun: Boolean): VipPriceImportResult!
        "Deletes a VIP price. Permission DeleteVipPricing."
        deleteVipPrice(id: ID!): Boolean!
        "Pins a tier for a customer (overrides the automatic rule until unpinned). Permission UpdateVipPricing."
        pinVipTier(customerId: ID!, tierId: ID!): VipStatusResult!
        "Removes a customer's pin and re-applies the automatic rule. Permission UpdateVipPricing."
        unpinVipTier(customerId: ID!): VipStatusResult!
        "Re-evaluates a customer's tier now (as the worker does after an order). Permission UpdateVipPricing."
        evaluateVipTier(customerId: ID!): VipStatusResult!
    }
`;
