/**
 * What an invoice says about its order, copied once when it is issued (an invoice never changes
 * afterwards): the buyer, the lines, the VAT summary, the document language, and which order states
 * are invoiceable. Plain functions of a loaded Order; the service that loads it is
 * InvoiceDraftService.
 */
import { OrderAddress } from '@vendure/common/lib/generated-types';
import type { Order } from '@vendure/core';
import type { InvoiceAddress, InvoiceCustomer, InvoiceLine, InvoiceTaxTotal } from '../types';
import { inEuVatArea, normaliseSiren, normaliseVatNumber } from './buyer-tax-id';

/**
 * Order states in which an order has been settled and stays invoiceable; the reconciliation
 * issues a missing invoice only for these (a cancelled order's totals are zero, see README).
 */
export const SETTLED_ORDER_STATES = [
    'PaymentSettled',
    'PartiallyShipped',
    'Shipped',
    'PartiallyDelivered',
    'Delivered',
    'Modifying',
    'ArrangingAdditionalPayment',
];

/** The document languages: French unless the order (or request) is in English (`en`, `en_GB`…). */
export function documentLanguage(languageCode: string | undefined): 'fr' | 'en' {
    return languageCode === 'en' || languageCode?.startsWith('en_') ? 'en' : 'fr';
}

/** An order address as printed on an invoice; undefined without a street line. */
function address(a: OrderAddress | undefined): InvoiceAddress | undefined {
    if (!a?.streetLine1) return undefined;
    return {
        fullName: a.fullName || undefined,
        company: a.company || undefined,
        streetLine1: a.streetLine1,
        streetLine2: a.streetLine2 || undefined,
        postalCode: a.postalCode || undefined,
        city: a.city ?? '',
        countryCode: a.countryCode ?? '',
        country: a.country || undefined,
    };
}

/**
 * The customer snapshot of an order: name, email, addresses and, for a business buyer, the company
 * (billing, else delivery address) and the VAT number and SIREN of the order's custom fields
 * (normalised; the VAT number only when that address is in the EU VAT area).
 */
export function customerSnapshot(order: Order): InvoiceCustomer {
    const delivery = address(order.shippingAddress);
    const billing = address(order.billingAddress);
    const name = order.customer
        ? `${order.customer.firstName ?? ''} ${order.customer.lastName ?? ''}`.trim()
        : (billing?.fullName ?? delivery?.fullName ?? '');
    // An intra-EU VAT number only applies to a buyer in the EU VAT area (not CI, SN…).
    const buyerCountry = (billing ?? delivery)?.countryCode;
    const vatNumber =
        !buyerCountry || inEuVatArea(buyerCountry)
            ? normaliseVatNumber(order.customFields?.buyerVatNumber ?? '')
            : '';
    const siren = normaliseSiren(order.customFields?.buyerSiren ?? '');
    const company = billing?.company ?? delivery?.company;
    return {
        name: name || billing?.fullName || delivery?.fullName || '',
        email: order.customer?.emailAddress,
        billingAddress: billing,
        deliveryAddress: delivery,
        ...(company ? { company } : {}),
        ...(vatNumber ? { vatNumber } : {}),
        ...(siren ? { siren } : {}),
    };
}

/**
 * The order's tax summary merged per VAT rate (Vendure lists shipping and surcharges apart even
 * at the same rate); integer sums, so the totals stay exactly the order's.
 */
export function taxTotalsByRate(order: Order): InvoiceTaxTotal[] {
    const byRate = new Map<number, InvoiceTaxTotal>();
    for (const t of order.taxSummary) {
        const entry = byRate.get(t.taxRate) ?? {
            taxRate: t.taxRate,
            description: `TVA ${t.taxRate} %`,
            base: 0,
            tax: 0,
        };
        entry.base += t.taxBase;
        entry.tax += t.taxTotal;
        byRate.set(t.taxRate, entry);
    }
    return [...byRate.values()].sort((a, b) => b.taxRate - a.taxRate);
}

/**
 * The lines snapshot of an order: product lines (names in the language the order was loaded in),
 * then shipping, then surcharges.
 */
export function linesSnapshot(order: Order, lang: 'fr' | 'en' = 'fr'): InvoiceLine[] {
    const lines: InvoiceLine[] = order.lines.map(l => ({
        description: l.productVariant?.name ?? `${lang === 'en' ? 'Item' : 'Article'} ${l.productVariantId}`,
        sku: l.productVariant?.sku,
        quantity: l.quantity,
        unitPrice: Math.round(l.unitPrice),
        taxRate: l.taxRate,
        discount: Math.max(0, l.linePrice - l.proratedLinePrice),
        totalExclTax: l.proratedLinePrice,
        totalInclTax: l.proratedLinePriceWithTax,
    }));
    for (const s of order.shippingLines ?? []) {
        lines.push({
            description: `${lang === 'en' ? 'Shipping' : 'Livraison'}${s.shippingMethod?.name ? ` — ${s.shippingMethod.name}` : ''}`,
            quantity: 1,
            unitPrice: Math.round(s.price),
            taxRate: s.taxRate,
            discount: Math.max(0, Math.round(s.price) - s.discountedPrice),
            totalExclTax: s.discountedPrice,
            totalInclTax: s.discountedPriceWithTax,
        });
    }
    for (const s of order.surcharges ?? []) {
        lines.push({
            description: s.description,
            sku: s.sku || undefined,
            quantity: 1,
            unitPrice: s.price,
            taxRate: s.taxRate,
            discount: 0,
            totalExclTax: s.price,
            totalInclTax: s.priceWithTax,
        });
    }
    return lines;
}
