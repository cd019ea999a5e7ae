/**
 * Radiant's configuration of the legal pages plugin (plugins/legal-pages): the placeholders of the
 * page bodies are filled from the seller identity the invoices plugin prints on invoices (each
 * channel's settings, `invoices.seller`, else the plugin options), so the legal notice and the
 * terms of sale always name the seller the invoices name; the facts invoices do not hold (phone,
 * publication director, host, consumer mediator) come from {@link DEMO_PUBLISHER}. Vendure's
 * default channel is not a shop and gets no pages.
 */
import type { Injector, RequestContext } from '@vendure/core';
import type { InvoiceSeller } from '../../plugins/invoices';
import { SellerSettingsService } from '../../plugins/invoices';
import { LegalPagesPlugin, type LegalPagePlaceholders } from '../../plugins/legal-pages';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';

/** What the legal notice and the terms need beyond the seller identity of the invoices. */
export interface LegalPublisher {
    /** The seller's phone number (LCEN art. 6 III 1 a). */
    phone: string;
    /** The publication director's name and role (LCEN art. 6 III 1 c). */
    publicationDirector: string;
    /** The host's name, address and phone (LCEN art. 6 III 1 d). */
    host: { name: string; address: string; phone: string };
    /** The consumer mediator the seller adheres to (Code de la consommation L612-1, L616-1). */
    mediator: { name: string; address: string; url: string };
}

/**
 * The demo shop's publisher facts. A real shop replaces them (or writes its own text in the
 * Dashboard, where a placeholder can be replaced by plain text); the values below are fictitious.
 */
export const DEMO_PUBLISHER: LegalPublisher = {
    phone: '+33 1 00 00 00 00',
    publicationDirector: 'Camille Martin, présidente',
    host: {
        name: 'Hébergeur Exemple SAS',
        address: '1 rue de l’Exemple, 59100 Roubaix, France',
        phone: '+33 3 00 00 00 00',
    },
    mediator: {
        name: 'Médiateur de la consommation (exemple)',
        address: '1 place de la Médiation, 75001 Paris, France',
        url: 'https://mediateur.example',
    },
};

/**
 * The `seller.*` placeholders of a seller identity, in a language: `seller.address` on several
 * lines, `seller.addressLine` on one, the share capital formatted with its currency (it is stored in
 * minor units), `privacy.contact` the seller's email.
 */
export function sellerPlaceholders(seller: InvoiceSeller, languageCode: string): LegalPagePlaceholders {
    const a = seller.address;
    const lines = [
        a.streetLine1,
        a.streetLine2,
        [a.postalCode, a.city].filter(Boolean).join(' '),
        a.country ?? a.countryCode,
    ];
    const address = lines.filter((l): l is string => !!l);
    let shareCapital: string;
    try {
        shareCapital = new Intl.NumberFormat(languageCode, {
            style: 'currency',
            currency: seller.shareCapitalCurrency,
        }).format(seller.shareCapital / 100);
    } catch {
        shareCapital = `${seller.shareCapital / 100} ${seller.shareCapitalCurrency}`;
    }
    return {
        'seller.legalName': seller.legalName,
        'seller.legalForm': seller.legalForm,
        'seller.shareCapital': shareCapital,
        'seller.address': address.join('\n'),
        'seller.addressLine': address.join(', '),
        'seller.siren': seller.siren,
        'seller.siret': seller.siret,
        'seller.rcsCity': seller.rcsCity,
        'seller.vatNumber': seller.vatNumber,
        'seller.email': seller.email,
        'privacy.contact': seller.email,
    };
}

/** The publisher placeholders (`contact.phone`, `publication.director`, `host.*`, `mediator.*`). */
export function publisherPlaceholders(publisher: LegalPublisher): LegalPagePlaceholders {
    return {
        'contact.phone': publisher.phone,
        'publication.director': publisher.publicationDirector,
        'host.name': publisher.host.name,
        'host.address': publisher.host.address,
        'host.phone': publisher.host.phone,
        'mediator.name': publisher.mediator.name,
        'mediator.address': publisher.mediator.address,
        'mediator.url': publisher.mediator.url,
    };
}

/**
 * The placeholders of a request: the channel's seller (invoices plugin, which must be configured)
 * in the request's language, and `publisher`.
 */
export function legalPagePlaceholders(publisher: LegalPublisher) {
    return async (ctx: RequestContext, injector: Injector): Promise<LegalPagePlaceholders> => ({
        ...sellerPlaceholders(await injector.get(SellerSettingsService).sellerFor(ctx), ctx.languageCode),
        ...publisherPlaceholders(publisher),
    });
}

/** The legal pages plugin as Radiant configures it: default pages in the shop channels only. */
export function legalPagesPlugin(publisher: LegalPublisher = DEMO_PUBLISHER) {
    return LegalPagesPlugin.init({
        placeholders: legalPagePlaceholders(publisher),
        seedChannel: channel => channel.code !== DEFAULT_CHANNEL_CODE,
    });
}
