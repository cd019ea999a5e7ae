/**
 * Pure helpers for credit notes: what part of an invoice a credit of a given amount (incl. VAT)
 * cancels, split across the invoice's VAT rates, in integer minor units.
 */
import type { InvoiceLine, InvoiceTaxTotal } from '../types';

/** The amounts of a credit note; all positive integers in minor units (a credit note credits them). */
export interface CreditAmounts {
    lines: InvoiceLine[];
    taxTotals: InvoiceTaxTotal[];
    totalExclTax: number;
    totalInclTax: number;
}

/** The part of an invoice a credit note needs. */
export interface CreditedInvoice {
    number: string;
    lines: InvoiceLine[];
    taxTotals: InvoiceTaxTotal[];
    totalExclTax: number;
    totalInclTax: number;
}

/**
 * Splits `amount` into integer parts proportional to `weights` (largest remainder), so the parts
 * always add up to `amount` exactly.
 */
export function allocate(amount: number, weights: number[]): number[] {
    const total = weights.reduce((a, b) => a + b, 0);
    if (total <= 0) return weights.map((_, i) => (i === 0 ? amount : 0));
    const raw = weights.map(w => (amount * w) / total);
    const parts = raw.map(Math.floor);
    let rest = amount - parts.reduce((a, b) => a + b, 0);
    const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac);
    for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k].i]++;
    return parts;
}

/**
 * The amounts of a credit note cancelling `amountInclTax` of `invoice`: the invoice's own lines
 * and totals when it cancels the whole invoice; otherwise one line per VAT rate, the amount
 * split in proportion to each rate's total incl. VAT and its VAT extracted at that rate.
 *
 * @param label line description before the invoice number, e.g. "Remboursement partiel de la facture n°"
 * @throws Error when the amount is not a positive integer or exceeds the invoice total
 */
export function creditAmounts(invoice: CreditedInvoice, amountInclTax: number, label: string): CreditAmounts {
    if (!Number.isInteger(amountInclTax) || amountInclTax <= 0 || amountInclTax > invoice.totalInclTax) {
        throw new Error(`Invalid credit amount ${amountInclTax} for invoice ${invoice.number}`);
    }
    if (amountInclTax === invoice.totalInclTax) {
        return {
            lines: invoice.lines.map(l => ({ ...l })),
            taxTotals: invoice.taxTotals.map(t => ({ ...t })),
            totalExclTax: invoice.totalExclTax,
            totalInclTax: invoice.totalInclTax,
        };
    }
    const rates = invoice.taxTotals.length
        ? invoice.taxTotals
        : [{ taxRate: 0, description: 'TVA 0 %', base: invoice.totalExclTax, tax: 0 }];
    const parts = allocate(
        amountInclTax,
        rates.map(r => r.base + r.tax),
    );
    const lines: InvoiceLine[] = [];
    const taxTotals: InvoiceTaxTotal[] = [];
    rates.forEach((r, i) => {
        const incl = parts[i];
        if (incl === 0) return;
        const tax = Math.round((incl * r.taxRate) / (100 + r.taxRate));
        const excl = incl - tax;
        lines.push({
            description: `${label} ${invoice.number}`,
            quantity: 1,
            unitPrice: excl,
            taxRate: r.taxRate,
            discount: 0,
            totalExclTax: excl,
            totalInclTax: incl,
        });
        taxTotals.push({ taxRate: r.taxRate, description: r.description, base: excl, tax });
    });
    return {
        lines,
        taxTotals,
        totalExclTax: taxTotals.reduce((s, t) => s + t.base, 0),
        totalInclTax: amountInclTax,
    };
}
