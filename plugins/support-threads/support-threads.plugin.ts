import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import {
    AdminSupportThreadFieldsResolver,
    SupportAdminResolver,
    UpdateSupportThreadResultResolver,
} from './api/support-admin.resolver';
import {
    CloseSupportThreadResultResolver,
    MarkSupportThreadReadResultResolver,
    OpenSupportThreadResultResolver,
    ReplyToSupportThreadResultResolver,
    ShopSupportThreadFieldsResolver,
    SupportShopResolver,
} from './api/support-shop.resolver';
import { SupportLiveController } from './api/support-live.controller';
import { SupportStaffLiveController } from './api/support-staff-live.controller';
import { supportSettingsField } from './config/settings-field';
import { supportAutoCloseTask, supportSlaTask } from './config/support-tasks';
import { SETTINGS_NAMESPACE, SUPPORT_THREADS_OPTIONS, supportThreadPermission } from './constants';
import { SupportMessage } from './entities/support-message.entity';
import { SupportThread } from './entities/support-thread.entity';
import { SupportAttachmentService } from './services/support-attachment.service';
import { SupportCustomerService } from './services/support-customer.service';
import { SupportMessageWriterService } from './services/support-message-writer.service';
import { SupportLiveService } from './services/support-live.service';
import { SupportSchedulerService } from './services/support-scheduler.service';
import { SupportSettingsService } from './services/support-settings.service';
import { SupportStaffService } from './services/support-staff.service';
import { SupportThreadService } from './services/support-thread.service';
import type { SupportThreadsPluginOptions } from './types';

/**
 * Support threads between customers and the staff: statuses with auto-reopen and auto-close,
 * assignment, priority, tags, internal notes, read state, attachments, SLA targets and reminders,
 * emails both ways. See plugins/support-threads/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [SupportThread, SupportMessage],
    providers: [
        SupportSettingsService,
        SupportAttachmentService,
        SupportThreadService,
        SupportMessageWriterService,
        SupportCustomerService,
        SupportStaffService,
        SupportSchedulerService,
        SupportLiveService,
        { provide: SUPPORT_THREADS_OPTIONS, useFactory: () => SupportThreadsPlugin.options },
    ],
    controllers: [SupportLiveController, SupportStaffLiveController],
    dashboard: './dashboard/index.tsx',
    shopApiExtensions: {
        schema: shopApiExtensions,
        resolvers: [
            SupportShopResolver,
            ShopSupportThreadFieldsResolver,
            OpenSupportThreadResultResolver,
            ReplyToSupportThreadResultResolver,
            MarkSupportThreadReadResultResolver,
            CloseSupportThreadResultResolver,
        ],
    },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [
            SupportAdminResolver,
            AdminSupportThreadFieldsResolver,
            ReplyToSupportThreadResultResolver,
            UpdateSupportThreadResultResolver,
        ],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(supportThreadPermission);
        config.settingsStoreFields = {
            ...config.settingsStoreFields,
            [SETTINGS_NAMESPACE]: [
                ...(config.settingsStoreFields?.[SETTINGS_NAMESPACE] ?? []),
                supportSettingsField,
            ],
        };
        const every = SupportThreadsPlugin.options.checkEveryMinutes ?? 15;
        config.schedulerOptions.tasks = [
            ...(config.schedulerOptions.tasks ?? []),
            supportAutoCloseTask(every),
            supportSlaTask(every),
        ];
        return config;
    },
    compatibility: '^3.0.0',
})
export class SupportThreadsPlugin {
    /** The options given to {@link SupportThreadsPlugin.init}. */
    static options: SupportThreadsPluginOptions = {};

    /** Configures the plugin (see {@link SupportThreadsPluginOptions}). */
    static init(options: SupportThreadsPluginOptions = {}): Type<SupportThreadsPlugin> {
        this.options = options;
        return SupportThreadsPlugin;
    }
}
