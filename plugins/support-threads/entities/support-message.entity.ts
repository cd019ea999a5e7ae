import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Asset, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import type { SupportMessageAuthorType } from '../helpers/status-machine';
import { SupportThread } from './support-thread.entity';

/**
 * One message of a thread, never edited: its author, a plain-text body (stored as typed; clients
 * escape it when they show it), an internal-note flag (staff only, never on the Shop API nor in an
 * email), attachments as Vendure Assets and when each side read it.
 */
@Entity('radiant_support_message')
@Index('IDX_radiant_support_message_thread', ['threadId', 'internal'])
// PostgreSQL: GIN trigram index on LOWER(body) for the inbox search (migration SupportSearchTrigram).
@Index('IDX_radiant_support_message_body_trgm', { synchronize: false })
export class SupportMessage extends VendureEntity {
    constructor(input?: DeepPartial<SupportMessage>) {
        super(input);
    }

    @ManyToOne(() => SupportThread, thread => thread.messages, { onDelete: 'CASCADE' })
    thread?: SupportThread;

    /** The thread. */
    @EntityId()
    threadId: ID;

    /** customer, administrator or system. */
    @Column('varchar', { length: 16 })
    authorType: SupportMessageAuthorType;

    /** The Administrator who wrote it (authorType administrator), or null. */
    @EntityId({ nullable: true })
    administratorId: ID | null;

    /** The author's name when written (e.g. "Awa Koné", "Radiant"), shown as is. */
    @Column('varchar', { length: 200, default: '' })
    authorName: string;

    /** Plain text, as typed (1 to SUPPORT_MESSAGE_MAX_LENGTH characters). */
    @Column('text')
    body: string;

    /** A staff-only note: never returned by the Shop API, never emailed. */
    @Column('boolean', { default: false })
    internal: boolean;

    /** Images and PDFs (Vendure Assets), at most 5. */
    @ManyToMany(() => Asset)
    @JoinTable({ name: 'radiant_support_message_assets' })
    attachments?: Asset[];

    /** When the customer first saw it (their own messages: when written). */
    @Column({ type: Date, nullable: true })
    readByCustomerAt: Date | null;

    /** When the staff first saw it. */
    @Column({ type: Date, nullable: true })
    readByStaffAt: Date | null;
}
