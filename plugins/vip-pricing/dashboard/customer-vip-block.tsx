/**
 * The "VIP" block of the customer page (side column): the customer's tier on the active channel as
 * a badge, the spend over the rolling 12 months and the progress to the next tier (Admin API
 * `Customer.vipStatus`), and the pin: pin a tier of this channel (`pinVipTier`, overrides the
 * automatic rule until removed) or remove it (`unpinVipTier`, the rule applies again at once).
 * Errors (`VipTierChannelError`, `InvalidVipInputError`) are shown as the server words them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, Badge, Button, Progress, useChannel, useLocalFormat, usePermissions } from '@vendure/dashboard';
import { useState } from 'react';
import { AdminVipTier, CUSTOMER_VIP_QUERY, isVipError, PIN_VIP_TIER, UNPIN_VIP_TIER } from './shared';

/** `Customer.vipStatus` as the block reads it; amounts in minor units of `currencyCode`. */
interface AdminVipStatus {
    tier: { id: string; name: string; rank: number } | null;
    spend: number;
    currencyCode: string;
    windowStartsAt: string;
    nextTier: { id: string; name: string; joinSpend: number } | null;
    amountToNextTier: number | null;
    pinned: boolean;
    pinnedTier: { id: string; name: string } | null;
}

/** The block for the customer `customerId`. */
export function CustomerVipStatus({ customerId }: Readonly<{ customerId: string }>) {
    const { activeChannel } = useChannel();
    const { formatCurrency, formatDate } = useLocalFormat();
    const { hasPermissions } = usePermissions();
    const queryClient = useQueryClient();
    const key = ['customerVip', customerId, activeChannel?.token];
    const { data, isLoading, error } = useQuery({
        queryKey: key,
        queryFn: () =>
            api.query<{ customer: { vipStatus: AdminVipStatus } | null; vipTiers: AdminVipTier[] }>(
                CUSTOMER_VIP_QUERY,
                { id: customerId },
            ),
    });
    const [tierId, setTierId] = useState('');
    const [message, setMessage] = useState<string | undefined>();
    const change = useMutation({
        mutationFn: async (pin: string | null) => {
            const r = pin
                ? await api.mutate<{ pinVipTier: { __typename: string } }>(PIN_VIP_TIER, {
                      customerId,
                      tierId: pin,
                  })
                : await api.mutate<{ unpinVipTier: { __typename: string } }>(UNPIN_VIP_TIER, { customerId });
            return 'pinVipTier' in r ? r.pinVipTier : r.unpinVipTier;
        },
        onSuccess: async result => {
            setMessage(isVipError(result) ? result.message : undefined);
            // The tier change also changes the customer's groups and history on the page.
            await queryClient.invalidateQueries();
        },
        onError: e => setMessage((e as Error).message),
    });
    if (isLoading) return <div className="text-sm text-muted-foreground">Loading…</div>;
    if (error) return <div className="text-sm text-destructive">{(error as Error).message}</div>;
    const status = data?.customer?.vipStatus;
    const tiers = data?.vipTiers ?? [];
    if (!status) return null;
    if (tiers.length === 0) {
        return <div className="text-sm text-muted-foreground">No VIP tier on this channel.</div>;
    }
    const next = status.nextTier;
    const progress = next
        ? Math.min(100, Math.round((status.spend / Math.max(1, next.joinSpend)) * 100))
        : 100;
    const canPin = hasPermissions(['UpdateVipPricing']);
    return (
        <div className="space-y-3 text-sm" data-vip-status={status.tier?.name ?? 'none'}>
            <div className="flex flex-wrap items-center gap-2">
                {status.tier ? (
                    <Badge variant="success" data-vip-badge>
                        {status.tier.name}
                    </Badge>
                ) : (
                    <Badge variant="secondary" data-vip-badge>
                        Not VIP
                    </Badge>
                )}
                {status.pinned && <Badge variant="outline">pinned</Badge>}
            </div>
            <div>
                <div className="text-muted-foreground">
                    Spend since {formatDate(status.windowStartsAt, { dateStyle: 'medium' })}
                </div>
                <div className="text-base font-medium" data-vip-spend>
                    {formatCurrency(status.spend, status.currencyCode)}
                </div>
            </div>
            {next ? (
                <div className="space-y-1">
                    <Progress value={progress} />
                    <div className="text-xs text-muted-foreground" data-vip-next>
                        {formatCurrency(status.amountToNextTier ?? 0, status.currencyCode)} more to reach{' '}
                        {next.name} ({formatCurrency(next.joinSpend, status.currencyCode)})
                    </div>
                </div>
            ) : (
                status.tier && (
                    <div className="text-xs text-muted-foreground">Highest tier of the channel.</div>
                )
            )}
            {canPin && (
                <div className="space-y-2 border-t pt-3">
                    {status.pinned ? (
                        <>
                            <div className="text-xs text-muted-foreground">
                                {status.pinnedTier?.name} is pinned by hand: spend does not change it.
                            </div>
                            <Button
                                variant="outline"
                                size="sm"
                                disabled={change.isPending}
                                onClick={() => change.mutate(null)}
                                data-vip-unpin
                            >
                                Unpin (spend decides again)
                            </Button>
                        </>
                    ) : (
                        <div className="flex items-center gap-2">
                            <select
                                className="h-8 min-w-0 flex-1 rounded-md border bg-background px-2 text-sm"
                                aria-label="Tier to pin"
                                value={tierId}
                                onChange={e => setTierId(e.target.value)}
                                data-vip-pin-tier
                            >
                                <option value="">Tier to pin…</option>
                                {tiers.map(t => (
                                    <option key={t.id} value={t.id}>
                                        {t.name}
                                    </option>
                                ))}
                            </select>
                            <Button
                                variant="outline"
                                size="sm"
                                disabled={!tierId || change.isPending}
                                onClick={() => change.mutate(tierId)}
                                data-vip-pin
                            >
                                Pin
                            </Button>
                        </div>
                    )}
                    {message && <div className="text-xs text-destructive">{message}</div>}
                </div>
            )}
        </div>
    );
}
