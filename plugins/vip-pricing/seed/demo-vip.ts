import { INestApplicationContext } from '@nestjs/common';
import {
    Channel,
    ChannelService,
    Customer,
    CustomerService,
    CurrencyCode,
    ProductVariant,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { VipPrice } from '../entities/vip-price.entity';
import { VipTier } from '../entities/vip-tier.entity';
import { isVipPricingError } from '../helpers/errors';
import { VipMembershipService } from '../services/vip-membership.service';
import { VipPriceService } from '../services/vip-price.service';
import { VipTierService } from '../services/vip-tier.service';

/** The demo VIP client (README "The demo shop"); never seeded in production. */
export const DEMO_VIP_CUSTOMER = {
    emailAddress: 'vip@radiant.example',
    password: 'radiant-vip',
    firstName: 'Aïssata',
    lastName: 'Koné',
} as const;

/** The demo tiers per currency: thresholds in minor units (XOF at the fixed parity, rounded). */
const DEMO_TIERS: Partial<
    Record<
        CurrencyCode,
        Array<{ name: string; rank: number; discountPercent: number; joinSpend: number; keepSpend: number }>
    >
> = {
    [CurrencyCode.EUR]: [
        { name: 'VIP', rank: 1, discountPercent: 10, joinSpend: 500_00, keepSpend: 400_00 },
        { name: 'VIP Prestige', rank: 2, discountPercent: 15, joinSpend: 1_500_00, keepSpend: 1_200_00 },
    ],
    [CurrencyCode.XOF]: [
        { name: 'VIP', rank: 1, discountPercent: 10, joinSpend: 325_000_00, keepSpend: 260_000_00 },
        {
            name: 'VIP Prestige',
            rank: 2,
            discountPercent: 15,
            joinSpend: 1_000_000_00,
            keepSpend: 800_000_00,
        },
    ],
};

/** The demo's absolute VIP Prestige price of one variant per currency (the rest uses the percentage). */
const DEMO_PRESTIGE_PRICE = {
    sku: 'ES-LP-90',
    prices: { EUR: 99_00, XOF: 65_000_00 } as Record<string, number>,
};

/**
 * The VIP part of the demo shop on one channel (idempotent): the tiers "VIP" and "VIP Prestige"
 * with the channel currency's thresholds when the channel has no tier yet, an absolute VIP Prestige
 * price on `ES-LP-90` when the catalogue holds it, and the demo VIP client
 * ({@link DEMO_VIP_CUSTOMER}), a customer of the channel with the tier "VIP Prestige" pinned.
 *
 * @param ctx a superadmin context of the channel
 */
export async function ensureVipDemo(app: INestApplicationContext, ctx: RequestContext): Promise<void> {
    const tierService = app.get(VipTierService);
    const tiers = DEMO_TIERS[ctx.channel.defaultCurrencyCode];
    if (!tiers) return;
    if (!(await tierService.findAll(ctx)).length) {
        for (const tier of tiers) {
            const created = await tierService.create(ctx, tier);
            if (isVipPricingError(created)) throw new Error(`VIP demo tier ${tier.name}: ${created.message}`);
        }
    }
    const prestige = (await tierService.findAll(ctx)).find(t => t.rank === 2);
    if (!prestige) return;
    const connection = app.get(TransactionalConnection);
    const variant = await connection
        .getRepository(ctx, ProductVariant)
        .findOne({ where: { sku: DEMO_PRESTIGE_PRICE.sku } });
    const amount = DEMO_PRESTIGE_PRICE.prices[ctx.channel.defaultCurrencyCode];
    if (variant && amount) {
        const existing = await connection
            .getRepository(ctx, VipPrice)
            .count({ where: { tierId: prestige.id, productVariantId: variant.id } });
        if (!existing) {
            const saved = await app
                .get(VipPriceService)
                .save(ctx, { tierId: prestige.id, productVariantId: variant.id, price: amount });
            if (isVipPricingError(saved)) throw new Error(`VIP demo price: ${saved.message}`);
        }
    }
    const customer = await ensureDemoCustomer(app, ctx);
    const held = await app.get(VipMembershipService).heldTiers(ctx, customer.id);
    if (!held.some((t: VipTier) => String(t.id) === String(prestige.id))) {
        await app.get(VipMembershipService).pin(ctx, customer.id, prestige.id);
    }
}

async function ensureDemoCustomer(app: INestApplicationContext, ctx: RequestContext): Promise<Customer> {
    const connection = app.get(TransactionalConnection);
    let customer = await connection
        .getRepository(ctx, Customer)
        .findOne({ where: { emailAddress: DEMO_VIP_CUSTOMER.emailAddress }, relations: { channels: true } });
    if (!customer) {
        const { password, ...input } = DEMO_VIP_CUSTOMER;
        const created = await app.get(CustomerService).create(ctx, input, password);
        if (!(created instanceof Customer)) throw new Error(`VIP demo customer: ${created.message}`);
        customer = await connection
            .getRepository(ctx, Customer)
            .findOneOrFail({ where: { id: created.id }, relations: { channels: true } });
    }
    if (!customer.channels.some((c: Channel) => String(c.id) === String(ctx.channelId))) {
        await app.get(ChannelService).assignToChannels(ctx, Customer, customer.id, [ctx.channelId]);
    }
    return customer;
}
