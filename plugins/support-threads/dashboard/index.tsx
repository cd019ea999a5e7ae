/**
 * Dashboard extension of the support-threads plugin (README "Dashboard"):
 *
 * - "Support inbox" (Customers menu, `/support`, `ReadSupportThread`): the inbox with its filters,
 *   waiting times, SLA and unread counts;
 * - the thread view (`/support/$id`): messages with internal notes marked, reply or note with
 *   attachments, status, assignee, priority, tags, SLA figures and the customer's orders;
 * - a "Support" block on the customer page and on the order page.
 *
 * The inbox, the thread view and the blocks follow the staff's live stream
 * (`GET /support-threads/admin/live`) and re-query when it reports a change. Each screen is a file
 * of its own beside this one; this file only registers them.
 */
import { defineDashboardExtension } from '@vendure/dashboard';
import { SupportThreadsBlock } from './support-block';
import { SupportInbox } from './support-inbox';
import { SupportThreadView } from './support-thread-view';

export default defineDashboardExtension({
    routes: [
        {
            path: '/support',
            component: () => <SupportInbox />,
            navMenuItem: {
                sectionId: 'customers',
                id: 'support-inbox',
                title: 'Support',
                requiresPermission: 'ReadSupportThread',
            },
        },
        {
            path: '/support/$id',
            component: route => <SupportThreadView id={String((route.useParams() as { id: string }).id)} />,
        },
    ],
    pageBlocks: [
        {
            id: 'support-threads-customer',
            title: 'Support',
            location: {
                pageId: 'customer-detail',
                column: 'side',
                position: { blockId: 'status', order: 'after' },
            },
            requiresPermission: 'ReadSupportThread',
            shouldRender: context => !!context.entity?.id,
            component: ({ context }) => (
                <SupportThreadsBlock filter={{ customerId: String(context.entity.id) }} />
            ),
        },
        {
            id: 'support-threads-order',
            title: 'Support',
            location: {
                pageId: 'order-detail',
                column: 'side',
                position: { blockId: 'customer', order: 'after' },
            },
            requiresPermission: 'ReadSupportThread',
            shouldRender: context => !!context.entity?.id,
            component: ({ context }) => (
                <SupportThreadsBlock filter={{ orderId: String(context.entity.id) }} />
            ),
        },
    ],
});
