import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * The counter of one number series of one seller (channel) for one year (`year = 0` when the
 * pattern has no year token). Locked while a number is reserved, in the transaction that inserts
 * the invoice, so numbers are gap-free and never reused.
 */
@Entity('radiant_invoice_sequence')
@Index('IDX_radiant_invoice_sequence_key', ['channelId', 'series', 'year'], { unique: true })
export class InvoiceSequence extends VendureEntity {
    constructor(input?: DeepPartial<InvoiceSequence>) {
        super(input);
    }

    /** The channel (seller). */
    @EntityId()
    channelId: ID;

    /** The series, e.g. `invoice` or `creditNote`. */
    @Column('varchar', { length: 32 })
    series: string;

    /** The year the counter belongs to, or 0 for a continuous series. */
    @Column('integer')
    year: number;

    /** The next value to hand out (starts at 1). */
    @Column('integer')
    nextValue: number;
}
