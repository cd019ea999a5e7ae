import { ScheduledTask } from '@vendure/core';
import { InvoiceReconciliationService } from '../services/invoice-reconciliation.service';

/**
 * Every 15 minutes (in the worker, with DefaultSchedulerPlugin): stores the missing PDFs and issues
 * the missing credit notes of settled refunds and cancellations, e.g. when a process died between a
 * commit and its job, or a worker was killed mid-job. See InvoiceReconciliationService.reconcile.
 */
export const reconcileInvoiceDocumentsTask = new ScheduledTask({
    id: 'invoices-reconcile',
    description: 'Stores missing invoice PDFs and issues missing credit notes (reconciliation)',
    schedule: cron => cron.every(15).minutes(),
    execute: async ({ injector }) => injector.get(InvoiceReconciliationService).reconcile(),
});
