import { OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService, PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
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
    SupportMessageAttachmentsResolver,
    SupportShopResolver,
} from './api/support-shop.resolver';
import { SupportAttachmentController } from './api/support-attachment.controller';
import { SupportLiveController } from './api/support-live.controller';
import { SupportStaffLiveController } from './api/support-staff-live.controller';
import {
    PrivateAttachmentNamingStrategy,
    PrivateAttachmentStorageStrategy,
} from './config/private-attachments';
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
    controllers: [SupportLiveController, SupportStaffLiveController, SupportAttachmentController],
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
            SupportMessageAttachmentsResolver,
        ],
    },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [
            SupportAdminResolver,
            AdminSupportThreadFieldsResolver,
            ReplyToSupportThreadResultResolver,
            UpdateSupportThreadResultResolver,
            SupportMessageAttachmentsResolver,
        ],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(supportThreadPermission);
        // Attachments are Assets under a private prefix the public asset server refuses
        // (config/private-attachments.ts). After the AssetServerPlugin, which sets these strategies.
        const assets = config.assetOptions;
        if (!(assets.assetStorageStrategy instanceof PrivateAttachmentStorageStrategy)) {
            assets.assetStorageStrategy = new PrivateAttachmentStorageStrategy(assets.assetStorageStrategy);
            assets.assetNamingStrategy = new PrivateAttachmentNamingStrategy(assets.assetNamingStrategy);
        }
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
export class SupportThreadsPlugin implements OnApplicationBootstrap {
    /** The options given to {@link SupportThreadsPlugin.init}. */
    static options: SupportThreadsPluginOptions = {};

    constructor(private readonly config: ConfigService) {}

    /**
     * @throws Error when the private attachment storage is not in place (a plugin listed after this
     *   one replaced the asset strategies, e.g. the AssetServerPlugin): attachments would be public
     */
    onApplicationBootstrap(): void {
        if (!(this.config.assetOptions.assetStorageStrategy instanceof PrivateAttachmentStorageStrategy))
            throw new Error(
                'SupportThreadsPlugin: list it after the AssetServerPlugin (and any plugin that sets the asset storage), or support attachments would be public',
            );
    }

    /** Configures the plugin (see {@link SupportThreadsPluginOptions}). */
    static init(options: SupportThreadsPluginOptions = {}): Type<SupportThreadsPlugin> {
        this.options = options;
        return SupportThreadsPlugin;
    }
}
