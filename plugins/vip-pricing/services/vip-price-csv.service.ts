import { Inject, Injectable } from '@nestjs/common';
import { ProductVariant, RequestContext, TransactionalConnection, translateEntity } from '@vendure/core';
import { VIP_PRICING_PLUGIN_OPTIONS } from '../constants';
import { VipPrice } from '../entities/vip-price.entity';
import { VipTier } from '../entities/vip-tier.entity';
import { roundingUnit } from '../helpers/currency-unit';
import {
    checkVipPriceCsv,
    readVipPriceCsv,
    toVipPriceCsv,
    VipPriceCsvRowError,
} from '../helpers/vip-price-csv';
import type { ResolvedVipPricingPluginOptions } from '../types';
import { VipTierCacheService } from './vip-tier-cache.service';

/** What an import did (or, with `dryRun`, would do). */
export interface VipPriceImportSummary {
    __typename: 'VipPriceImportSummary';
    dryRun: boolean;
    /** Prices created. */
    created: number;
    /** Existing prices (same tier, SKU and window) whose amount changed. */
    updated: number;
    /** Rows equal to an existing price. */
    unchanged: number;
}

/** The file was refused: every problem found, by row and column; nothing was saved. */
export interface VipPriceImportError {
    __typename: 'VipPriceImportError';
    errorCode: 'VIP_PRICE_IMPORT_ERROR';
    message: string;
    rowErrors: VipPriceCsvRowError[];
}

/**
 * CSV export and import of the active channel's VIP prices (file format in
 * helpers/vip-price-csv.ts and the README's "CSV" section).
 */
@Injectable()
export class VipPriceCsvService {
    constructor(
        private connection: TransactionalConnection,
        private tierCache: VipTierCacheService,
        @Inject(VIP_PRICING_PLUGIN_OPTIONS) private options: ResolvedVipPricingPluginOptions,
    ) {}

    /** The channel's VIP prices as a CSV file, by SKU, tier rank and start. */
    async export(ctx: RequestContext): Promise<string> {
        const prices = await this.connection
            .getRepository(ctx, VipPrice)
            .createQueryBuilder('price')
            .innerJoinAndSelect('price.tier', 'tier')
            .innerJoinAndSelect('tier.customerGroup', 'customerGroup')
            .innerJoinAndSelect('price.productVariant', 'variant')
            .leftJoinAndSelect('variant.translations', 'translation')
            .where('price.channelId = :channelId', { channelId: ctx.channelId })
            .orderBy('variant.sku', 'ASC')
            .addOrderBy('tier.rank', 'ASC')
            .addOrderBy('price.startsAt', 'ASC')
            .getMany();
        return toVipPriceCsv(
            prices.map(p => ({
                sku: p.productVariant.sku,
                product: p.productVariant.translations.length
                    ? translateEntity(p.productVariant, ctx.languageCode).name
                    : '',
                tier: p.tier.customerGroup.name,
                price: p.price,
                currencyCode: p.currencyCode,
                startsAt: p.startsAt,
                endsAt: p.endsAt,
            })),
        );
    }

    /**
     * Imports a CSV file of VIP prices into the active channel: every row is checked first (see
     * `checkVipPriceCsv`), then, only when no row has an error and `dryRun` is false, the prices
     * are created or updated in the request's transaction. Nothing is ever half-imported.
     */
    async import(
        ctx: RequestContext,
        text: string,
        dryRun: boolean,
    ): Promise<VipPriceImportSummary | VipPriceImportError> {
        const read = readVipPriceCsv(text);
        if ('errors' in read) return importError(read.errors);
        const currencyCode = ctx.channel.defaultCurrencyCode;
        const tiers = await this.connection
            .getRepository(ctx, VipTier)
            .find({ where: { channelId: ctx.channelId }, relations: { customerGroup: true } });
        const skus = [...new Set(read.rows.map(r => r.sku).filter(Boolean))];
        const variants: ProductVariant[] = [];
        // Bounded IN lists (SQLite allows 999 parameters per statement by default).
        for (let i = 0; i < skus.length; i += 500) {
            variants.push(
                ...(await this.connection
                    .getRepository(ctx, ProductVariant)
                    .createQueryBuilder('variant')
                    .innerJoin('variant.channels', 'channel', 'channel.id = :channelId', {
                        channelId: ctx.channelId,
                    })
                    .where('variant.sku IN (:...skus)', { skus: skus.slice(i, i + 500) })
                    .andWhere('variant.deletedAt IS NULL')
                    .getMany()),
            );
        }
        const repo = this.connection.getRepository(ctx, VipPrice);
        const existing = await repo.find({ where: { channelId: ctx.channelId } });
        const checked = checkVipPriceCsv(read.rows, {
            currencyCode,
            unit: roundingUnit(currencyCode, this.options.roundingUnits),
            variantsBySku: new Map(variants.map(v => [v.sku.toLowerCase(), String(v.id)])),
            tiersByName: new Map(tiers.map(t => [t.customerGroup.name.trim().toLowerCase(), String(t.id)])),
            existing: existing.map(p => ({
                ...p,
                id: String(p.id),
                tierId: String(p.tierId),
                productVariantId: String(p.productVariantId),
            })),
        });
        if ('errors' in checked) return importError(checked.errors);
        const byId = new Map(existing.map(p => [String(p.id), p]));
        const summary: VipPriceImportSummary = {
            __typename: 'VipPriceImportSummary',
            dryRun,
            created: 0,
            updated: 0,
            unchanged: 0,
        };
        const toSave: VipPrice[] = [];
        for (const p of checked.planned) {
            const current = p.existingId ? byId.get(p.existingId) : undefined;
            if (current?.price === p.price) {
                summary.unchanged++;
                continue;
            }
            if (current) summary.updated++;
            else summary.created++;
            toSave.push(
                Object.assign(current ?? new VipPrice(), {
                    channelId: ctx.channelId,
                    tierId: p.tierId,
                    productVariantId: p.productVariantId,
                    price: p.price,
                    currencyCode,
                    startsAt: p.startsAt,
                    endsAt: p.endsAt,
                }),
            );
        }
        if (!dryRun && toSave.length) {
            await repo.save(toSave, { chunk: 200 });
            for (const tierId of new Set(toSave.map(p => String(p.tierId)))) {
                await this.tierCache.invalidatePrices(tierId);
            }
        }
        return summary;
    }
}

/** The {@link VipPriceImportError} of `rowErrors`. */
export function importError(rowErrors: VipPriceCsvRowError[]): VipPriceImportError {
    const rows = new Set(rowErrors.map(e => e.row)).size;
    return {
        __typename: 'VipPriceImportError',
        errorCode: 'VIP_PRICE_IMPORT_ERROR',
        message: `Nothing was imported: ${rowErrors.length} error(s) in ${rows} row(s)`,
        rowErrors,
    };
}
