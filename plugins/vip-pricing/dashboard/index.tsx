/**
 * Dashboard extension of the VIP pricing plugin (README "Dashboard"):
 *
 * - "VIP tiers" (Customers menu, `/vip-tiers`, `ReadVipPricing`): the active channel's tiers with
 *   rank, default discount and the spend to join and keep in the channel's currency, the CSV export
 *   of the channel's VIP prices and the import dialog with per-row errors;
 * - the tier editor (`/vip-tiers/$id`, `/vip-tiers/new`);
 * - a "VIP prices" block on the product variant page (add, edit, delete per tier and window);
 * - a "VIP" block on the customer page (tier badge, 12-month spend, progress, pin / unpin).
 *
 * Buttons need the matching `*VipPricing` permission (the server refuses the call otherwise). Each
 * screen is a file of its own beside this one; this file only registers them.
 */
import { defineDashboardExtension } from '@vendure/dashboard';
import { CustomerVipStatus } from './customer-vip-block';
import { VariantVipPrices } from './variant-vip-prices-block';
import { VipTierDetail } from './vip-tier-detail';
import { VipTiersList } from './vip-tiers-list';

export default defineDashboardExtension({
    routes: [
        {
            path: '/vip-tiers',
            component: () => <VipTiersList />,
            navMenuItem: {
                sectionId: 'customers',
                id: 'vip-tiers',
                title: 'VIP tiers',
                requiresPermission: 'ReadVipPricing',
            },
        },
        {
            path: '/vip-tiers/$id',
            component: route => <VipTierDetail id={String((route.useParams() as { id: string }).id)} />,
        },
    ],
    pageBlocks: [
        {
            id: 'vip-prices',
            title: 'VIP prices',
            location: {
                pageId: 'product-variant-detail',
                column: 'main',
                position: { blockId: 'price-and-tax', order: 'after' },
            },
            requiresPermission: 'ReadVipPricing',
            shouldRender: context => !!context.entity?.id,
            component: ({ context }) => <VariantVipPrices variantId={String(context.entity.id)} />,
        },
        {
            id: 'vip-status',
            title: 'VIP',
            location: {
                pageId: 'customer-detail',
                column: 'side',
                position: { blockId: 'groups', order: 'before' },
            },
            requiresPermission: 'ReadVipPricing',
            shouldRender: context => !!context.entity?.id,
            component: ({ context }) => <CustomerVipStatus customerId={String(context.entity.id)} />,
        },
    ],
});
