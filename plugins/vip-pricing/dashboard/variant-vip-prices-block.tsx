/**
 * The "VIP prices" block of the product variant page: the variant's absolute VIP prices on the
 * active channel per tier (Admin API `vipPrices`) with their validity window, a form to add or edit
 * one (`saveVipPrice`: InvalidVipInputError shown under its field, OverlappingVipPriceError under
 * the window) and a delete button (`deleteVipPrice`). Amounts in the channel's currency as people
 * write them (whole francs for XOF); windows in the browser's time zone.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
    api,
    Badge,
    Button,
    Input,
    Label,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    useChannel,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import { useState } from 'react';
import {
    AdminVipPrice,
    AdminVipTier,
    DELETE_VIP_PRICE,
    fromLocalInput,
    fromMajorText,
    isVipError,
    MajorUnitsInput,
    SAVE_VIP_PRICE,
    toLocalInput,
    toMajorText,
    VIP_PRICES_QUERY,
} from './shared';

/** The price form's values, as typed; `id` when editing. */
interface PriceForm {
    id?: string;
    tierId: string;
    price: string;
    startsAt: string;
    endsAt: string;
}

/** The block for the variant `variantId`. */
export function VariantVipPrices({ variantId }: Readonly<{ variantId: string }>) {
    const { activeChannel } = useChannel();
    const { formatCurrency, formatDate } = useLocalFormat();
    const { hasPermissions } = usePermissions();
    const queryClient = useQueryClient();
    const key = ['vipPrices', variantId, activeChannel?.token];
    const { data, isLoading, error } = useQuery({
        queryKey: key,
        queryFn: () =>
            api.query<{ vipPrices: AdminVipPrice[]; vipTiers: AdminVipTier[] }>(VIP_PRICES_QUERY, {
                productVariantId: variantId,
            }),
    });
    const currency = activeChannel?.defaultCurrencyCode ?? 'EUR';
    const [form, setForm] = useState<PriceForm | undefined>();
    const [errors, setErrors] = useState<Record<string, string>>({});
    const close = () => {
        setForm(undefined);
        setErrors({});
    };
    const save = useMutation({
        mutationFn: (input: Record<string, unknown>) =>
            api.mutate<{ saveVipPrice: { __typename: string } }>(SAVE_VIP_PRICE, { input }),
        onSuccess: async ({ saveVipPrice: result }) => {
            if (isVipError(result)) {
                const field =
                    result.__typename === 'OverlappingVipPriceError' ? 'startsAt' : (result.field ?? '_');
                setErrors({ [field]: result.message });
                return;
            }
            close();
            await queryClient.invalidateQueries({ queryKey: key });
        },
        onError: e => setErrors({ _: (e as Error).message }),
    });
    const remove = useMutation({
        mutationFn: (id: string) => api.mutate(DELETE_VIP_PRICE, { id }),
        onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    });
    const submit = () => {
        if (!form) return;
        const price = fromMajorText(form.price, currency);
        if (typeof price !== 'number') return setErrors({ price: price.error });
        save.mutate({
            id: form.id,
            tierId: form.tierId,
            productVariantId: variantId,
            price,
            startsAt: fromLocalInput(form.startsAt),
            endsAt: fromLocalInput(form.endsAt),
        });
    };
    if (isLoading) return <div className="text-sm text-muted-foreground">Loading…</div>;
    if (error) return <div className="text-sm text-destructive">{(error as Error).message}</div>;
    const prices = data?.vipPrices ?? [];
    const tiers = data?.vipTiers ?? [];
    const canEdit = hasPermissions(['UpdateVipPricing']);
    const now = Date.now();
    const windowText = (p: AdminVipPrice) => {
        const f = (d: string) => formatDate(d, { dateStyle: 'short', timeStyle: 'short' });
        if (!p.startsAt && !p.endsAt) return 'Always';
        if (!p.endsAt) return `From ${f(p.startsAt ?? '')}`;
        if (!p.startsAt) return `Until ${f(p.endsAt)}`;
        return `${f(p.startsAt)} → ${f(p.endsAt)}`;
    };
    const fieldError = (field: string) =>
        errors[field] ? (
            <div className="text-xs text-destructive" data-field-error={field}>
                {errors[field]}
            </div>
        ) : null;
    return (
        <div className="space-y-3" data-vip-prices={prices.length}>
            {tiers.length === 0 && (
                <div className="text-sm text-muted-foreground">
                    No VIP tier on this channel: create one under Customers › VIP tiers.
                </div>
            )}
            {prices.length === 0 && tiers.length > 0 && (
                <div className="text-sm text-muted-foreground">
                    No VIP price: VIP customers get their tier’s default discount.
                </div>
            )}
            {prices.length > 0 && (
                <Table>
                    <TableHeader>
                        <TableRow>
                            <TableHead>Tier</TableHead>
                            <TableHead>VIP price</TableHead>
                            <TableHead>Valid</TableHead>
                            <TableHead />
                        </TableRow>
                    </TableHeader>
                    <TableBody>
                        {prices.map(p => {
                            const current =
                                (!p.startsAt || Date.parse(p.startsAt) <= now) &&
                                (!p.endsAt || Date.parse(p.endsAt) > now);
                            return (
                                <TableRow key={p.id} data-vip-price={p.tier.name}>
                                    <TableCell>{p.tier.name}</TableCell>
                                    <TableCell>{formatCurrency(p.price, p.currencyCode)}</TableCell>
                                    <TableCell className="text-xs">
                                        {windowText(p)}{' '}
                                        {current ? (
                                            <Badge variant="success">now</Badge>
                                        ) : (
                                            <Badge variant="secondary">
                                                {p.endsAt && Date.parse(p.endsAt) <= now ? 'ended' : 'later'}
                                            </Badge>
                                        )}
                                    </TableCell>
                                    <TableCell className="text-right">
                                        {canEdit && (
                                            <Button
                                                variant="ghost"
                                                size="sm"
                                                onClick={() => {
                                                    setErrors({});
                                                    setForm({
                                                        id: p.id,
                                                        tierId: p.tier.id,
                                                        price: toMajorText(p.price, p.currencyCode),
                                                        startsAt: toLocalInput(p.startsAt),
                                                        endsAt: toLocalInput(p.endsAt),
                                                    });
                                                }}
                                            >
                                                Edit
                                            </Button>
                                        )}
                                        {hasPermissions(['DeleteVipPricing']) && (
                                            <Button
                                                variant="ghost"
                                                size="sm"
                                                disabled={remove.isPending}
                                                onClick={() => {
                                                    if (
                                                        window.confirm(`Delete the ${p.tier.name} VIP price?`)
                                                    )
                                                        remove.mutate(p.id);
                                                }}
                                            >
                                                Delete
                                            </Button>
                                        )}
                                    </TableCell>
                                </TableRow>
                            );
                        })}
                    </TableBody>
                </Table>
            )}
            {canEdit && tiers.length > 0 && !form && (
                <Button
                    variant="outline"
                    size="sm"
                    data-vip-price-add
                    onClick={() => {
                        setErrors({});
                        setForm({ tierId: tiers[tiers.length - 1].id, price: '', startsAt: '', endsAt: '' });
                    }}
                >
                    Add VIP price
                </Button>
            )}
            {form && (
                <div className="space-y-3 rounded-md border p-3" data-vip-price-form>
                    <div className="text-sm font-medium">{form.id ? 'Edit VIP price' : 'New VIP price'}</div>
                    <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
                        <div className="space-y-1">
                            <Label htmlFor="vip-price-tier">Tier</Label>
                            <select
                                id="vip-price-tier"
                                className="h-9 w-full rounded-md border bg-background px-2 text-sm"
                                value={form.tierId}
                                onChange={e => setForm({ ...form, tierId: e.target.value })}
                            >
                                {tiers.map(t => (
                                    <option key={t.id} value={t.id}>
                                        {t.name} (rank {t.rank}, default −{t.discountPercent} %)
                                    </option>
                                ))}
                            </select>
                            {fieldError('tierId')}
                        </div>
                        <div className="space-y-1">
                            <Label htmlFor="vip-price-amount">Price</Label>
                            <MajorUnitsInput
                                id="vip-price-amount"
                                value={form.price}
                                currencyCode={currency}
                                error={errors.price}
                                onChange={price => setForm({ ...form, price })}
                            />
                        </div>
                        <div className="space-y-1">
                            <Label htmlFor="vip-price-starts">Valid from (optional)</Label>
                            <Input
                                id="vip-price-starts"
                                type="datetime-local"
                                value={form.startsAt}
                                aria-invalid={!!errors.startsAt}
                                onChange={e => setForm({ ...form, startsAt: e.target.value })}
                            />
                            {fieldError('startsAt')}
                        </div>
                        <div className="space-y-1">
                            <Label htmlFor="vip-price-ends">Valid until (optional, excluded)</Label>
                            <Input
                                id="vip-price-ends"
                                type="datetime-local"
                                value={form.endsAt}
                                aria-invalid={!!errors.endsAt}
                                onChange={e => setForm({ ...form, endsAt: e.target.value })}
                            />
                            {fieldError('endsAt')}
                        </div>
                    </div>
                    <div className="text-xs text-muted-foreground">
                        The price VIP customers of the tier pay, in the channel’s price basis (
                        {activeChannel?.pricesIncludeTax ? 'tax included' : 'before tax'}); never above the
                        regular price.
                    </div>
                    {fieldError('_') ?? fieldError('productVariantId') ?? fieldError('id')}
                    <div className="flex gap-2">
                        <Button size="sm" disabled={save.isPending} onClick={submit} data-vip-price-save>
                            {save.isPending ? 'Saving…' : 'Save'}
                        </Button>
                        <Button size="sm" variant="outline" onClick={close}>
                            Cancel
                        </Button>
                    </div>
                </div>
            )}
        </div>
    );
}
