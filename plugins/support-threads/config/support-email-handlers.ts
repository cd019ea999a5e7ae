/**
 * The plugin's emails (Vendure EmailPlugin handlers on its own events). Templates:
 * `static/email/templates/support-{reply,status,new-message,sla}/body.hbs`.
 *
 * - `support-reply` to the customer on a staff reply (never on an internal note: the event's
 *   message is checked, and the text of a note is never read), with the reply and a link to the
 *   thread on the storefront (`<storefrontUrl>[/en]/compte/demandes/<id>`), in the customer's
 *   language (the thread's `languageCode`, from their latest Shop API request);
 * - `support-status` to the customer when the staff or the auto-close task changes the status;
 * - `support-new-message` to the assignee, else the channel's support address
 *   (`SupportMessageEvent.staffRecipient`), on a customer message, in French (the house's language);
 * - `support-sla` to the assignee or the support address once per breached wait.
 */
import { ConfigService, Customer, Injector, TransactionalConnection } from '@vendure/core';
import { EmailEventListener } from '@vendure/email-plugin';
import { STOREFRONT_THREAD_PATH } from '../constants';
import { SupportThread } from '../entities/support-thread.entity';
import {
    SupportMessageEvent,
    SupportSlaBreachEvent,
    SupportThreadStatusEvent,
} from '../events/support-events';
import { publicId } from '../helpers/public-ids';
import { SupportMessageAuthorType } from '../helpers/status-machine';
import type { RequestContext } from '@vendure/core';

type Lang = 'fr' | 'en';

/** The customer-facing texts per language. */
export const SUPPORT_EMAIL_TEXTS = {
    fr: {
        hello: 'Bonjour',
        open: 'Voir ma demande',
        reply: { subject: 'Réponse à votre demande « {subject} »', intro: '{author} vous a répondu :' },
        status: {
            subject: 'Votre demande « {subject} » : {status}',
            open: 'Votre demande est de nouveau ouverte : nous y travaillons.',
            pending: 'Nous attendons votre réponse pour continuer.',
            resolved:
                'Nous considérons votre demande comme résolue. Répondez si ce n’est pas le cas : elle sera rouverte.',
            closed: 'Votre demande est close. Pour toute nouvelle question, écrivez-nous depuis votre compte.',
        },
        statuses: {
            open: 'ouverte',
            pending: 'en attente de votre réponse',
            resolved: 'résolue',
            closed: 'close',
        },
    },
    en: {
        hello: 'Hello',
        open: 'View my request',
        reply: { subject: 'Reply to your request “{subject}”', intro: '{author} replied:' },
        status: {
            subject: 'Your request “{subject}”: {status}',
            open: 'Your request is open again: we are working on it.',
            pending: 'We are waiting for your answer to go on.',
            resolved: 'We consider your request resolved. Reply if it is not: it will be reopened.',
            closed: 'Your request is closed. For any new question, write to us from your account.',
        },
        statuses: {
            open: 'open',
            pending: 'waiting for your answer',
            resolved: 'resolved',
            closed: 'closed',
        },
    },
} as const;

/** The email language of a Vendure language code: English for `en`/`en_GB`…, French otherwise. */
export function supportEmailLanguage(languageCode: string | null | undefined): Lang {
    return languageCode === 'en' || languageCode?.startsWith('en_') ? 'en' : 'fr';
}

function fill(template: string, values: Record<string, string>): string {
    return template.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '');
}

/** The storefront page of the thread `threadId` (as the APIs show it) in `lang`; empty without a storefront URL. */
export function threadUrl(globals: { storefrontUrl?: unknown }, lang: Lang, threadId: string): string {
    const base = typeof globals.storefrontUrl === 'string' ? globals.storefrontUrl.replace(/\/$/, '') : '';
    return base
        ? `${base}${lang === 'en' ? '/en' : ''}${STOREFRONT_THREAD_PATH}${encodeURIComponent(threadId)}`
        : '';
}

async function customerOf(injector: Injector, ctx: RequestContext, thread: SupportThread) {
    const customer = await injector
        .get(TransactionalConnection)
        .getRepository(ctx, Customer)
        .findOneOrFail({ where: { id: thread.customerId } });
    return {
        customer,
        lang: supportEmailLanguage(thread.languageCode),
        threadId: publicId(injector.get(ConfigService), thread.id),
    };
}

const isStaffReply = (event: SupportMessageEvent) =>
    event.message.authorType === SupportMessageAuthorType.administrator && event.message.internal === false;

/** `support-reply`: a staff reply (not a note) to the customer. */
export const supportCustomerEmailHandler = new EmailEventListener('support-reply')
    .on(SupportMessageEvent)
    .filter(isStaffReply)
    .loadData(({ event, injector }) => customerOf(injector, event.ctx, event.thread))
    .setRecipient(event => event.data.customer.emailAddress)
    .setFrom('{{ fromAddress }}')
    .setSubject(event =>
        fill(SUPPORT_EMAIL_TEXTS[event.data.lang].reply.subject, { subject: event.thread.subject }),
    )
    .setTemplateVars((event, globals) => {
        const texts = SUPPORT_EMAIL_TEXTS[event.data.lang];
        return {
            lang: event.data.lang,
            title: fill(texts.reply.subject, { subject: event.thread.subject }),
            texts: { hello: texts.hello, open: texts.open },
            customer: { firstName: event.data.customer.firstName, lastName: event.data.customer.lastName },
            intro: fill(texts.reply.intro, { author: event.message.authorName }),
            // isStaffReply guarantees this is not an internal note.
            body: event.message.body,
            threadUrl: threadUrl(globals, event.data.lang, event.data.threadId),
        };
    });

/** `support-status`: a status change by the staff or the auto-close task, to the customer. */
export const supportStatusEmailHandler = new EmailEventListener('support-status')
    .on(SupportThreadStatusEvent)
    .filter(event => event.by !== 'customer')
    .loadData(({ event, injector }) => customerOf(injector, event.ctx, event.thread))
    .setRecipient(event => event.data.customer.emailAddress)
    .setFrom('{{ fromAddress }}')
    .setSubject(event => {
        const texts = SUPPORT_EMAIL_TEXTS[event.data.lang];
        return fill(texts.status.subject, {
            subject: event.thread.subject,
            status: texts.statuses[event.toStatus],
        });
    })
    .setTemplateVars((event, globals) => {
        const texts = SUPPORT_EMAIL_TEXTS[event.data.lang];
        return {
            lang: event.data.lang,
            title: fill(texts.status.subject, {
                subject: event.thread.subject,
                status: texts.statuses[event.toStatus],
            }),
            texts: { hello: texts.hello, open: texts.open },
            customer: { firstName: event.data.customer.firstName, lastName: event.data.customer.lastName },
            intro: texts.status[event.toStatus],
            threadUrl: threadUrl(globals, event.data.lang, event.data.threadId),
        };
    });

/** `support-new-message`: a customer message, to the assignee or the support address. */
export const supportStaffEmailHandler = new EmailEventListener('support-new-message')
    .on(SupportMessageEvent)
    .filter(event => event.message.authorType === SupportMessageAuthorType.customer && !!event.staffRecipient)
    .loadData(({ event, injector }) => customerOf(injector, event.ctx, event.thread))
    .setRecipient(event => event.staffRecipient!)
    .setFrom('{{ fromAddress }}')
    .setSubject(event => `[Support n° ${event.data.threadId}] ${event.thread.subject}`)
    .setTemplateVars(event => ({
        lang: 'fr',
        title: 'Nouveau message client',
        threadId: event.data.threadId,
        subject: event.thread.subject,
        priority: event.thread.priority,
        customerName: [event.data.customer.firstName, event.data.customer.lastName].join(' ').trim(),
        customerEmail: event.data.customer.emailAddress,
        body: event.message.body,
    }));

const frenchDate = (date: Date) =>
    date.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** `support-sla`: a thread past its response target, to the assignee or the support address, once. */
export const supportSlaEmailHandler = new EmailEventListener('support-sla')
    .on(SupportSlaBreachEvent)
    .loadData(({ event, injector }) => customerOf(injector, event.ctx, event.thread))
    .setRecipient(event => event.recipient)
    .setFrom('{{ fromAddress }}')
    .setSubject(
        event => `[Support n° ${event.data.threadId}] Délai de réponse dépassé : ${event.thread.subject}`,
    )
    .setTemplateVars(event => ({
        lang: 'fr',
        title: 'Délai de réponse dépassé',
        threadId: event.data.threadId,
        subject: event.thread.subject,
        priority: event.thread.priority,
        customerName: [event.data.customer.firstName, event.data.customer.lastName].join(' ').trim(),
        waitingSince: event.thread.waitingSince ? frenchDate(event.thread.waitingSince) : '',
        dueAt: frenchDate(event.dueAt),
    }));

/** Every email handler of the plugin. */
export const SUPPORT_EMAIL_HANDLERS = [
    supportCustomerEmailHandler,
    supportStatusEmailHandler,
    supportStaffEmailHandler,
    supportSlaEmailHandler,
];
