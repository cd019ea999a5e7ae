import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Administrator, Customer, EntityId, Order, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne, OneToMany } from 'typeorm';
import { SupportThreadPriority, SupportThreadStatus } from '../helpers/status-machine';
import { SupportMessage } from './support-message.entity';

/**
 * A conversation between one customer and the shop's staff, in one channel, optionally about one
 * order of that customer. Its status follows helpers/status-machine.ts; the time fields feed the
 * SLA and the reports (see the plugin README, "Times and reports").
 */
@Entity('radiant_support_thread')
@Index('IDX_radiant_support_thread_customer', ['channelId', 'customerId'])
@Index('IDX_radiant_support_thread_inbox', ['channelId', 'status', 'waitingSince'])
// PostgreSQL: GIN trigram index on LOWER(subject) for the inbox search (migration SupportSearchTrigram).
@Index('IDX_radiant_support_thread_subject_trgm', { synchronize: false })
export class SupportThread extends VendureEntity {
    constructor(input?: DeepPartial<SupportThread>) {
        super(input);
    }

    /** The channel the thread was opened in (every query filters by it). */
    @EntityId()
    channelId: ID;

    @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
    customer?: Customer;

    /** The customer who opened the thread (its only owner on the Shop API). */
    @EntityId()
    customerId: ID;

    @ManyToOne(() => Order, { onDelete: 'SET NULL', nullable: true })
    order?: Order | null;

    /** The order of that customer the thread is about, or null. */
    @EntityId({ nullable: true })
    orderId: ID | null;

    /** Plain text, 1 to 200 characters. */
    @Column('varchar', { length: 200 })
    subject: string;

    /** open, pending, resolved or closed. */
    @Column('varchar', { length: 16, default: 'open' })
    status: SupportThreadStatus;

    /** low, normal, high or urgent. */
    @Column('varchar', { length: 16, default: 'normal' })
    priority: SupportThreadPriority;

    @ManyToOne(() => Administrator, { onDelete: 'SET NULL', nullable: true })
    assignee?: Administrator | null;

    /** The administrator in charge, or null (the support address gets the alerts). */
    @EntityId({ nullable: true })
    assigneeId: ID | null;

    /** Free labels, lower-case, without commas. */
    @Column('simple-array', { default: '' })
    tags: string[];

    /** The customer's language (`fr`, `en`…), from their latest Shop API request: their emails use it. */
    @Column('varchar', { length: 10, default: 'fr' })
    languageCode: string;

    /** The first staff reply (not an internal note), ever; never reset. */
    @Column({ type: Date, nullable: true })
    firstResponseAt: Date | null;

    /** The first time the thread was resolved (or closed unresolved), ever; never reset by a reopening. */
    @Column({ type: Date, nullable: true })
    firstResolvedAt: Date | null;

    /** The latest time it was resolved; null while open or pending. */
    @Column({ type: Date, nullable: true })
    resolvedAt: Date | null;

    /** When it was closed; null until then. */
    @Column({ type: Date, nullable: true })
    closedAt: Date | null;

    /** How many times a customer reply reopened it after it was resolved. */
    @Column('int', { default: 0 })
    reopenCount: number;

    /**
     * Since when the customer has been waiting for the staff: the first customer message after the
     * latest staff reply. Null when the staff answered last (or the thread is resolved or closed).
     */
    @Column({ type: Date, nullable: true })
    waitingSince: Date | null;

    /** The `waitingSince` whose SLA breach has been reminded (a reminder per wait, at most one). */
    @Column({ type: Date, nullable: true })
    slaRemindedFor: Date | null;

    /** The latest message visible to the customer (not internal notes). */
    @Column({ type: Date, nullable: true })
    lastMessageAt: Date | null;

    /** Staff messages (not notes) the customer has not read yet. */
    @Column('int', { default: 0 })
    customerUnreadCount: number;

    /** Customer messages the staff has not read yet. */
    @Column('int', { default: 0 })
    staffUnreadCount: number;

    /** The closed thread this one follows up, or null. */
    @EntityId({ nullable: true })
    previousThreadId: ID | null;

    /** The messages (load explicitly; the Shop API never loads internal notes). */
    @OneToMany(() => SupportMessage, message => message.thread)
    messages?: SupportMessage[];
}
