/**
 * Parts shared by the support Dashboard screens: the Admin API documents, the row types, the
 * French / English texts (the Dashboard's display language), the status / priority badges, the
 * waiting-time and SLA cells, message bodies as escaped text with safe links, and the staff's live
 * stream (`GET /support-threads/admin/live`) as a React hook.
 */
import { Badge, useUserSettings } from '@vendure/dashboard';
import { Fragment, ReactNode, useEffect, useRef, useState } from 'react';

/** A thread as the inbox reads it. */
export interface InboxThread {
    id: string;
    subject: string;
    status: ThreadStatus;
    priority: ThreadPriority;
    channelId: string;
    tags: string[];
    staffUnreadCount: number;
    waitingSince: string | null;
    responseDueAt: string | null;
    responseTimeLeft: number | null;
    lastMessageAt: string | null;
    customer: { id: string; firstName: string; lastName: string; emailAddress: string };
    order: { id: string; code: string } | null;
    assignee: { id: string; firstName: string; lastName: string } | null;
}

/** A message of the thread view (internal notes included). */
export interface ThreadMessage {
    id: string;
    createdAt: string;
    authorType: 'customer' | 'administrator' | 'system';
    authorName: string;
    body: string;
    internal: boolean;
    attachments: Array<{ id: string; name: string; url: string; mimeType: string }>;
}

/** A thread as the thread view reads it. */
export interface FullThread extends InboxThread {
    createdAt: string;
    languageCode: string;
    firstResponseAt: string | null;
    firstResolvedAt: string | null;
    resolvedAt: string | null;
    closedAt: string | null;
    reopenCount: number;
    firstResponseSeconds: number | null;
    resolutionSeconds: number | null;
    previousThreadId: string | null;
    messages: ThreadMessage[];
    customerOrders: {
        totalItems: number;
        items: Array<{
            id: string;
            code: string;
            state: string;
            totalWithTax: number;
            currencyCode: string;
            orderPlacedAt: string | null;
        }>;
    };
}

export type ThreadStatus = 'open' | 'pending' | 'resolved' | 'closed';
export type ThreadPriority = 'low' | 'normal' | 'high' | 'urgent';
export const STATUSES: ThreadStatus[] = ['open', 'pending', 'resolved', 'closed'];
export const PRIORITIES: ThreadPriority[] = ['low', 'normal', 'high', 'urgent'];

/** What the plugin's mutations answer on bad input (ErrorResult members). */
export interface SupportErrorResult {
    __typename: string;
    errorCode: string;
    message: string;
}

const INBOX_FIELDS = `
    id
    subject
    status
    priority
    channelId
    tags
    staffUnreadCount
    waitingSince
    responseDueAt
    responseTimeLeft
    lastMessageAt
    customer {
        id
        firstName
        lastName
        emailAddress
    }
    order {
        id
        code
    }
    assignee {
        id
        firstName
        lastName
    }
`;

export const INBOX_QUERY = /* GraphQL */ `
    query DashboardSupportInbox($filter: SupportInboxFilter, $options: SupportThreadListOptions) {
        supportInbox(filter: $filter, options: $options) {
            totalItems
            items {
                ${INBOX_FIELDS}
            }
        }
    }
`;

export const THREAD_QUERY = /* GraphQL */ `
    query DashboardSupportThread($id: ID!) {
        supportThread(id: $id) {
            ${INBOX_FIELDS}
            createdAt
            languageCode
            firstResponseAt
            firstResolvedAt
            resolvedAt
            closedAt
            reopenCount
            firstResponseSeconds
            resolutionSeconds
            previousThreadId
            messages {
                id
                createdAt
                authorType
                authorName
                body
                internal
                attachments {
                    id
                    name
                    url
                    mimeType
                }
            }
            customerOrders {
                totalItems
                items {
                    id
                    code
                    state
                    totalWithTax
                    currencyCode
                    orderPlacedAt
                }
            }
        }
    }
`;

/** The administrators to assign to (needs ReadAdministrator; the screens do without it). */
export const ADMINISTRATORS_QUERY = /* GraphQL */ `
    query DashboardSupportAdministrators {
        administrators(options: { take: 100, sort: { firstName: ASC } }) {
            items {
                id
                firstName
                lastName
            }
        }
    }
`;

export const ME_QUERY = /* GraphQL */ `
    query DashboardSupportMe {
        activeAdministrator {
            id
        }
        activeChannel {
            id
            code
        }
    }
`;

export const CHANNELS_QUERY = /* GraphQL */ `
    query DashboardSupportChannels {
        channels(options: { take: 100 }) {
            items {
                id
                code
            }
        }
    }
`;

const UPDATE_RESULT = `
    __typename
    ... on SupportThread {
        id
    }
    ... on ErrorResult {
        errorCode
        message
    }
`;

export const REPLY_MUTATION = /* GraphQL */ `
    mutation DashboardSupportReply($input: ReplyToSupportThreadInput!) {
        replyToSupportThread(input: $input) {
            ${UPDATE_RESULT}
        }
    }
`;

export const MARK_READ_MUTATION = /* GraphQL */ `
    mutation DashboardSupportMarkRead($threadId: ID!) {
        markSupportThreadRead(threadId: $threadId) {
            ${UPDATE_RESULT}
        }
    }
`;

export const SET_STATUS_MUTATION = /* GraphQL */ `
    mutation DashboardSupportSetStatus($threadId: ID!, $status: SupportThreadStatus!) {
        setSupportThreadStatus(threadId: $threadId, status: $status) {
            ${UPDATE_RESULT}
        }
    }
`;

export const ASSIGN_MUTATION = /* GraphQL */ `
    mutation DashboardSupportAssign($threadId: ID!, $administratorId: ID) {
        assignSupportThread(threadId: $threadId, administratorId: $administratorId) {
            ${UPDATE_RESULT}
        }
    }
`;

export const SET_PRIORITY_MUTATION = /* GraphQL */ `
    mutation DashboardSupportSetPriority($threadId: ID!, $priority: SupportThreadPriority!) {
        setSupportThreadPriority(threadId: $threadId, priority: $priority) {
            ${UPDATE_RESULT}
        }
    }
`;

export const SET_TAGS_MUTATION = /* GraphQL */ `
    mutation DashboardSupportSetTags($threadId: ID!, $tags: [String!]!) {
        setSupportThreadTags(threadId: $threadId, tags: $tags) {
            ${UPDATE_RESULT}
        }
    }
`;

/** The ErrorResult of a mutation's answer, or undefined when it is the thread. */
export function supportError(result: { __typename: string } | undefined): SupportErrorResult | undefined {
    return result && 'errorCode' in result ? (result as SupportErrorResult) : undefined;
}

const TEXTS = {
    en: {
        support: 'Support',
        inbox: 'Support inbox',
        subject: 'Subject',
        customer: 'Customer',
        order: 'Order',
        status: 'Status',
        priority: 'Priority',
        assignee: 'Assignee',
        tags: 'Tags',
        waiting: 'Waiting / SLA',
        unread: 'Unread',
        unreadOnly: 'Unread only',
        anyone: 'Anyone',
        me: 'Me',
        unassigned: 'Unassigned',
        allStatuses: 'All statuses',
        allPriorities: 'All priorities',
        allChannels: 'All channels',
        search: 'Search subject, messages, customer…',
        noThreads: 'No thread matches.',
        loading: 'Loading…',
        previous: 'Previous',
        next: 'Next',
        page: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
        waitingFor: (d: string) => `waiting ${d}`,
        left: (d: string) => `${d} left`,
        overdue: (d: string) => `overdue by ${d}`,
        answered: 'answered',
        internalNote: 'Internal note',
        internalToggle: 'Internal note (staff only, not emailed)',
        reply: 'Send reply',
        addNote: 'Add note',
        replyPlaceholder: 'Reply to the customer…',
        notePlaceholder: 'Note for the team (the customer never sees it)…',
        attachments: 'Attachments (PNG, JPEG, WebP, GIF, PDF; 5 × 5 MB)',
        moveTo: 'Move to',
        noMove: 'Closed: no further change.',
        tagsPlaceholder: 'tag, other tag',
        saveTags: 'Save tags',
        customerOrders: 'Customer’s orders',
        noOrders: 'No placed order.',
        sla: 'Response targets',
        responseDue: 'Next reply due',
        firstResponse: 'First response',
        resolution: 'Resolution',
        reopened: 'Reopened',
        none: '—',
        live: 'Live',
        offline: 'Not live (refreshes every 30 s)',
        staff: 'Staff',
        system: 'System',
        notFound: 'No such thread.',
        back: 'Inbox',
        aboutOrder: 'About order',
        followUp: 'Follows up thread',
        threads: 'Support threads',
        noSupport: 'No support thread.',
        readOnly: 'You can read this thread; changes need UpdateSupportThread.',
        channel: 'Channel',
        statusNames: { open: 'Open', pending: 'Pending', resolved: 'Resolved', closed: 'Closed' },
        priorityNames: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
    },
    fr: {
        support: 'Support',
        inbox: 'Demandes clients',
        subject: 'Objet',
        customer: 'Client',
        order: 'Commande',
        status: 'Statut',
        priority: 'Priorité',
        assignee: 'Assignée à',
        tags: 'Étiquettes',
        waiting: 'Attente / SLA',
        unread: 'Non lus',
        unreadOnly: 'Non lues seulement',
        anyone: 'Tout le monde',
        me: 'Moi',
        unassigned: 'Non assignées',
        allStatuses: 'Tous les statuts',
        allPriorities: 'Toutes les priorités',
        allChannels: 'Tous les canaux',
        search: 'Chercher objet, messages, client…',
        noThreads: 'Aucune demande ne correspond.',
        loading: 'Chargement…',
        previous: 'Précédentes',
        next: 'Suivantes',
        page: (from: number, to: number, total: number) => `${from}–${to} sur ${total}`,
        waitingFor: (d: string) => `attend depuis ${d}`,
        left: (d: string) => `reste ${d}`,
        overdue: (d: string) => `en retard de ${d}`,
        answered: 'répondu',
        internalNote: 'Note interne',
        internalToggle: 'Note interne (équipe seulement, jamais envoyée)',
        reply: 'Envoyer la réponse',
        addNote: 'Ajouter la note',
        replyPlaceholder: 'Répondre au client…',
        notePlaceholder: 'Note pour l’équipe (le client ne la voit jamais)…',
        attachments: 'Pièces jointes (PNG, JPEG, WebP, GIF, PDF ; 5 × 5 Mo)',
        moveTo: 'Passer à',
        noMove: 'Close : plus aucun changement.',
        tagsPlaceholder: 'étiquette, autre étiquette',
        saveTags: 'Enregistrer',
        customerOrders: 'Commandes du client',
        noOrders: 'Aucune commande passée.',
        sla: 'Délais de réponse',
        responseDue: 'Prochaine réponse due',
        firstResponse: 'Première réponse',
        resolution: 'Résolution',
        reopened: 'Rouverte',
        none: '—',
        live: 'En direct',
        offline: 'Pas en direct (actualisé toutes les 30 s)',
        staff: 'Équipe',
        system: 'Système',
        notFound: 'Demande introuvable.',
        back: 'Demandes',
        aboutOrder: 'À propos de la commande',
        followUp: 'Suite de la demande',
        threads: 'Demandes d’assistance',
        noSupport: 'Aucune demande.',
        readOnly: 'Lecture seule : les changements demandent UpdateSupportThread.',
        channel: 'Canal',
        statusNames: { open: 'Ouverte', pending: 'En attente client', resolved: 'Résolue', closed: 'Close' },
        priorityNames: { low: 'Basse', normal: 'Normale', high: 'Haute', urgent: 'Urgente' },
    },
};

/** The texts of the screens. */
export type SupportTexts = (typeof TEXTS)['en'];

/** The screens' texts in the Dashboard's display language (French or English) and its locale tag. */
export function useSupportTexts(): { t: SupportTexts; lang: 'fr' | 'en' } {
    const { settings } = useUserSettings();
    const lang = settings.displayLanguage?.startsWith('fr') ? 'fr' : 'en';
    return { t: TEXTS[lang], lang };
}

/** A duration in seconds as people read it: `45 min`, `3 h 10`, `2 j 4 h` / `2 d 4 h`. */
export function formatDuration(seconds: number, lang: 'fr' | 'en'): string {
    const s = Math.abs(Math.round(seconds));
    const minutes = Math.floor(s / 60);
    const hours = Math.floor(minutes / 60);
    const days = Math.floor(hours / 24);
    if (days > 0) return `${days} ${lang === 'fr' ? 'j' : 'd'} ${hours % 24} h`;
    if (hours > 0) return `${hours} h ${String(minutes % 60).padStart(2, '0')}`;
    return `${Math.max(1, minutes)} min`;
}

/** A status as a coloured badge. */
export function StatusBadge({ status, t }: Readonly<{ status: ThreadStatus; t: SupportTexts }>) {
    const variant = status === 'open' ? 'destructive' : status === 'pending' ? 'secondary' : 'outline';
    return (
        <Badge variant={variant} data-support-status={status}>
            {t.statusNames[status]}
        </Badge>
    );
}

/** A priority as a badge (urgent and high stand out). */
export function PriorityBadge({ priority, t }: Readonly<{ priority: ThreadPriority; t: SupportTexts }>) {
    const className =
        priority === 'urgent'
            ? 'bg-red-600 text-white'
            : priority === 'high'
              ? 'bg-orange-500 text-white'
              : 'bg-muted text-muted-foreground';
    return (
        <span
            className={`inline-flex rounded-md px-2 py-0.5 text-xs font-medium ${className}`}
            data-support-priority={priority}
        >
            {t.priorityNames[priority]}
        </span>
    );
}

/** The number of customer messages the staff has not read, as a round badge (nothing for 0). */
export function UnreadBadge({ count }: Readonly<{ count: number }>) {
    if (count <= 0) return null;
    return (
        <span
            className="inline-flex min-w-6 justify-center rounded-full bg-primary px-2 py-0.5 text-xs font-semibold text-primary-foreground"
            data-support-unread={count}
        >
            {count}
        </span>
    );
}

/**
 * How long the customer has waited and the time left before the response target (red once
 * overdue); "answered" when nobody waits. `now` re-renders it as time passes.
 */
export function WaitingCell({
    thread,
    now,
    t,
    lang,
}: Readonly<{ thread: InboxThread; now: number; t: SupportTexts; lang: 'fr' | 'en' }>) {
    if (!thread.waitingSince) return <span className="text-xs text-muted-foreground">{t.answered}</span>;
    const waited = (now - new Date(thread.waitingSince).getTime()) / 1000;
    const left = thread.responseDueAt ? (new Date(thread.responseDueAt).getTime() - now) / 1000 : null;
    return (
        <div className="text-xs">
            <div>{t.waitingFor(formatDuration(waited, lang))}</div>
            {left !== null && (
                <div
                    className={left < 0 ? 'font-semibold text-red-600' : 'text-muted-foreground'}
                    data-support-overdue={left < 0 ? 'true' : 'false'}
                >
                    {left < 0 ? t.overdue(formatDuration(left, lang)) : t.left(formatDuration(left, lang))}
                </div>
            )}
        </div>
    );
}

/** The current time (ms), updated every `everyMs`. */
export function useNow(everyMs = 30_000): number {
    const [now, setNow] = useState(() => Date.now());
    useEffect(() => {
        const timer = setInterval(() => setNow(Date.now()), everyMs);
        return () => clearInterval(timer);
    }, [everyMs]);
    return now;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/g;

/**
 * A message body as text: React escapes it (`<b>` stays `<b>`), `white-space: pre-line` keeps its
 * line breaks, and `http(s)://` addresses become links that open in a new tab without the opener
 * (`rel="noopener noreferrer nofollow"`); only http and https are linked, never `javascript:`.
 */
export function MessageBody({ body }: Readonly<{ body: string }>) {
    const parts: ReactNode[] = [];
    let last = 0;
    for (const match of body.matchAll(URL_PATTERN)) {
        // A sentence's final punctuation is not part of the address.
        const url = match[0].replace(/[.,;:!?)\]]+$/, '');
        const start = match.index ?? 0;
        parts.push(<Fragment key={`t${start}`}>{body.slice(last, start)}</Fragment>);
        parts.push(
            <a
                key={`a${start}`}
                href={url}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="break-all text-primary underline"
            >
                {url}
            </a>,
        );
        last = start + url.length;
    }
    parts.push(<Fragment key="end">{body.slice(last)}</Fragment>);
    return (
        <div className="whitespace-pre-line break-words text-sm" data-support-body>
            {parts}
        </div>
    );
}

/** What the staff stream sends (see api/support-staff-live.controller.ts). */
export interface StaffLiveData {
    type: 'message' | 'thread';
    threadId: string;
    internal?: boolean;
}

/**
 * Follows the staff's live stream `GET /support-threads/admin/live` with an `EventSource` and calls
 * `onEvent` for each `message` and `thread` event. The browser sends the Dashboard's session
 * cookie by itself (an EventSource cannot set headers); the active channel goes as
 * `?vendure-token=`. Returns whether the stream is connected: the screens re-query every 30 s while
 * it is not (e.g. when the server only accepts bearer tokens).
 */
export function useSupportLive(channelToken: string | undefined, onEvent: (event: StaffLiveData) => void) {
    const [connected, setConnected] = useState(false);
    const handler = useRef(onEvent);
    handler.current = onEvent;
    useEffect(() => {
        if (typeof EventSource === 'undefined') return;
        const url = new URL('/support-threads/admin/live', globalThis.location.origin);
        if (channelToken) url.searchParams.set('vendure-token', channelToken);
        const source = new EventSource(url, { withCredentials: true });
        const receive = (type: StaffLiveData['type']) => (e: MessageEvent<string>) => {
            try {
                handler.current({ ...(JSON.parse(e.data) as StaffLiveData), type });
            } catch {
                // not JSON: ignore
            }
        };
        source.addEventListener('open', () => setConnected(true));
        source.addEventListener('error', () => setConnected(source.readyState === EventSource.OPEN));
        source.addEventListener('message', receive('message'));
        source.addEventListener('thread', receive('thread'));
        return () => {
            source.close();
            setConnected(false);
        };
    }, [channelToken]);
    return connected;
}

/** The "Live" / "Not live" indicator of the screens. */
export function LiveIndicator({ connected, t }: Readonly<{ connected: boolean; t: SupportTexts }>) {
    return (
        <span
            className="inline-flex items-center gap-1 text-xs text-muted-foreground"
            data-support-live={connected}
        >
            <span className={`h-2 w-2 rounded-full ${connected ? 'bg-green-500' : 'bg-gray-400'}`} />
            {connected ? t.live : t.offline}
        </span>
    );
}

/** A person's name, or their email when both names are empty. */
export function personName(p: { firstName: string; lastName: string; emailAddress?: string }): string {
    return `${p.firstName} ${p.lastName}`.trim() || p.emailAddress || '';
}
