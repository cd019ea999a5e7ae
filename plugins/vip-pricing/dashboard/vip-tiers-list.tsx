/**
 * The "VIP tiers" page (Customers menu, `/vip-tiers`, `ReadVipPricing`): the active channel's
 * tiers, lowest rank first, with their percentage and the spend to join and keep in the channel's
 * currency; "New tier" opens an empty tier; "Export VIP prices" downloads the channel's VIP prices
 * as CSV and "Import VIP prices" opens the import dialog.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Badge,
    Button,
    FullWidthPageBlock,
    Page,
    PageActionBar,
    PageLayout,
    PageTitle,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    useChannel,
    useLocalFormat,
} from '@vendure/dashboard';
import { VipPricesCsvActions } from './vip-prices-csv';
import { AdminVipTier, VIP_TIERS_QUERY } from './shared';

/** The list of the active channel's tiers. */
export function VipTiersList() {
    const { activeChannel } = useChannel();
    const { formatCurrency } = useLocalFormat();
    const { data, isLoading, error } = useQuery({
        queryKey: ['vipTiers', activeChannel?.token],
        queryFn: () => api.query<{ vipTiers: AdminVipTier[] }>(VIP_TIERS_QUERY),
    });
    return (
        <Page pageId="vip-tier-list">
            <PageTitle>VIP tiers</PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="vip-prices-csv" requiresPermission={['ReadVipPricing']}>
                    <VipPricesCsvActions />
                </ActionBarItem>
                <ActionBarItem itemId="vip-tier-new" requiresPermission={['CreateVipPricing']}>
                    <Button asChild>
                        <Link to="/vip-tiers/$id" params={{ id: 'new' }} data-vip-tier-new>
                            New tier
                        </Link>
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <FullWidthPageBlock blockId="vip-tier-list">
                    <div className="mb-3 text-sm text-muted-foreground">
                        Tiers of channel {activeChannel?.code} ({activeChannel?.defaultCurrencyCode}).
                        Customers join a tier when their spend over the last 12 months reaches “spend to
                        join”, and keep it while it stays at or above “spend to keep”. The highest rank held
                        wins.
                    </div>
                    {isLoading && <div className="text-sm text-muted-foreground">Loading…</div>}
                    {error && <div className="text-sm text-destructive">{(error as Error).message}</div>}
                    {data && data.vipTiers.length === 0 && (
                        <div className="text-sm text-muted-foreground" data-vip-tiers="0">
                            No tier on this channel yet. Tiers belong to one shop channel (their spend is in
                            its currency): pick the channel at the top left, or create one here.
                        </div>
                    )}
                    {data && data.vipTiers.length > 0 && (
                        <Table data-vip-tiers={data.vipTiers.length}>
                            <TableHeader>
                                <TableRow>
                                    <TableHead>Tier</TableHead>
                                    <TableHead>Rank</TableHead>
                                    <TableHead>Default discount</TableHead>
                                    <TableHead>Spend to join</TableHead>
                                    <TableHead>Spend to keep</TableHead>
                                    <TableHead>Customer group</TableHead>
                                </TableRow>
                            </TableHeader>
                            <TableBody>
                                {data.vipTiers.map(tier => (
                                    <TableRow key={tier.id} data-vip-tier={tier.name}>
                                        <TableCell>
                                            <Link
                                                className="font-medium underline-offset-4 hover:underline"
                                                to="/vip-tiers/$id"
                                                params={{ id: tier.id }}
                                            >
                                                {tier.name}
                                            </Link>
                                        </TableCell>
                                        <TableCell>
                                            <Badge variant="secondary">{tier.rank}</Badge>
                                        </TableCell>
                                        <TableCell>{tier.discountPercent} %</TableCell>
                                        <TableCell>
                                            {formatCurrency(tier.joinSpend, tier.currencyCode)}
                                        </TableCell>
                                        <TableCell>
                                            {formatCurrency(tier.keepSpend, tier.currencyCode)}
                                        </TableCell>
                                        <TableCell>
                                            <Link
                                                className="text-sm underline-offset-4 hover:underline"
                                                to="/customer-groups/$id"
                                                params={{ id: tier.customerGroup.id }}
                                            >
                                                Members
                                            </Link>
                                        </TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    )}
                </FullWidthPageBlock>
            </PageLayout>
        </Page>
    );
}
