import gql from 'graphql-tag';

const invoiceType = gql`
    """
    An issued invoice or credit note (immutable). Amounts are integer minor units of currencyCode.
    """
    type Invoice implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        "The number, unique per seller and series, e.g. RAD-2026-000042."
        number: String!
        "invoice or creditNote."
        type: String!
        "The number series."
        series: String!
        "For a credit note: the number of the invoice it corrects."
        originalInvoiceNumber: String
        "The order's code."
        orderCode: String!
        "The buyer's name, from the snapshot (filtering on it searches the name and email)."
        customerName: String!
        "The buyer's email, from the snapshot."
        customerEmail: String
        "Total excluding VAT."
        totalExclTax: Money!
        "Total including VAT."
        totalInclTax: Money!
        "Currency of the amounts."
        currencyCode: CurrencyCode!
        "Date of issue."
        issuedAt: DateTime!
        """
        Download path of the PDF, relative to the server: a signed link valid 15 minutes (usable
        without a session, or with the owner's bearer token), or the authenticated route
        /invoices/{id}/pdf when no signing secret is configured; null until rendered.
        """
        downloadUrl: String
    }
`;

/** Shop API: the invoices of an order the customer can see. */
export const shopApiExtensions = gql`
    ${invoiceType}
    extend type Order {
        "The invoices and credit notes of the order, oldest first (only for the order's owner)."
        invoices: [Invoice!]!
    }
`;

/** Admin API: a channel's seller identity printed on new invoices (permission UpdateInvoiceSettings). */
const sellerSettingsTypes = gql`
    "A postal address of the seller."
    type InvoiceSellerAddress {
        "Name of a person or department at the address."
        fullName: String
        "Company name line, if different from the legal name."
        company: String
        "Street."
        streetLine1: String!
        "Second street line."
        streetLine2: String
        "Postal code."
        postalCode: String
        "City."
        city: String!
        "ISO 3166-1 alpha-2 country code, e.g. FR."
        countryCode: String!
        "Country name as printed."
        country: String
    }
    """
    The seller's legal identity printed on the active channel's new invoices (French/EU mandatory
    mentions). Issued invoices keep the identity of their own snapshot.
    """
    type InvoiceSellerSettings {
        "Legal name (dénomination sociale)."
        legalName: String!
        "Registered office."
        address: InvoiceSellerAddress!
        "SIREN, 9 digits."
        siren: String!
        "SIRET of the establishment, 14 digits starting with the SIREN."
        siret: String
        "Legal form, e.g. SAS."
        legalForm: String!
        "Share capital in minor units of shareCapitalCurrency."
        shareCapital: Int!
        "ISO 4217 currency of the share capital, e.g. EUR."
        shareCapitalCurrency: String!
        "City of the RCS registration."
        rcsCity: String!
        "Intra-EU VAT number: FR + 2-digit key + SIREN."
        vatNumber: String!
        "Contact email printed in the header."
        email: String
        "True when the channel has its own stored settings; false when they are the plugin options' defaults."
        stored: Boolean!
    }
    "A seller address as typed in the settings form."
    input InvoiceSellerAddressInput {
        "Name of a person or department at the address."
        fullName: String
        "Company name line."
        company: String
        "Street (required)."
        streetLine1: String!
        "Second street line."
        streetLine2: String
        "Postal code (required)."
        postalCode: String
        "City (required)."
        city: String!
        "ISO 3166-1 alpha-2 country code (required)."
        countryCode: String!
        "Country name as printed."
        country: String
    }
    "A seller identity as typed: spaces in SIREN, SIRET and VAT number are ignored."
    input InvoiceSellerSettingsInput {
        "Legal name (required)."
        legalName: String!
        "Registered office."
        address: InvoiceSellerAddressInput!
        "SIREN: 9 digits with a valid check digit (Luhn)."
        siren: String!
        "SIRET: 14 digits starting with the SIREN, valid check digit; optional."
        siret: String
        "Legal form (required)."
        legalForm: String!
        "Share capital in minor units (cents), 0 or more."
        shareCapital: Int!
        "ISO 4217 code, e.g. EUR."
        shareCapitalCurrency: String!
        "City of the RCS registration (required)."
        rcsCity: String!
        "FR + key + SIREN, the key being (12 + 3 × (SIREN mod 97)) mod 97."
        vatNumber: String!
        "Contact email; optional."
        email: String
    }
    "One invalid field of the seller settings."
    type InvoiceSellerFieldError {
        "Path of the field, e.g. siren or address.city (empty when the error is not about one field)."
        field: String!
        "What is wrong."
        message: String!
    }
    "The seller settings were not saved: at least one field is invalid (see fieldErrors)."
    type InvalidInvoiceSellerSettingsError implements ErrorResult {
        "INVALID_INVOICE_SELLER_SETTINGS_ERROR."
        errorCode: ErrorCode!
        "Every invalid field and why, in one sentence."
        message: String!
        "One entry per invalid field."
        fieldErrors: [InvoiceSellerFieldError!]!
    }
    "The saved settings, or why nothing was saved."
    union UpdateInvoiceSellerSettingsResult = InvoiceSellerSettings | InvalidInvoiceSellerSettingsError
    extend type Query {
        """
        The active channel's seller identity for new invoices: its stored settings, or the plugin
        options' defaults (stored: false). Permission UpdateInvoiceSettings.
        """
        invoiceSellerSettings: InvoiceSellerSettings!
    }
    extend type Mutation {
        """
        Validates and stores the active channel's seller identity, used by the invoices issued from
        now on (issued ones never change). Saves nothing and returns
        InvalidInvoiceSellerSettingsError when a field is invalid. Permission UpdateInvoiceSettings.
        """
        updateInvoiceSellerSettings(input: InvoiceSellerSettingsInput!): UpdateInvoiceSellerSettingsResult!
    }
`;

/** Admin API: the invoice list (permission ReadInvoice), regeneration, seller settings. */
export const adminApiExtensions = gql`
    ${invoiceType}
    "A page of invoices and credit notes."
    type InvoiceList implements PaginatedList {
        items: [Invoice!]!
        totalItems: Int!
    }
    extend type Query {
        "Invoices and credit notes of the active channel (permission ReadInvoice)."
        invoices(options: InvoiceListOptions): InvoiceList!
    }
    "The documents a regeneration issued."
    type RegeneratedInvoice {
        "The credit note cancelling the regenerated invoice in full."
        creditNote: Invoice!
        "The new invoice of the order (fresh snapshot)."
        invoice: Invoice!
    }
    extend type Mutation {
        """
        Replaces an invoice, never by editing it: issues a credit note cancelling it in full and a
        new invoice of the order from its current data (seller identity, customer, addresses), in
        one transaction (permission RegenerateInvoice). Only for the order's current invoice, not
        yet credited, on an order still settled; otherwise a USER_INPUT_ERROR with a message.
        """
        regenerateInvoice(id: ID!): RegeneratedInvoice!
    }
    extend type Order {
        "The invoices and credit notes of the order, oldest first."
        invoices: [Invoice!]!
    }
    # Generated at run time by Vendure
    input InvoiceListOptions
    ${sellerSettingsTypes}
`;
