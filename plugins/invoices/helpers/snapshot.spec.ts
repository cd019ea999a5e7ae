import type { Order } from '@vendure/core';
import { describe, expect, it } from 'vitest';
import { customerSnapshot } from './snapshot';

/** An order as customerSnapshot reads it: a buyer VAT number and a delivery address in `countryCode`. */
function order(countryCode: string, billingCountryCode?: string): Order {
    const at = (code: string) => ({
        fullName: 'Awa Diallo',
        streetLine1: '12 rue des Lilas',
        city: 'X',
        countryCode: code,
    });
    return {
        customer: { firstName: 'Awa', lastName: 'Diallo', emailAddress: 'awa@example.com' },
        shippingAddress: at(countryCode),
        billingAddress: billingCountryCode ? at(billingCountryCode) : {},
        customFields: { buyerVatNumber: 'fr 40 303 265 045', buyerSiren: '303265045' },
    } as unknown as Order;
}

describe('customerSnapshot', () => {
    it('keeps the VAT number of a buyer in the EU VAT area (France, Monaco)', () => {
        expect(customerSnapshot(order('FR')).vatNumber).toBe('FR40303265045');
        expect(customerSnapshot(order('MC')).vatNumber).toBe('FR40303265045');
    });

    it('leaves the VAT number of a buyer outside the EU VAT area off the invoice', () => {
        expect(customerSnapshot(order('CI')).vatNumber).toBeUndefined();
        expect(customerSnapshot(order('SN')).vatNumber).toBeUndefined();
        expect(customerSnapshot(order('SN')).siren).toBe('303265045');
    });

    it('goes by the billing address when there is one', () => {
        expect(customerSnapshot(order('CI', 'FR')).vatNumber).toBe('FR40303265045');
        expect(customerSnapshot(order('FR', 'SN')).vatNumber).toBeUndefined();
    });
});
