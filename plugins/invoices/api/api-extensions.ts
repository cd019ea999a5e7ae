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

/** Admin API: the invoice list (permission ReadInvoice). */
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
`;
