import path from 'node:path';
import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import { InvoiceDownloadController } from './api/invoice.controller';
import {
    AdminInvoicesResolver,
    AdminOrderInvoicesResolver,
    AdminRegenerateInvoiceResolver,
    AdminSellerSettingsResolver,
    InvoiceEntityResolver,
    ShopOrderInvoicesResolver,
    UpdateInvoiceSellerSettingsResultResolver,
} from './api/invoice.resolver';
import { buyerCustomFields } from './config/buyer-custom-fields';
import { issueMissingInvoicesTask } from './config/issue-missing-task';
import { reconcileInvoiceDocumentsTask } from './config/reconcile-task';
import { INVOICES_PLUGIN_OPTIONS, SETTINGS_NAMESPACE } from './constants';
import {
    readInvoicePermission,
    regenerateInvoicePermission,
    updateInvoiceSettingsPermission,
} from './constants-permission';
import { InvoiceSequence } from './entities/invoice-sequence.entity';
import { Invoice } from './entities/invoice.entity';
import { CreditNoteService } from './services/credit-note.service';
import { InvoiceReconciliationService } from './services/invoice-reconciliation.service';
import { InvoiceDraftService } from './services/invoice-draft.service';
import { InvoiceExportService } from './services/invoice-export.service';
import { InvoiceIssueService } from './services/invoice-issue.service';
import { InvoiceLinkService } from './services/invoice-link.service';
import { InvoiceNumberingService } from './services/invoice-numbering.service';
import { InvoicePdfService } from './services/invoice-pdf.service';
import { InvoiceService } from './services/invoice.service';
import { SellerSettingsService } from './services/seller-settings.service';
import { sellerSettingsField } from './config/seller-settings-field';
import type { InvoicesPluginOptions } from './types';

/** Options after {@link InvoicesPlugin.init}: the fonts folder is resolved. */
export type ResolvedInvoicesPluginOptions = InvoicesPluginOptions & { fontsDir: string };

/**
 * Legally numbered invoices: one per order when its payment is settled, with a gap-free number
 * per seller (channel) and series, an immutable snapshot, and a PDF rendered in the worker.
 * See plugins/invoices/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [Invoice, InvoiceSequence],
    providers: [
        InvoiceService,
        InvoiceNumberingService,
        InvoiceDraftService,
        InvoicePdfService,
        InvoiceIssueService,
        InvoiceLinkService,
        InvoiceExportService,
        CreditNoteService,
        InvoiceReconciliationService,
        SellerSettingsService,
        { provide: INVOICES_PLUGIN_OPTIONS, useFactory: () => InvoicesPlugin.options },
    ],
    controllers: [InvoiceDownloadController],
    shopApiExtensions: {
        schema: shopApiExtensions,
        resolvers: [InvoiceEntityResolver, ShopOrderInvoicesResolver],
    },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [
            InvoiceEntityResolver,
            AdminOrderInvoicesResolver,
            AdminInvoicesResolver,
            AdminRegenerateInvoiceResolver,
            AdminSellerSettingsResolver,
            UpdateInvoiceSellerSettingsResultResolver,
        ],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(
            readInvoicePermission,
            regenerateInvoicePermission,
            updateInvoiceSettingsPermission,
        );
        // Each channel's seller identity (falls back to the options' sellers), see SellerSettingsService.
        config.settingsStoreFields = {
            ...config.settingsStoreFields,
            [SETTINGS_NAMESPACE]: [
                ...(config.settingsStoreFields?.[SETTINGS_NAMESPACE] ?? []),
                sellerSettingsField,
            ],
        };
        config.schedulerOptions.tasks = [
            ...(config.schedulerOptions.tasks ?? []),
            issueMissingInvoicesTask,
            reconcileInvoiceDocumentsTask,
        ];
        // Idempotent: a process may build its configuration more than once (migrations check).
        const buyerFields = new Set(buyerCustomFields.map(f => f.name));
        config.customFields.Order = [
            ...(config.customFields.Order ?? []).filter(f => !buyerFields.has(f.name)),
            ...buyerCustomFields,
        ];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.0.0',
})
export class InvoicesPlugin {
    /** The options given to {@link InvoicesPlugin.init}. */
    static options: ResolvedInvoicesPluginOptions;

    /**
     * Configures the plugin.
     *
     * @param options sellers, number patterns, PDF storage; `fontsDir` defaults to `static/fonts`
     */
    static init(options: InvoicesPluginOptions & { fontsDir?: string }): Type<InvoicesPlugin> {
        this.options = {
            ...options,
            fontsDir: options.fontsDir ?? path.join(process.cwd(), 'static', 'fonts'),
        };
        return InvoicesPlugin;
    }
}
