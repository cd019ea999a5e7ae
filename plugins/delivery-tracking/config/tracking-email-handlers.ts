/**
 * Emails on a parcel's status (Vendure EmailPlugin handlers on {@link ParcelStatusEvent}):
 *
 * - `parcel-status` to the customer, in the order's language (`order.customFields.languageCode`
 *   when the shop records it, else the channel's), when a parcel is out for delivery, waiting at a
 *   pickup point, or delivered, with the carrier's tracking link and a link to the storefront's
 *   tracking page for the whole order (a guest has no account page);
 * - `parcel-problem` to the merchant (the plugin's `merchantEmails`) on an exception or a failed
 *   delivery attempt.
 *
 * The "shipped" email is the shop's own handler on Vendure's FulfillmentStateTransitionEvent: the
 * first carrier movement moves the fulfillment to Shipped, which sends it. Templates:
 * `static/email/templates/parcel-status/body.hbs` and `parcel-problem/body.hbs`.
 */
import { Order, TransactionalConnection } from '@vendure/core';
import { EmailEventListener } from '@vendure/email-plugin';
import { ParcelEvent, ParcelEventSource } from '../entities/parcel-event.entity';
import { ParcelStatusEvent } from '../events/parcel-status-event';
import { TrackingStatus } from '../helpers/statuses';
import { DeliveryTrackingPlugin } from '../delivery-tracking.plugin';

type Lang = 'fr' | 'en';

/** Customer-facing texts per language and status. */
export const PARCEL_EMAIL_TEXTS = {
    fr: {
        hello: 'Bonjour',
        [TrackingStatus.OutForDelivery]: {
            subject: 'Votre colis arrive aujourd’hui — commande {code}',
            intro: 'Votre colis {carrier} {number} est en cours de livraison et devrait vous être remis aujourd’hui.',
        },
        [TrackingStatus.AvailableForPickup]: {
            subject: 'Votre colis vous attend — commande {code}',
            intro: 'Votre colis {carrier} {number} vous attend en point de retrait.',
        },
        [TrackingStatus.Delivered]: {
            subject: 'Votre colis est livré — commande {code}',
            intro: 'Votre colis {carrier} {number} a été livré. Nous espérons qu’il vous enchantera.',
        },
        track: 'Suivre le colis',
        order: 'Suivre toute ma commande',
    },
    en: {
        hello: 'Hello',
        [TrackingStatus.OutForDelivery]: {
            subject: 'Your parcel arrives today — order {code}',
            intro: 'Your {carrier} parcel {number} is out for delivery and should reach you today.',
        },
        [TrackingStatus.AvailableForPickup]: {
            subject: 'Your parcel is waiting for you — order {code}',
            intro: 'Your {carrier} parcel {number} is waiting for you at the pickup point.',
        },
        [TrackingStatus.Delivered]: {
            subject: 'Your parcel has been delivered — order {code}',
            intro: 'Your {carrier} parcel {number} has been delivered. We hope you love it.',
        },
        track: 'Track the parcel',
        order: 'Track my whole order',
    },
} as const;

/** Statuses the customer hears about (besides Vendure's shipped email). */
export const CUSTOMER_EMAIL_STATUSES = [
    TrackingStatus.OutForDelivery,
    TrackingStatus.AvailableForPickup,
    TrackingStatus.Delivered,
] as const;
type CustomerStatus = (typeof CUSTOMER_EMAIL_STATUSES)[number];

function fill(template: string, values: Record<string, string>): string {
    return template.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '');
}

async function loadOrder(event: ParcelStatusEvent, connection: TransactionalConnection) {
    const order = await connection
        .getRepository(event.ctx, Order)
        .findOne({ where: { id: event.orderId }, relations: { customer: true } });
    if (!order?.customer) throw new Error(`No order with a customer for parcel ${event.parcel.id}`);
    const recorded = (order.customFields as { languageCode?: string | null } | undefined)?.languageCode;
    const lang: Lang = (recorded ?? event.ctx.languageCode) === 'en' ? 'en' : 'fr';
    return { order, customer: order.customer, lang };
}

/** `parcel-status`: out for delivery, waiting at a pickup point, delivered (see the module comment). */
export const parcelStatusEmailHandler = new EmailEventListener('parcel-status')
    .on(ParcelStatusEvent)
    .filter(event => (CUSTOMER_EMAIL_STATUSES as readonly TrackingStatus[]).includes(event.toStatus))
    .loadData(({ event, injector }) => loadOrder(event, injector.get(TransactionalConnection)))
    .setRecipient(event => event.data.customer.emailAddress)
    .setFrom('{{ fromAddress }}')
    .setSubject(event =>
        fill(PARCEL_EMAIL_TEXTS[event.data.lang][event.toStatus as CustomerStatus].subject, {
            code: event.data.order.code,
        }),
    )
    .setTemplateVars((event, globals) => {
        const texts = PARCEL_EMAIL_TEXTS[event.data.lang];
        const storefront =
            typeof globals.storefrontUrl === 'string' ? globals.storefrontUrl.replace(/\/$/, '') : '';
        return {
            lang: event.data.lang,
            texts: { hello: texts.hello, track: texts.track, order: texts.order },
            customer: { firstName: event.data.customer.firstName, lastName: event.data.customer.lastName },
            intro: fill(texts[event.toStatus as CustomerStatus].intro, {
                carrier: event.parcel.carrierName,
                number: event.parcel.trackingNumber,
            }),
            title: fill(texts[event.toStatus as CustomerStatus].subject, { code: event.data.order.code }),
            trackingUrl: event.parcel.trackingUrl,
            // The public tracking page, the order number filled in: guests have no account page.
            orderUrl: storefront
                ? `${storefront}${event.data.lang === 'en' ? '/en' : ''}/suivi?commande=${encodeURIComponent(event.data.order.code)}`
                : '',
        };
    });

/** Who reported a problem, by the event's source (the merchant email is in French). */
const PROBLEM_SOURCES: Record<ParcelEventSource, string> = {
    webhook: 'Le transporteur signale',
    poll: 'Le suivi du transporteur indique',
    manual: 'Un événement ajouté à la main signale',
};

/** The merchant address of the event's channel (`merchantEmails[token]`, else `merchantEmails.default`). */
function merchantRecipient(event: ParcelStatusEvent): string | undefined {
    const emails = DeliveryTrackingPlugin.options.merchantEmails;
    return emails?.[event.ctx.channel.token] ?? emails?.default;
}

/**
 * `parcel-problem` to the merchant: the parcel, its status and the order code, in French (the
 * house's language). Sent only when the plugin's `merchantEmails` names an address for the order's
 * channel.
 */
export const parcelProblemEmailHandler = new EmailEventListener('parcel-problem')
    .on(ParcelStatusEvent)
    .filter(
        event =>
            (event.toStatus === TrackingStatus.Exception || event.toStatus === TrackingStatus.AttemptFail) &&
            !!merchantRecipient(event),
    )
    .loadData(async ({ event, injector }) => {
        const connection = injector.get(TransactionalConnection);
        // The event that reported the problem: its message, place and where it came from.
        const [latest] = await connection.getRepository(event.ctx, ParcelEvent).find({
            where: { parcelId: event.parcel.id, status: event.toStatus },
            order: { occurredAt: 'DESC', id: 'DESC' },
            take: 1,
        });
        return { ...(await loadOrder(event, connection)), latest };
    })
    .setRecipient(event => merchantRecipient(event)!)
    .setFrom('{{ fromAddress }}')
    .setSubject(
        event =>
            `Problème de livraison — commande ${event.data.order.code} (${event.parcel.carrierName} ${event.parcel.trackingNumber})`,
    )
    .setTemplateVars(event => ({
        lang: 'fr',
        title: 'Problème de livraison',
        orderCode: event.data.order.code,
        carrier: event.parcel.carrierName,
        trackingNumber: event.parcel.trackingNumber,
        trackingUrl: event.parcel.trackingUrl,
        status:
            event.toStatus === TrackingStatus.Exception
                ? 'incident (Exception)'
                : 'tentative de livraison échouée (AttemptFail)',
        message: event.data.latest?.message ?? '',
        location: event.data.latest?.location ?? '',
        reportedBy: PROBLEM_SOURCES[event.data.latest?.source ?? 'webhook'],
    }));
