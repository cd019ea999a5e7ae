import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import {
    AdminLegalPageResolver,
    CreateLegalPageResultResolver,
    ShopLegalPageResolver,
    UpdateLegalPageResultResolver,
} from './api/legal-page.resolver';
import { LEGAL_PAGES_PLUGIN_OPTIONS, legalPagePermission } from './constants';
import { LegalPageTranslation } from './entities/legal-page-translation.entity';
import { LegalPage } from './entities/legal-page.entity';
import { LegalPageSeedService } from './services/legal-page-seed.service';
import { LegalPageService } from './services/legal-page.service';
import type { LegalPagesPluginOptions } from './types';

/**
 * The shop's legal pages (terms of sale, legal notice, privacy policy, withdrawal…) as Vendure
 * content: per channel, translatable, edited in the Dashboard without a deploy, read by the
 * storefront through the Shop API; default French-law texts seeded in each new channel.
 * See plugins/legal-pages/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [LegalPage, LegalPageTranslation],
    providers: [
        LegalPageService,
        LegalPageSeedService,
        { provide: LEGAL_PAGES_PLUGIN_OPTIONS, useFactory: () => LegalPagesPlugin.options },
    ],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [ShopLegalPageResolver] },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [AdminLegalPageResolver, CreateLegalPageResultResolver, UpdateLegalPageResultResolver],
    },
    configuration: config => {
        if (!config.authOptions.customPermissions.includes(legalPagePermission)) {
            config.authOptions.customPermissions.push(legalPagePermission);
        }
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.0.0',
})
export class LegalPagesPlugin {
    /** The options given to {@link LegalPagesPlugin.init}. */
    static options: LegalPagesPluginOptions = {};

    /**
     * Configures the plugin.
     *
     * @param options placeholder values, default pages and the channels that get them (all optional)
     */
    static init(options: LegalPagesPluginOptions = {}): Type<LegalPagesPlugin> {
        this.options = options;
        return LegalPagesPlugin;
    }
}
