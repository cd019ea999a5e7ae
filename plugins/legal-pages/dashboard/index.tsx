/**
 * Dashboard extension of the legal pages plugin: a "Legal pages" screen (Settings menu,
 * `/legal-pages`, `ReadLegalPage`) listing the active channel's pages (slug, title in the
 * Dashboard's language, shown or hidden, last update), and a page editor (`/legal-pages/$id`, or
 * `/legal-pages/new`) with the slug, the "shown in the shop" switch and, per language of the
 * channel, the title and the body in Vendure's rich-text editor, plus the placeholders the body may
 * use with their current values (Admin API `legalPagePlaceholders`). Saving calls
 * `createLegalPage` / `updateLegalPage`, whose typed errors are shown under the field; deleting
 * calls `deleteLegalPage`. Buttons need the matching `*LegalPage` permission (the server refuses
 * the call otherwise).
 *
 * Each screen is a file of its own beside this one; this file only registers them.
 */
import { defineDashboardExtension } from '@vendure/dashboard';
import { LegalPageDetail } from './legal-page-detail';
import { LegalPagesList } from './legal-pages-list';

export default defineDashboardExtension({
    routes: [
        {
            path: '/legal-pages',
            component: () => <LegalPagesList />,
            navMenuItem: {
                sectionId: 'settings',
                id: 'legal-pages',
                title: 'Legal pages',
                requiresPermission: 'ReadLegalPage',
            },
        },
        {
            path: '/legal-pages/$id',
            component: route => <LegalPageDetail id={String((route.useParams() as { id: string }).id)} />,
        },
    ],
});
