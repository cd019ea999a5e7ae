import { Injectable } from '@nestjs/common';
import {
    Channel,
    EventBus,
    Logger,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { IsNull, LessThan, Not } from 'typeorm';
import { loggerCtx } from '../constants';
import { SupportThread } from '../entities/support-thread.entity';
import { SupportSlaBreachEvent } from '../events/support-events';
import { responseDueAt } from '../helpers/sla';
import { SupportThreadStatus } from '../helpers/status-machine';
import { SupportMessageWriterService } from './support-message-writer.service';
import { SupportSettingsService } from './support-settings.service';

const DAY_MS = 86_400_000;

/**
 * The worker's periodic jobs (config/support-tasks.ts), channel by channel with that channel's
 * settings: closing resolved threads after `autoCloseAfterDays`, and reminding the assignee (or
 * the support address) once per customer wait when a thread passes its response target.
 */
@Injectable()
export class SupportSchedulerService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly requestContextService: RequestContextService,
        private readonly settings: SupportSettingsService,
        private readonly writer: SupportMessageWriterService,
        private readonly eventBus: EventBus,
    ) {}

    /** Closes every thread resolved more than N days before `now` (N per channel; 0: never). */
    async closeResolved(now = new Date()): Promise<number> {
        let closed = 0;
        for (const ctx of await this.channelContexts()) {
            const days = (await this.settings.forChannel(ctx)).autoCloseAfterDays;
            if (!days) continue;
            const due = await this.connection.getRepository(ctx, SupportThread).find({
                where: {
                    channelId: ctx.channelId,
                    status: SupportThreadStatus.resolved,
                    resolvedAt: LessThan(new Date(now.getTime() - days * DAY_MS)),
                },
                take: 500,
            });
            for (const thread of due) {
                await this.connection.withTransaction(ctx, c =>
                    this.writer.changeStatus(c, thread, SupportThreadStatus.closed, 'system', now),
                );
                closed++;
            }
        }
        if (closed) Logger.info(`Closed ${closed} resolved support thread(s)`, loggerCtx);
        return closed;
    }

    /**
     * Publishes a {@link SupportSlaBreachEvent} for each thread whose customer has waited past
     * its target at `now` and not been reminded for this wait; records the wait
     * (`slaRemindedFor`) first, so each breach is reminded once even if the task runs again.
     */
    async remindBreaches(now = new Date()): Promise<number> {
        let reminded = 0;
        for (const ctx of await this.channelContexts()) {
            const settings = await this.settings.forChannel(ctx);
            const repo = this.connection.getRepository(ctx, SupportThread);
            const waiting = await repo.find({
                where: {
                    channelId: ctx.channelId,
                    status: SupportThreadStatus.open,
                    waitingSince: Not(IsNull()),
                },
                take: 1000,
            });
            for (const thread of waiting) {
                const dueAt = responseDueAt(thread, settings);
                if (!dueAt || dueAt > now) continue;
                if (thread.slaRemindedFor?.getTime() === thread.waitingSince!.getTime()) continue;
                await repo.update({ id: thread.id }, { slaRemindedFor: thread.waitingSince });
                const recipient = await this.writer.staffRecipient(ctx, thread);
                if (!recipient) continue;
                await this.eventBus.publish(new SupportSlaBreachEvent(ctx, thread, dueAt, recipient));
                reminded++;
            }
        }
        return reminded;
    }

    private async channelContexts(): Promise<RequestContext[]> {
        const channels = await this.connection.rawConnection.getRepository(Channel).find();
        return Promise.all(
            channels.map(channel =>
                this.requestContextService.create({ apiType: 'admin', channelOrToken: channel }),
            ),
        );
    }
}
