import { ScheduledTask } from '@vendure/core';
import { InvoiceIssueService } from '../services/invoice-issue.service';

/**
 * Every 10 minutes (in the worker, with DefaultSchedulerPlugin): issues the invoice of settled
 * orders that have none after 5 minutes, e.g. when a process died between the settlement's commit
 * and the enqueueing of its issue job. See InvoiceIssueService.issueMissingInvoices.
 */
export const issueMissingInvoicesTask = new ScheduledTask({
    id: 'invoices-issue-missing',
    description: 'Issues the invoice of settled orders that have none (reconciliation)',
    schedule: cron => cron.every(10).minutes(),
    execute: async ({ injector }) => ({
        issued: await injector.get(InvoiceIssueService).issueMissingInvoices(),
    }),
});
