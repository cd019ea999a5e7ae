/**
 * The storefront's pure helpers: language routing and links, translations, listing filters and
 * price bands, money formatting per language, public origin.
 */
import { describe, expect, it } from 'vitest';
import { defineMessages, localePath, plural, splitLocale, t } from '../src/lib/i18n';
import {
    applyPriceBand,
    listingSearchInput,
    PAGE_SIZE,
    readListingFilters,
    type SearchItem,
} from '../src/lib/catalog';
import { addressLines, formatMoney, formatMoneyWhole, formatPriceRange, stockLabel } from '../src/lib/format';
import { closeMatches } from '../src/lib/suggestions';
import { siteOrigin } from '../src/lib/seo';
import { describeError, orderBreakdown, refundedTotal } from '../src/lib/order';
import { outcomeOf } from '../src/lib/cinetpay/cinetpay';

describe('storefront i18n', () => {
    it('splits the /en prefix off and builds links per language', () => {
        expect(splitLocale('/en/products/x')).toEqual({ lang: 'en', path: '/products/x', prefixed: true });
        expect(splitLocale('/en')).toEqual({ lang: 'en', path: '/', prefixed: true });
        expect(splitLocale('/english-breakfast')).toEqual({
            lang: 'fr',
            path: '/english-breakfast',
            prefixed: false,
        });
        expect(splitLocale('/fr/cart')).toEqual({ lang: 'fr', path: '/cart', prefixed: true });
        expect(localePath('en', '/')).toBe('/en');
        expect(localePath('en', '/?q=1')).toBe('/en?q=1');
        expect(localePath('en', '/collections/perfumes?page=2')).toBe('/en/collections/perfumes?page=2');
        expect(localePath('fr', '/cart')).toBe('/cart');
    });

    it('translates with parameters and French/English plural rules', () => {
        expect(t('en', 'footer.rights', { year: 2026 })).toBe('© 2026 Radiant. All rights reserved.');
        expect(t('fr', 'header.cart')).toBe('Panier');
        expect(plural('fr', 0, { one: '{count} article', other: '{count} articles' })).toBe('0 article');
        expect(plural('en', 0, { one: '{count} item', other: '{count} items' })).toBe('0 items');
        const m = defineMessages({ fr: { hi: 'Bonjour {name}' }, en: { hi: 'Hello {name}' } });
        expect(m('en', 'hi', { name: 'Ada' })).toBe('Hello Ada');
    });

    it('formats EUR and XOF per language', () => {
        expect(formatMoney(7200, 'EUR', 'fr')).toBe('72,00\u00a0€');
        expect(formatMoney(7200, 'EUR', 'en')).toBe('€72.00');
        expect(formatMoney(7850000, 'XOF', 'fr').replace(/\s/g, ' ')).toBe('78 500 F CFA');
        expect(formatMoneyWhole(5000, 'EUR', 'fr')).toBe('50\u00a0€');
        expect(formatPriceRange({ min: 5800, max: 9000 }, 'EUR', 'en')).toBe('From €58.00');
        expect(stockLabel('LOW_STOCK', 'en')).toBe('Only a few left');
    });
});

describe('storefront Shop API error messages', () => {
    it('explains ErrorResults in French by default and in English', () => {
        const stock = { errorCode: 'INSUFFICIENT_STOCK_ERROR', quantityAvailable: 2 };
        expect(describeError(stock)).toBe(
            'Stock insuffisant : 2 pièces seulement ont été ajoutées à votre panier.',
        );
        expect(describeError({ ...stock, quantityAvailable: 1 }, 'fr')).toBe(
            'Stock insuffisant : 1 pièce seulement a été ajoutée à votre panier.',
        );
        expect(describeError(stock, 'en')).toBe('Insufficient stock: only 2 items were added to your cart.');
        const declined = { errorCode: 'PAYMENT_DECLINED_ERROR', paymentErrorMessage: 'card_declined' };
        expect(describeError(declined, 'fr')).toBe(
            'Le paiement a été refusé : card_declined. Aucun montant n’a été débité.',
        );
        expect(describeError(declined, 'en')).toBe(
            'The payment was declined: card_declined. Nothing has been charged.',
        );
        expect(describeError({ errorCode: 'PAYMENT_FAILED_ERROR' }, 'en')).toBe(
            'The payment did not go through. Please try again.',
        );
        expect(describeError({ errorCode: 'GUEST_CHECKOUT_ERROR', errorDetail: 'disabled' }, 'en')).toBe(
            'Guest checkout is not possible (disabled).',
        );
        expect(describeError({ errorCode: 'SOMETHING_NEW', message: 'Vendure says no' }, 'en')).toBe(
            'Vendure says no',
        );
        expect(describeError({ errorCode: 'SOMETHING_NEW' }, 'en')).toBe(
            'Something went wrong. Please try again.',
        );
    });

    it('explains a cart held by a CinetPay payment awaiting approval, in the page language', () => {
        const refusal = {
            errorCode: 'ORDER_STATE_TRANSITION_ERROR',
            transitionError: 'CINETPAY_PAYMENT_PENDING — a CinetPay payment (RD1) is awaiting approval',
        };
        expect(describeError(refusal, 'en')).toMatch(
            /^A CinetPay payment for this order is awaiting your approval/,
        );
        expect(describeError(refusal, 'fr')).toMatch(/^Un paiement CinetPay de cette commande attend/);
        expect(describeError({ errorCode: 'CINETPAY_PAYMENT_PENDING' }, 'en')).toBe(
            describeError(refusal, 'en'),
        );
    });
});

describe('storefront listing filters', () => {
    const url = (q: string) => new URL(`http://shop.test/collections/parfums?${q}`);

    it('reads brand, category, price band, sort and page; ignores anything invalid', () => {
        const f = readListingFilters(
            url('brand=3&brand=3&brand=<x>&category=7&price=50-100&sort=price-desc&page=2'),
            'fr',
        );
        expect(f).toEqual({
            brands: ['3'],
            categories: ['7'],
            price: { key: '50-100', min: 5000, max: 10000 },
            sort: 'price-desc',
            page: 2,
        });
        expect(readListingFilters(url('price=50-100&sort=cheap&page=-1'), 'ci')).toMatchObject({
            price: undefined,
            sort: 'name',
            page: 1,
        });
    });

    it('builds the SearchInput: OR within a facet, AND between facets, paged by the API without a price band', () => {
        const input = listingSearchInput(
            { collectionSlug: 'parfums' },
            readListingFilters(url('brand=1&brand=2&category=5&page=3'), 'fr'),
        );
        expect(input).toEqual({
            collectionSlug: 'parfums',
            groupByProduct: true,
            sort: { name: 'ASC' },
            facetValueFilters: [{ or: ['1', '2'] }, { or: ['5'] }],
            take: PAGE_SIZE,
            skip: 2 * PAGE_SIZE,
        });
        const banded = listingSearchInput(
            { term: 'rose' },
            readListingFilters(url('price=150-&sort=price-asc'), 'fr'),
        );
        expect(banded).toMatchObject({ term: 'rose', sort: { price: 'ASC' }, take: 100, skip: 0 });
    });

    it('keeps the products whose lowest price is in the band, then pages them', () => {
        const item = (slug: string, price: SearchItem['priceWithTax']) =>
            ({ slug, priceWithTax: price }) as SearchItem;
        const items = [
            item('a', { value: 4999 }),
            item('b', { min: 5000, max: 12000 }),
            item('c', { value: 9999 }),
            item('d', { value: 10000 }),
        ];
        const filters = readListingFilters(url('price=50-100'), 'fr');
        expect(applyPriceBand(items, 4, filters)).toEqual({ items: [items[1], items[2]], totalItems: 2 });
        const noBand = readListingFilters(url(''), 'fr');
        expect(applyPriceBand(items, 40, noBand)).toEqual({ items, totalItems: 40 });
    });
});

describe('storefront search suggestions and origin', () => {
    it('suggests close names, accents and case ignored', () => {
        const names = ['Chanel', 'Diptyque', 'Lancôme', 'Diptyque Do Son'];
        expect(closeMatches('diptyqe', names)).toEqual(['Diptyque', 'Diptyque Do Son']);
        expect(closeMatches('LANCOME', names)).toEqual(['Lancôme']);
        expect(closeMatches('  ', names)).toEqual([]);
    });

    it('takes the public origin from PUBLIC_STOREFRONT_URL, else from the forwarded or Host header', () => {
        const request = (headers: Record<string, string>) => new Request('http://localhost/x', { headers });
        const saved = process.env.PUBLIC_STOREFRONT_URL;
        try {
            delete process.env.PUBLIC_STOREFRONT_URL;
            expect(siteOrigin(request({ host: '127.0.0.1:4321' }))).toBe('http://127.0.0.1:4321');
            expect(
                siteOrigin(
                    request({
                        host: 'a.test',
                        'x-forwarded-host': 'shop.example',
                        'x-forwarded-proto': 'https',
                    }),
                ),
            ).toBe('https://shop.example');
            expect(siteOrigin(request({ host: 'evil.test/<script>' }))).toBe('http://localhost');
            process.env.PUBLIC_STOREFRONT_URL = 'https://radiant.example/';
            expect(siteOrigin(request({ host: 'a.test' }))).toBe('https://radiant.example');
        } finally {
            if (saved === undefined) delete process.env.PUBLIC_STOREFRONT_URL;
            else process.env.PUBLIC_STOREFRONT_URL = saved;
        }
    });
});

describe('storefront addresses', () => {
    it('writes the postcode and city as the country does', () => {
        const paris = {
            fullName: 'Inès Diallo',
            company: '',
            streetLine1: '12 rue du Bac',
            postalCode: '75007',
            city: 'Paris',
            country: 'France',
            countryCode: 'FR',
            phoneNumber: '+33 6 98 76 54 32',
        };
        expect(addressLines(paris)).toEqual([
            'Inès Diallo',
            '12 rue du Bac',
            '75007 Paris',
            'France',
            '+33 6 98 76 54 32',
        ]);
        expect(addressLines({ city: 'London', postalCode: 'SW1A 1AA', countryCode: 'GB' })).toEqual([
            'London',
            'SW1A 1AA',
        ]);
        expect(
            addressLines({ city: 'Springfield', province: 'IL', postalCode: '62704', countryCode: 'US' }),
        ).toEqual(['Springfield, IL 62704']);
    });
});

describe('storefront order totals', () => {
    // 2 × 60,00 € with 10 % off the order (Vendure prorates it into the lines) and Colissimo at
    // 5,90 € made free by a promotion: Vendure's subTotalWithTax (108,00 €) and shippingWithTax (0)
    // already have both taken off.
    const order = {
        totalWithTax: 10800,
        lines: [{ linePriceWithTax: 12000 }],
        shippingLines: [{ priceWithTax: 590 }],
        discounts: [
            { description: 'BIENVENUE10', amountWithTax: -1200 },
            { description: 'Livraison offerte', amountWithTax: -590 },
        ],
    };

    it('shows the subtotal and shipping before promotions, so that the rows add up to the total', () => {
        const rows = orderBreakdown(order);
        expect(rows).toEqual({
            subtotal: 12000,
            discounts: order.discounts,
            shipping: 590,
            total: 10800,
        });
        expect(rows.subtotal + rows.discounts.reduce((s, d) => s + d.amountWithTax, 0) + rows.shipping).toBe(
            rows.total,
        );
    });

    it('sums the settled refunds of every payment', () => {
        expect(
            refundedTotal([
                {
                    refunds: [
                        { total: 3000, state: 'Settled' },
                        { total: 1000, state: 'Pending' },
                        { total: 500, state: 'Failed' },
                    ],
                },
                { refunds: [{ total: 2000, state: 'Settled' }] },
                { refunds: [] },
            ]),
        ).toBe(5000);
        expect(refundedTotal(null)).toBe(0);
    });
});

describe('CinetPay result page', () => {
    it('never offers to pay again for an order that is placed', () => {
        expect(outcomeOf('REFUSED', 'ArrangingPayment')).toBe('refused');
        expect(outcomeOf('REFUSED', 'AddingItems')).toBe('refused');
        // An old refused (or abandoned) attempt, the order paid since by another attempt or method.
        expect(outcomeOf('REFUSED', 'PaymentSettled')).toBe('accepted');
        expect(outcomeOf('INIT_FAILED', 'Shipped')).toBe('accepted');
        expect(outcomeOf('PENDING', 'PaymentSettled')).toBe('accepted');
        // A problem stays one: staff must look at the money CinetPay took.
        expect(outcomeOf('MISMATCH', 'PaymentSettled')).toBe('problem');
        expect(outcomeOf('REFUSED', 'Cancelled')).toBe('refused');
    });
});
