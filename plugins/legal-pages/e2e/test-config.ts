/**
 * The legal pages plugin on Vendure's test harness (@vendure/testing), on sql.js or PostgreSQL,
 * as Radiant configures it (src/config/legal-pages.ts): placeholders filled from the invoices
 * plugin's seller identity (the invoices plugin is added with its own test configuration) and a
 * fixed publisher; the minimal two-channel shop of test/support/test-shop.ts, whose `ci` channel is
 * created after start-up (so it gets its default pages when they are first read).
 */
import { pluginTestEnvironment, TestDatabase } from '../../../test/support/plugin-test-env';
import {
    SAMPLE_PRODUCTS_CSV,
    seedTestShop,
    TEST_SHOP_INITIAL_DATA,
    testShopConfig,
} from '../../../test/support/test-shop';
import { legalPagePlaceholders, type LegalPublisher } from '../../../src/config/legal-pages';
import { invoicesTestPlugin } from '../../invoices/e2e/test-config';
import { LegalPagesPlugin } from '../index';

/** The publisher facts of the suite (fictitious). */
export const TEST_PUBLISHER: LegalPublisher = {
    phone: '+33 1 11 22 33 44',
    publicationDirector: 'Alex Test',
    host: { name: 'Test Host SAS', address: '2 rue du Test, 75001 Paris', phone: '+33 1 99 99 99 99' },
    mediator: {
        name: 'Médiateur Test',
        address: '3 rue du Test, 75001 Paris',
        url: 'https://mediateur.test',
    },
};

/** Creates, starts and fills the environment: `server.init()` with one customer, then the two channels. */
export async function legalPagesTestEnvironment(db: TestDatabase) {
    const t = await pluginTestEnvironment(db, ({ dataDir }) => ({
        ...testShopConfig,
        plugins: [
            invoicesTestPlugin(dataDir),
            LegalPagesPlugin.init({ placeholders: legalPagePlaceholders(TEST_PUBLISHER) }),
        ],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 1 });
    await seedTestShop(t.server.app, SAMPLE_PRODUCTS_CSV);
    return t;
}
