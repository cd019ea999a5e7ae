/**
 * The "Legal pages" screen (Settings menu, `/legal-pages`, `ReadLegalPage`): the active channel's
 * pages with their slug, title, shown/hidden state and last update; each opens the editor, and
 * "New page" opens an empty one.
 */
import { useQuery } from '@tanstack/react-query';
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
    const { data, isLoading, error } = useQuery({
        queryKey: ['legalPages', activeChannel?.token],
        queryFn: () =>
            api.query<{ legalPages: { items: AdminLegalPage[]; totalItems: number } }>(LEGAL_PAGES_QUERY),
    });
    return (
        <Page pageId="legal-pages">
            <PageTitle>Legal pages</PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="legal-page-new" requiresPermission={['CreateLegalPage']}>
                    <Button asChild>
                        <Link to="/legal-pages/$id" params={{ id: 'new' }}>
                            New page
                        </Link>
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <FullWidthPageBlock blockId="legal-pages-list">
                    {isLoading && <div className="text-sm text-muted-foreground">Loading…</div>}
                    {error && <div className="text-sm text-destructive">{(error as Error).message}</div>}
                    {data && (
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
