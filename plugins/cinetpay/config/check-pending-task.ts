import { ScheduledTask } from '@vendure/core';
import { CinetPayNotificationService } from '../services/cinetpay-notification.service';

/**
 * Every 5 minutes (in the worker, with DefaultSchedulerPlugin), checks the CinetPay attempts still open
 * after 2 minutes whose notification may have been lost; see CinetPayNotificationService.checkPendingTransactions.
 */
export const checkPendingCinetPayTask = new ScheduledTask({
    id: 'cinetpay-check-pending',
    description: 'Checks pending CinetPay payments with /v2/payment/check and settles the accepted ones',
    schedule: cron => cron.every(5).minutes(),
    execute: async ({ injector }) => injector.get(CinetPayNotificationService).checkPendingTransactions(),
});
