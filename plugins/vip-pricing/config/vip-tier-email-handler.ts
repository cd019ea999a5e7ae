import { Order, TransactionalConnection } from '@vendure/core';
import { EmailEventListener } from '@vendure/email-plugin';
import { VipTierChangeEvent } from '../events/vip-tier-change-event';

/** The texts of the "you joined a tier" email, per language. */
const TEXTS = {
    fr: {
        subject: 'Bienvenue dans votre cercle {tier}',
        title: 'Votre nouveau statut',
        intro: 'Merci pour votre fidélité : vous faites désormais partie de notre cercle de clients privilégiés.',
        tier: 'Statut',
        discount: 'Avantage',
        spend: 'Achats sur 12 mois',
        outro: 'Vos prix privilégiés s’affichent dès que vous êtes connecté(e) à votre compte.',
    },
    en: {
        subject: 'Welcome to {tier}',
        title: 'Your new status',
        intro: 'Thank you for your loyalty: you are now one of our privileged clients.',
        tier: 'Status',
        discount: 'Benefit',
        spend: 'Purchases over 12 months',
        outro: 'Your privileged prices show as soon as you are signed in to your account.',
    },
};

type Lang = keyof typeof TEXTS;

/**
 * "Bienvenue dans votre cercle … / Welcome to …": sent when a customer joins a higher tier
 * (VipTierChangeEvent with `isPromotion`), in the language of their latest order on the channel
 * (its `languageCode` custom field when the shop records one), else the channel's default language.
 * Template `static/email/templates/vip-tier-joined/body.hbs`; texts passed as `texts`.
 */
export const vipTierJoinedEmailHandler = new EmailEventListener('vip-tier-joined')
    .on(VipTierChangeEvent)
    .filter(event => event.isPromotion && !!event.customer.emailAddress)
    .loadData(async ({ event, injector }) => {
        const latest = await injector
            .get(TransactionalConnection)
            .getRepository(event.ctx, Order)
            .createQueryBuilder('ord')
            .innerJoin('ord.channels', 'channel', 'channel.id = :channelId', { channelId: event.channelId })
            .where('ord.customerId = :customerId', { customerId: event.customer.id })
            .andWhere('ord.orderPlacedAt IS NOT NULL')
            .orderBy('ord.orderPlacedAt', 'DESC')
            .getOne();
        const recorded = (latest?.customFields as { languageCode?: string } | undefined)?.languageCode;
        const languageCode = recorded ?? event.ctx.channel.defaultLanguageCode;
        const lang: Lang = languageCode === 'en' || languageCode.startsWith('en_') ? 'en' : 'fr';
        return { lang };
    })
    .setRecipient(event => event.customer.emailAddress)
    .setFrom('{{ fromAddress }}')
    .setSubject(event =>
        TEXTS[event.data.lang].subject.replace('{tier}', event.joined?.customerGroup.name ?? ''),
    )
    .setTemplateVars(event => {
        const lang = event.data.lang;
        const locale = lang === 'en' ? 'en-GB' : 'fr-FR';
        const currency = event.joined?.currencyCode ?? event.ctx.channel.defaultCurrencyCode;
        const percent = (event.joined?.discountBasisPoints ?? 0) / 100;
        return {
            lang,
            texts: TEXTS[lang],
            customerName: [event.customer.firstName, event.customer.lastName].filter(Boolean).join(' '),
            tierName: event.joined?.customerGroup.name ?? '',
            discount: percent ? `−${new Intl.NumberFormat(locale).format(percent)} %` : '',
            spend: new Intl.NumberFormat(locale, { style: 'currency', currency }).format(event.spend / 100),
        };
    });
