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

/**
 * Every day at 03:10 (in the worker), deletes stored notifications older than the retention
 * (`CinetPayPluginOptions.notificationRetention`); see CinetPayNotificationService.pruneNotifications.
 */
export const pruneCinetPayNotificationsTask = new ScheduledTask({
    id: 'cinetpay-prune-notifications',
    description: 'Deletes raw CinetPay notifications older than the configured retention',
    schedule: cron => cron.everyDayAt(3, 10),
    execute: async ({ injector }) => injector.get(CinetPayNotificationService).pruneNotifications(),
});
