/**
 * The tier editor (`/vip-tiers/$id`, `/vip-tiers/new`): name (its customer group's), rank, default
 * percentage off, spend to join and to keep over the rolling 12 months in the channel's currency
 * (whole francs for XOF). Saves with `createVipTier` / `updateVipTier`, whose InvalidVipInputError
 * is shown under the field it names; deletes with `deleteVipTier` (its VIP prices and group too).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import {
    ActionBarItem,
    api,
    Button,
    Input,
    Label,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    useChannel,
} from '@vendure/dashboard';
import {
    AdminVipTier,
    CREATE_VIP_TIER,
    DELETE_VIP_TIER,
    fromMajorText,
    isVipError,
    MajorUnitsInput,
    toMajorText,
    UPDATE_VIP_TIER,
    VIP_TIER_QUERY,
    VipErrorResult,
} from './shared';

/** The editor's values, as typed. */
interface TierForm {
    name: string;
    rank: string;
    discountPercent: string;
    joinSpend: string;
    keepSpend: string;
}

function toForm(tier: AdminVipTier | null | undefined, currency: string): TierForm {
    return {
        name: tier?.name ?? '',
        rank: tier ? String(tier.rank) : '',
        discountPercent: tier ? String(tier.discountPercent) : '',
        joinSpend: toMajorText(tier?.joinSpend, currency),
        keepSpend: toMajorText(tier?.keepSpend, currency),
    };
}

/** The mutation's input, or the fields the browser can already tell are wrong. */
function toInput(
    form: TierForm,
    currency: string,
): { input?: Record<string, unknown>; errors: Record<string, string> } {
    const errors: Record<string, string> = {};
    const rank = Number(form.rank);
    if (!/^\d+$/.test(form.rank.trim())) errors.rank = 'A whole number from 1 (higher ranks win)';
    const percent = Number(form.discountPercent.trim().replace(',', '.'));
    if (!form.discountPercent.trim() || !Number.isFinite(percent))
        errors.discountPercent = 'A percentage, e.g. 10';
    const join = fromMajorText(form.joinSpend, currency);
    if (typeof join !== 'number') errors.joinSpend = join.error;
    const keep = form.keepSpend.trim() ? fromMajorText(form.keepSpend, currency) : undefined;
    if (keep !== undefined && typeof keep !== 'number') errors.keepSpend = keep.error;
    if (Object.keys(errors).length) return { errors };
    return {
        errors,
        input: { name: form.name, rank, discountPercent: percent, joinSpend: join, keepSpend: keep ?? join },
    };
}

/** The editor of one tier (`id`), or of a new one (`id` = `new`). */
export function VipTierDetail({ id }: Readonly<{ id: string }>) {
    const isNew = id === 'new';
    const { activeChannel } = useChannel();
    const queryClient = useQueryClient();
    const navigate = useNavigate();
    const { data, isLoading } = useQuery({
        queryKey: ['vipTier', id, activeChannel?.token],
        queryFn: () => api.query<{ vipTier: AdminVipTier | null }>(VIP_TIER_QUERY, { id }),
        enabled: !isNew,
    });
    const tier = data?.vipTier;
    const currency = tier?.currencyCode ?? activeChannel?.defaultCurrencyCode ?? 'EUR';
    const [form, setForm] = useState<TierForm>(() => toForm(undefined, currency));
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [notice, setNotice] = useState<string | undefined>();
    useEffect(() => {
        if (tier) setForm(toForm(tier, tier.currencyCode));
    }, [tier]);

    const save = useMutation({
        mutationFn: async (input: Record<string, unknown>) => {
            if (isNew) {
                const r = await api.mutate<{ createVipTier: { __typename: string; id?: string } }>(
                    CREATE_VIP_TIER,
                    { input },
                );
                return r.createVipTier;
            }
            const r = await api.mutate<{ updateVipTier: { __typename: string; id?: string } }>(
                UPDATE_VIP_TIER,
                {
                    input: { id, ...input },
                },
            );
            return r.updateVipTier;
        },
        onSuccess: async result => {
            if (isVipError(result)) {
                const e = result as VipErrorResult;
                setErrors({ [e.field ?? '_']: e.message });
                setNotice('Not saved: correct the field in red.');
                return;
            }
            setErrors({});
            setNotice('Saved.');
            await queryClient.invalidateQueries({ queryKey: ['vipTiers'] });
            if (isNew && result.id) await navigate({ to: '/vip-tiers/$id', params: { id: result.id } });
            else await queryClient.invalidateQueries({ queryKey: ['vipTier', id] });
        },
        onError: e => setErrors({ _: (e as Error).message }),
    });
    const remove = useMutation({
        mutationFn: () => api.mutate(DELETE_VIP_TIER, { id }),
        onSuccess: async () => {
            await queryClient.invalidateQueries({ queryKey: ['vipTiers'] });
            await navigate({ to: '/vip-tiers' });
        },
    });
    const submit = () => {
        const { input, errors: local } = toInput(form, currency);
        setErrors(local);
        if (input) save.mutate(input);
        else setNotice('Not saved: correct the fields in red.');
    };
    const fieldError = (field: string) =>
        errors[field] ? (
            <div className="text-xs text-destructive" data-field-error={field}>
                {errors[field]}
            </div>
        ) : null;
    const title = isNew
        ? 'New VIP tier'
        : (tier?.name ?? (isLoading ? 'VIP tier' : 'No such tier on this channel'));

    return (
        <Page pageId="vip-tier-detail">
            <PageTitle>{title}</PageTitle>
            <PageActionBar>
                {!isNew && tier && (
                    <ActionBarItem itemId="vip-tier-delete" requiresPermission={['DeleteVipPricing']}>
                        <Button
                            variant="destructive"
                            disabled={remove.isPending}
                            onClick={() => {
                                if (
                                    window.confirm(
                                        `Delete the tier ${tier.name}? Its VIP prices and its customer group go too; members lose the tier.`,
                                    )
                                )
                                    remove.mutate();
                            }}
                        >
                            Delete
                        </Button>
                    </ActionBarItem>
                )}
                <ActionBarItem
                    itemId="vip-tier-save"
                    requiresPermission={[isNew ? 'CreateVipPricing' : 'UpdateVipPricing']}
                >
                    <Button
                        disabled={save.isPending || (!isNew && !tier)}
                        onClick={submit}
                        data-vip-tier-save
                    >
                        {save.isPending ? 'Saving…' : isNew ? 'Create' : 'Save'}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="vip-tier-form" title="Tier">
                    {notice && (
                        <div
                            className={`mb-4 text-sm ${Object.keys(errors).length ? 'text-destructive' : 'text-muted-foreground'}`}
                            data-vip-tier-notice
                        >
                            {notice}
                        </div>
                    )}
                    {errors._ && <div className="mb-4 text-sm text-destructive">{errors._}</div>}
                    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                        <div className="space-y-1">
                            <Label htmlFor="vip-tier-name">Name</Label>
                            <Input
                                id="vip-tier-name"
                                value={form.name}
                                aria-invalid={!!errors.name}
                                onChange={e => setForm({ ...form, name: e.target.value })}
                            />
                            {fieldError('name') ?? (
                                <div className="text-xs text-muted-foreground">
                                    The customer group of the tier has this name; its members hold the tier.
                                </div>
                            )}
                        </div>
                        <div className="space-y-1">
                            <Label htmlFor="vip-tier-rank">Rank</Label>
                            <Input
                                id="vip-tier-rank"
                                inputMode="numeric"
                                value={form.rank}
                                aria-invalid={!!errors.rank}
                                onChange={e => setForm({ ...form, rank: e.target.value })}
                            />
                            {fieldError('rank') ?? (
                                <div className="text-xs text-muted-foreground">
                                    1, 2, 3…: unique in the channel; the highest rank a customer holds wins.
                                </div>
                            )}
                        </div>
                        <div className="space-y-1">
                            <Label htmlFor="vip-tier-discount">Default discount</Label>
                            <div className="flex items-center gap-2">
                                <Input
                                    id="vip-tier-discount"
                                    inputMode="decimal"
                                    value={form.discountPercent}
                                    aria-invalid={!!errors.discountPercent}
                                    onChange={e => setForm({ ...form, discountPercent: e.target.value })}
                                />
                                <span className="text-sm text-muted-foreground">%</span>
                            </div>
                            {fieldError('discountPercent') ?? (
                                <div className="text-xs text-muted-foreground">
                                    Off the regular price when the variant has no VIP price of this tier.
                                </div>
                            )}
                        </div>
                        <div />
                        <div className="space-y-1">
                            <Label htmlFor="vip-tier-join">Spend to join (12 months)</Label>
                            <MajorUnitsInput
                                id="vip-tier-join"
                                value={form.joinSpend}
                                currencyCode={currency}
                                error={errors.joinSpend}
                                onChange={joinSpend => setForm({ ...form, joinSpend })}
                            />
                        </div>
                        <div className="space-y-1">
                            <Label htmlFor="vip-tier-keep">Spend to keep (12 months)</Label>
                            <MajorUnitsInput
                                id="vip-tier-keep"
                                value={form.keepSpend}
                                currencyCode={currency}
                                error={errors.keepSpend}
                                placeholder="Empty: the spend to join"
                                onChange={keepSpend => setForm({ ...form, keepSpend })}
                            />
                        </div>
                    </div>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
