/**
 * The "Legal pages" screen (Settings menu, `/legal-pages`, `ReadLegalPage`): the active channel's
 * pages with their slug, title, shown/hidden state and last update; each opens the editor, and
 * "New page" opens an empty one. Pages belong to a shop's channel: in Vendure's default channel
 * (the merchant's view of every shop, which no storefront shows) the screen says so and offers no
 * "New page", rather than an empty list where a page created would be seen by no shopper.
 */
import { useQuery } from '@tanstack/react-query';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { Link } from '@tanstack/react-router';
import {
    ActionBarItem,
    api,
    Badge,
    Button,
    FullWidthPageBlock,
    Page,
    PageActionBar,
    PageLayout,
    PageTitle,
    useChannel,
} from '@vendure/dashboard';
import { AdminLegalPage, LEGAL_PAGES_QUERY } from './shared';

/** The list of the active channel's legal pages. */
export function LegalPagesList() {
    const { activeChannel } = useChannel();
    const isDefaultChannel = activeChannel?.code === DEFAULT_CHANNEL_CODE;
    const { data, isLoading, error } = useQuery({
        queryKey: ['legalPages', activeChannel?.token],
        queryFn: () =>
            api.query<{ legalPages: { items: AdminLegalPage[]; totalItems: number } }>(LEGAL_PAGES_QUERY),
        enabled: Boolean(activeChannel) && !isDefaultChannel,
    });
    return (
        <Page pageId="legal-pages">
            <PageTitle>Legal pages</PageTitle>
            <PageActionBar>
                {!isDefaultChannel && (
                    <ActionBarItem itemId="legal-page-new" requiresPermission={['CreateLegalPage']}>
                        <Button asChild>
                            <Link to="/legal-pages/$id" params={{ id: 'new' }}>
                                New page
                            </Link>
                        </Button>
                    </ActionBarItem>
                )}
            </PageActionBar>
            <PageLayout>
                <FullWidthPageBlock blockId="legal-pages-list">
                    {isDefaultChannel && (
                        <div className="text-sm text-muted-foreground" data-legal-pages-default-channel>
                            Each shop has its own legal pages. Choose the shop in the channel menu (top left)
                            to see and edit its pages.
                        </div>
                    )}
                    {isLoading && <div className="text-sm text-muted-foreground">Loading…</div>}
                    {error && <div className="text-sm text-destructive">{(error as Error).message}</div>}
                    {data && data.legalPages.items.length === 0 && (
                        <div className="text-sm text-muted-foreground">
                            No legal page in this shop yet: “New page” creates one.
                        </div>
                    )}
                    {data && data.legalPages.items.length > 0 && (
                        <table className="w-full text-sm" data-legal-pages>
                            <thead>
                                <tr className="border-b text-left text-muted-foreground">
                                    <th className="py-2">Title</th>
                                    <th className="py-2">Slug</th>
                                    <th className="py-2">In the shop</th>
                                    <th className="py-2">Updated</th>
                                </tr>
                            </thead>
                            <tbody>
                                {data.legalPages.items.map(page => (
                                    <tr key={page.id} className="border-b" data-legal-page={page.slug}>
                                        <td className="py-2">
                                            <Link
                                                to="/legal-pages/$id"
                                                params={{ id: page.id }}
                                                className="underline"
                                            >
                                                {page.title}
                                            </Link>
                                        </td>
                                        <td className="py-2 font-mono">{page.slug}</td>
                                        <td className="py-2">
                                            <Badge variant={page.enabled ? 'success' : 'secondary'}>
                                                {page.enabled ? 'Shown' : 'Hidden'}
                                            </Badge>
                                        </td>
                                        <td className="py-2">{new Date(page.updatedAt).toLocaleString()}</td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    )}
                </FullWidthPageBlock>
            </PageLayout>
        </Page>
    );
}
