/**
 * The "Support" block of the customer page and of the order page (side column,
 * `ReadSupportThread`): the threads of that customer (`supportInbox(filter: { customerId })`) or
 * about that order (`{ orderId }`), in the inbox's order, with status and unread count, each a
 * link to the thread view. The staff's live stream re-queries it when one of them changes.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, useChannel } from '@vendure/dashboard';
import {
    INBOX_QUERY,
    InboxThread,
    StatusBadge,
    UnreadBadge,
    useSupportLive,
    useSupportTexts,
} from './shared';

/** The block for a customer (`customerId`) or an order (`orderId`). */
export function SupportThreadsBlock({
    filter,
}: Readonly<{ filter: { customerId: string } | { orderId: string } }>) {
    const { activeChannel } = useChannel();
    const { t } = useSupportTexts();
    const queryClient = useQueryClient();
    const { data, isLoading, error } = useQuery({
        queryKey: ['supportInbox', activeChannel?.token, filter, 'block'],
        queryFn: () =>
            api.query<{ supportInbox: { totalItems: number; items: InboxThread[] } }>(INBOX_QUERY, {
                filter,
                options: { take: 20 },
            }),
    });
    const items = data?.supportInbox.items ?? [];
    useSupportLive(activeChannel?.token, event => {
        if (items.some(i => i.id === event.threadId) || event.type === 'message')
            void queryClient.invalidateQueries({ queryKey: ['supportInbox', activeChannel?.token, filter] });
    });
    if (isLoading) return <div className="text-sm text-muted-foreground">{t.loading}</div>;
    if (error) return <div className="text-sm text-destructive">{(error as Error).message}</div>;
    if (items.length === 0)
        return (
            <div className="text-sm text-muted-foreground" data-support-block="0">
                {t.noSupport}
            </div>
        );
    return (
        <ul className="space-y-2 text-sm" data-support-block={items.length}>
            {items.map(thread => (
                <li key={thread.id} className="flex items-center gap-2" data-support-block-thread={thread.id}>
                    <Link
                        to="/support/$id"
                        params={{ id: thread.id }}
                        className={`min-w-0 flex-1 break-words underline-offset-4 hover:underline ${thread.staffUnreadCount ? 'font-semibold' : ''}`}
                    >
                        {thread.subject}
                    </Link>
                    <StatusBadge status={thread.status} t={t} />
                    <UnreadBadge count={thread.staffUnreadCount} />
                </li>
            ))}
            {data && data.supportInbox.totalItems > items.length && (
                <li className="text-xs text-muted-foreground">
                    <Link to="/support" className="underline">
                        +{data.supportInbox.totalItems - items.length}
                    </Link>
                </li>
            )}
        </ul>
    );
}
