/**
 * Data step of the `SeparateShopChannel` migrations (SQLite and PostgreSQL).
 *
 * Until this migration the French shop was Vendure's default channel (token `fr`). The default
 * channel also holds every other channel's products, methods and orders, so a standard Vendure
 * storefront using the `fr` token listed the `ci` shop's payment methods (and failed when a shopper
 * picked one), and the Dashboard summed XOF and EUR takings. Now each shop is a channel of its own:
 * this step creates a `fr` channel beside the default one, moves the `fr` token to it and gives it
 * what the French shop owned. See docs/architecture.md ("Channels").
 *
 * What the new `fr` channel (F) gets from the default channel (D), the other shops being C:
 * - a copy of D's settings (languages, currency, zones, seller, VAT display) under code and token `fr`;
 *   D keeps its row under the token `default` (Vendure's `defaultChannelToken`);
 * - the catalogue: every product, variant (with its prices in D), option, facet, collection, asset
 *   and stock location of D, and D's search index rows, so the shop answers at once;
 * - what only the French shop used: shipping and payment methods, promotions, orders and customers
 *   of D that no other channel holds;
 * - roles and API keys of D (the superadmin and customer roles), and D's channel-scoped settings
 *   (e.g. the invoice seller), copied;
 * - the rows Radiant's plugins keyed by channel (invoices, invoice counters, CinetPay and Stripe
 *   records), moved from D to F, so invoice series continue without a gap.
 *
 * It does nothing on a database where the default channel's token is not `fr` (a new database, or
 * one already migrated), so it is safe to run anywhere.
 */
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import type { QueryRunner } from 'typeorm';
import { DEFAULT_CHANNEL_TOKEN, FR_SHOP_CHANNEL as SHOP_CHANNEL } from '../../src/config/channels';

/** Join tables of catalogue entities: the French shop sells the whole catalogue of D. */
const CATALOGUE_JOINS = [
    'product_channels_channel',
    'product_variant_channels_channel',
    'product_option_group_channels_channel',
    'product_option_channels_channel',
    'facet_channels_channel',
    'facet_value_channels_channel',
    'collection_channels_channel',
    'asset_channels_channel',
    'stock_location_channels_channel',
    'role_channels_channel',
    'api_key_channels_channel',
];

/** Join tables of what belonged to the French shop alone: rows of D that no other channel holds. */
const SHOP_JOINS = [
    'shipping_method_channels_channel',
    'payment_method_channels_channel',
    'promotion_channels_channel',
    'order_channels_channel',
    'customer_channels_channel',
];

/** Tables whose rows carry a copy per channel (`channelId` column): D's rows are copied to F. */
const PER_CHANNEL_COPIES = ['product_variant_price', 'search_index_item'];

/** Radiant plugin tables keyed by the selling channel: D's rows move to F. */
const PLUGIN_TABLES = [
    'radiant_invoice',
    'radiant_invoice_sequence',
    'cinetpay_transaction',
    'cinetpay_notification',
    'stripe_payment_intent',
    'stripe_webhook_event',
];

/** What {@link separateShopChannel} did: `undefined` when there was nothing to do. */
export interface SeparatedChannel {
    defaultChannelId: number;
    shopChannelId: number;
}

/**
 * Creates the `fr` shop channel next to the default channel and moves the French shop to it, in the
 * migration's transaction (see the module comment).
 *
 * @returns the two channel ids, or `undefined` when the database does not have the old layout
 */
export async function separateShopChannel(queryRunner: QueryRunner): Promise<SeparatedChannel | undefined> {
    const isPostgres = queryRunner.connection.options.type === 'postgres';
    const param = (i: number) => (isPostgres ? `$${i}` : '?');
    const q = (sql: string, params: unknown[] = []) => queryRunner.query(sql, params) as Promise<unknown>;

    const [defaultChannel] = (await q(`SELECT "id", "token" FROM "channel" WHERE "code" = ${param(1)}`, [
        DEFAULT_CHANNEL_CODE,
    ])) as Array<{ id: number; token: string }>;
    if (!defaultChannel || defaultChannel.token !== SHOP_CHANNEL) return undefined;
    const clash = (await q(`SELECT "id" FROM "channel" WHERE "code" = ${param(1)}`, [SHOP_CHANNEL])) as unknown[];
    if (clash.length) return undefined;
    const D = Number(defaultChannel.id);

    await q(`UPDATE "channel" SET "token" = ${param(1)} WHERE "id" = ${param(2)}`, [DEFAULT_CHANNEL_TOKEN, D]);
    const channelColumns = (await columnsOf(queryRunner, 'channel')).filter(c => c !== 'id');
    const selected = channelColumns.map(c =>
        c === 'code' ? `${param(1)}` : c === 'token' ? `${param(2)}` : `"${c}"`,
    );
    await q(
        `INSERT INTO "channel" (${channelColumns.map(c => `"${c}"`).join(', ')}) ` +
            `SELECT ${selected.join(', ')} FROM "channel" WHERE "id" = ${param(3)}`,
        [SHOP_CHANNEL, SHOP_CHANNEL, D],
    );
    const [created] = (await q(`SELECT "id" FROM "channel" WHERE "code" = ${param(1)}`, [
        SHOP_CHANNEL,
    ])) as Array<{ id: number }>;
    const F = Number(created.id);

    for (const table of CATALOGUE_JOINS) {
        const owner = await ownerColumn(queryRunner, table);
        if (!owner) continue;
        await q(
            `INSERT INTO "${table}" ("${owner}", "channelId") ` +
                `SELECT "${owner}", ${param(1)} FROM "${table}" WHERE "channelId" = ${param(2)}`,
            [F, D],
        );
    }
    for (const table of SHOP_JOINS) {
        const owner = await ownerColumn(queryRunner, table);
        if (!owner) continue;
        await q(
            `INSERT INTO "${table}" ("${owner}", "channelId") ` +
                `SELECT "${owner}", ${param(1)} FROM "${table}" d WHERE d."channelId" = ${param(2)} ` +
                `AND NOT EXISTS (SELECT 1 FROM "${table}" o WHERE o."${owner}" = d."${owner}" ` +
                `AND o."channelId" NOT IN (${param(3)}, ${param(4)}))`,
            [F, D, D, F],
        );
    }
    for (const table of PER_CHANNEL_COPIES) {
        if (!(await queryRunner.hasTable(table))) continue;
        const columns = (await columnsOf(queryRunner, table)).filter(c => c !== 'id');
        await q(
            `INSERT INTO "${table}" (${columns.map(c => `"${c}"`).join(', ')}) ` +
                `SELECT ${columns.map(c => (c === 'channelId' ? param(1) : `"${c}"`)).join(', ')} ` +
                `FROM "${table}" WHERE "channelId" = ${param(2)}`,
            [F, D],
        );
    }
    if (await queryRunner.hasTable('settings_store_entry')) {
        const columns = (await columnsOf(queryRunner, 'settings_store_entry')).filter(c => c !== 'id');
        await q(
            `INSERT INTO "settings_store_entry" (${columns.map(c => `"${c}"`).join(', ')}) ` +
                `SELECT ${columns.map(c => (c === 'scope' ? param(1) : `"${c}"`)).join(', ')} ` +
                `FROM "settings_store_entry" WHERE "scope" = ${param(2)}`,
            [`channel:${F}`, `channel:${D}`],
        );
    }
    for (const table of PLUGIN_TABLES) {
        if (!(await queryRunner.hasTable(table)) || !(await queryRunner.hasColumn(table, 'channelId'))) continue;
        await q(`UPDATE "${table}" SET "channelId" = ${param(1)} WHERE "channelId" = ${param(2)}`, [F, D]);
    }
    if (
        (await queryRunner.hasTable('radiant_invoice')) &&
        (await queryRunner.hasColumn('radiant_invoice', 'sellerKey'))
    ) {
        await q(`UPDATE "radiant_invoice" SET "sellerKey" = ${param(1)} WHERE "sellerKey" = ${param(2)}`, [
            `channel:${F}`,
            `channel:${D}`,
        ]);
    }
    // Vendure's SQL cache (DefaultCachePlugin) outlives a restart: what it holds about the default
    // channel (its stock locations, zones, the catalogue answers) described the old layout.
    if (await queryRunner.hasTable('cache_item')) {
        if (await queryRunner.hasTable('cache_tag')) await q(`DELETE FROM "cache_tag"`);
        await q(`DELETE FROM "cache_item"`);
    }
    return { defaultChannelId: D, shopChannelId: F };
}

/** Column names of `table`, as the database reports them. */
async function columnsOf(queryRunner: QueryRunner, table: string): Promise<string[]> {
    const described = await queryRunner.getTable(table);
    if (!described) throw new Error(`Table ${table} not found`);
    return described.columns.map(c => c.name);
}

/** The non-channel column of a `<entity>_channels_channel` join table, or undefined without the table. */
async function ownerColumn(queryRunner: QueryRunner, table: string): Promise<string | undefined> {
    if (!(await queryRunner.hasTable(table))) return undefined;
    return (await columnsOf(queryRunner, table)).find(c => c !== 'channelId');
}
