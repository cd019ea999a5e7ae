/**
 * Invoice numbers: the number patterns of each seller (channel), the gap-free reservation of the next
 * number of a series inside the issuing transaction, the check that a seller never issues a number
 * twice, and which channel sells an order (whose series numbers its documents). French law asks for
 * a continuous, chronological numbering per seller without gaps (docs/legal/).
 */
import { Inject, Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import { Channel, ChannelService, RequestContext, TransactionalConnection } from '@vendure/core';
import { IsNull } from 'typeorm';
import { orderSellerChannel } from '../../shared/order-channel';
import {
    DEFAULT_CREDIT_NOTE_PATTERN,
    DEFAULT_NUMBER_PATTERN,
    DEFAULT_TIME_ZONE,
    INVOICES_PLUGIN_OPTIONS,
} from '../constants';
import { InvoiceSequence } from '../entities/invoice-sequence.entity';
import { Invoice } from '../entities/invoice.entity';
import { formatInvoiceNumber, sequenceYear, validateNumberPattern } from '../helpers/numbering';
import type { InvoiceSeriesPatterns, InvoicesPluginOptions } from '../types';

/** See the module documentation. */
@Injectable()
export class InvoiceNumberingService {
    /** @throws Error at start-up when a configured number pattern is invalid (see validateNumberPattern) */
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly channelService: ChannelService,
        @Inject(INVOICES_PLUGIN_OPTIONS) private readonly options: InvoicesPluginOptions,
    ) {
        validateNumberPattern(this.options.numberPattern ?? DEFAULT_NUMBER_PATTERN);
        validateNumberPattern(this.options.creditNotePattern ?? DEFAULT_CREDIT_NOTE_PATTERN);
        for (const patterns of Object.values(this.options.series ?? {})) {
            validateNumberPattern(patterns.numberPattern);
            validateNumberPattern(patterns.creditNotePattern);
        }
    }

    /**
     * The number patterns of a channel (by code): its entry in the `series` option, else the
     * plugin-wide `numberPattern` / `creditNotePattern`, else the defaults.
     */
    patternsFor(channelCode: string): InvoiceSeriesPatterns {
        return (
            this.options.series?.[channelCode] ?? {
                numberPattern: this.options.numberPattern ?? DEFAULT_NUMBER_PATTERN,
                creditNotePattern: this.options.creditNotePattern ?? DEFAULT_CREDIT_NOTE_PATTERN,
            }
        );
    }

    /**
     * The channel that sells an order (the seller whose series numbers its invoice and credit
     * notes): the order's own channel, not the default channel every order also belongs to, nor
     * the channel of the request that settled or refunded it (the Dashboard usually acts in the
     * default channel).
     *
     * @throws Error when the order does not exist
     */
    async sellerChannel(orderId: ID): Promise<Channel> {
        return orderSellerChannel(this.connection, this.channelService, orderId);
    }

    /**
     * Reserves the next number of a series of the seller channel `channelId` (the document's
     * channel, not necessarily the request's), inside the caller's transaction (`ctx`): the
     * counter row is created if missing, then locked (`SELECT … FOR UPDATE` on PostgreSQL; SQLite
     * transactions are immediate, so writers are already serialised) and incremented. If the
     * transaction rolls back, the number is not consumed.
     */
    async reserveNumber(
        ctx: RequestContext,
        channelId: ID,
        series: string,
        pattern: string,
        issuedAt: Date,
    ): Promise<{ value: number; number: string }> {
        const repo = this.connection.getRepository(ctx, InvoiceSequence);
        const timeZone = this.options.timeZone ?? DEFAULT_TIME_ZONE;
        const year = sequenceYear(pattern, issuedAt, timeZone);
        const key = { channelId, series, year };
        await repo
            .createQueryBuilder()
            .insert()
            .into(InvoiceSequence)
            .values({ ...key, nextValue: 1 })
            .orIgnore()
            .execute();
        const qb = repo
            .createQueryBuilder('seq')
            .where('seq.channelId = :channelId AND seq.series = :series AND seq.year = :year', key);
        if (this.connection.rawConnection.options.type === 'postgres') qb.setLock('pessimistic_write');
        const sequence = await qb.getOneOrFail();
        const value = sequence.nextValue;
        await repo.update({ id: sequence.id }, { nextValue: value + 1 });
        return { value, number: formatInvoiceNumber(pattern, value, issuedAt, timeZone) };
    }

    /**
     * Saves a numbered document in the caller's transaction after checking that its seller has
     * not issued that number yet (in any channel). The unique index on (sellerKey, number)
     * enforces the same in the database; this check only gives the error a useful message.
     *
     * @throws Error when the number exists for the seller (two channels of one seller configured
     *   with the same pattern): the transaction rolls back and no number is consumed
     */
    async saveNumbered(txCtx: RequestContext, document: Invoice): Promise<Invoice> {
        const repo = this.connection.getRepository(txCtx, Invoice);
        const clash = await repo.findOne({
            where: { sellerKey: document.sellerKey ?? IsNull(), number: document.number },
        });
        if (clash) {
            throw new Error(
                `Number ${document.number} was already issued by seller ${document.sellerKey} in channel ` +
                    `${clash.channelId}: give each channel of a seller its own number pattern (InvoicesPlugin option "series")`,
            );
        }
        return repo.save(document);
    }
}
