/** The locality lines of addresses in their countries' orders (plugins/shared/postal-address.ts). */
import { describe, expect, it } from 'vitest';
import { localityLines } from './postal-address';

describe('localityLines', () => {
    it('writes the postcode before the city in France and in countries without a rule', () => {
        expect(localityLines({ countryCode: 'FR', postalCode: '75001', city: 'Paris' })).toEqual([
            '75001 Paris',
        ]);
        expect(localityLines({ countryCode: 'CI', postalCode: '01 BP 1234', city: 'Abidjan' })).toEqual([
            '01 BP 1234 Abidjan',
        ]);
        expect(localityLines({ countryCode: 'SN', city: 'Dakar', postalCode: '' })).toEqual(['Dakar']);
        expect(
            localityLines({
                countryCode: 'ES',
                postalCode: '08001',
                city: 'Barcelona',
                province: 'Barcelona',
            }),
        ).toEqual(['08001 Barcelona', 'Barcelona']);
    });

    it('follows the British and North American orders', () => {
        expect(localityLines({ countryCode: 'gb', postalCode: 'SW1A 1AA', city: 'London' })).toEqual([
            'London',
            'SW1A 1AA',
        ]);
        expect(
            localityLines({ countryCode: 'US', postalCode: '62704', city: 'Springfield', province: 'IL' }),
        ).toEqual(['Springfield, IL 62704']);
        expect(
            localityLines({ countryCode: 'CA', city: 'Montréal', province: null, postalCode: null }),
        ).toEqual(['Montréal']);
    });
});
