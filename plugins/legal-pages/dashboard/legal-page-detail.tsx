/**
 * The legal page editor (`/legal-pages/$id`, `/legal-pages/new`): slug, "shown in the shop", and
 * for each language of the channel the title and the body (Vendure's rich-text editor), with the
 * placeholders the body may use and their current values. Saves with `createLegalPage` /
 * `updateLegalPage` (typed errors shown under the field), deletes with `deleteLegalPage`.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import {
    ActionBarItem,
    api,
    Button,
    Checkbox,
    Input,
    Label,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    RichTextEditor,
    useChannel,
} from '@vendure/dashboard';
import {
    AdminLegalPage,
    CREATE_LEGAL_PAGE,
    DELETE_LEGAL_PAGE,
    LEGAL_PAGE_QUERY,
    PLACEHOLDERS_QUERY,
    SaveResult,
    UPDATE_LEGAL_PAGE,
} from './shared';

/** The editor's values: slug, shown, and title and body per language code. */
interface PageForm {
    slug: string;
    enabled: boolean;
    translations: Record<string, { title: string; body: string }>;
}

function toForm(page: AdminLegalPage | null | undefined, languages: string[]): PageForm {
    const translations: PageForm['translations'] = {};
    for (const code of languages) translations[code] = { title: '', body: '' };
    for (const t of page?.translations ?? []) translations[t.languageCode] = { title: t.title, body: t.body };
    return { slug: page?.slug ?? '', enabled: page?.enabled ?? true, translations };
}

/** The editor of one page (`id`), or of a new one (`id` = `new`). */
export function LegalPageDetail({ id }: Readonly<{ id: string }>) {
    const isNew = id === 'new';
    const { activeChannel } = useChannel();
    const languages: string[] = (activeChannel as { availableLanguageCodes?: string[] } | undefined)
        ?.availableLanguageCodes ?? ['fr', 'en'];
    const queryClient = useQueryClient();
    const navigate = useNavigate();
    const { data } = useQuery({
        queryKey: ['legalPage', id, activeChannel?.token],
        queryFn: () =>
            isNew
                ? api.query<{ legalPagePlaceholders: Array<{ name: string; value: string }> }>(
                      PLACEHOLDERS_QUERY,
                  )
                : api.query<{
                      legalPage: AdminLegalPage | null;
                      legalPagePlaceholders: Array<{ name: string; value: string }>;
                  }>(LEGAL_PAGE_QUERY, { id }),
    });
    const page = data && 'legalPage' in data ? data.legalPage : undefined;
    const [form, setForm] = useState<PageForm>(() => toForm(undefined, languages));
    const [error, setError] = useState<{ field?: string; message: string } | undefined>();
    const [notice, setNotice] = useState<string | undefined>();
    useEffect(() => {
        if (page) setForm(toForm(page, languages));
        // languages only matter for a new page; the page's own languages come with it
    }, [page]);

    const save = useMutation({
        mutationFn: async () => {
            const translations = Object.entries(form.translations)
                .filter(([, t]) => t.title.trim() || t.body.trim())
                .map(([languageCode, t]) => ({ languageCode, title: t.title, body: t.body }));
            const input = { slug: form.slug, enabled: form.enabled, translations };
            const result = isNew
                ? ((await api.mutate(CREATE_LEGAL_PAGE, { input })) as { createLegalPage: SaveResult })
                      .createLegalPage
                : (
                      (await api.mutate(UPDATE_LEGAL_PAGE, { input: { id, ...input } })) as {
                          updateLegalPage: SaveResult;
                      }
                  ).updateLegalPage;
            return result;
        },
        onSuccess: async result => {
            if (result.__typename !== 'LegalPage') {
                setError({ field: result.field ?? 'slug', message: result.message });
                setNotice(undefined);
                return;
            }
            setError(undefined);
            setNotice('Saved: the shop shows it now.');
            await queryClient.invalidateQueries({ queryKey: ['legalPages'] });
            if (isNew) await navigate({ to: '/legal-pages/$id', params: { id: result.id } });
            else await queryClient.invalidateQueries({ queryKey: ['legalPage', id] });
        },
        onError: e => setError({ message: (e as Error).message }),
    });
    const remove = useMutation({
        mutationFn: () => api.mutate(DELETE_LEGAL_PAGE, { id }),
        onSuccess: async () => {
            await queryClient.invalidateQueries({ queryKey: ['legalPages'] });
            await navigate({ to: '/legal-pages' });
        },
    });
    const fieldError = (field: string) =>
        error?.field === field ? <div className="text-xs text-destructive">{error.message}</div> : null;

    return (
        <Page pageId="legal-page-detail">
            <PageTitle>{isNew ? 'New legal page' : (page?.title ?? 'Legal page')}</PageTitle>
            <PageActionBar>
                {!isNew && (
                    <ActionBarItem itemId="legal-page-delete" requiresPermission={['DeleteLegalPage']}>
                        <Button
                            variant="destructive"
                            disabled={remove.isPending}
                            onClick={() => {
                                if (window.confirm('Delete this page from the shop?')) remove.mutate();
                            }}
                        >
                            Delete
                        </Button>
                    </ActionBarItem>
                )}
                <ActionBarItem
                    itemId="legal-page-save"
                    requiresPermission={[isNew ? 'CreateLegalPage' : 'UpdateLegalPage']}
                >
                    <Button disabled={save.isPending} onClick={() => save.mutate()} data-legal-page-save>
                        {save.isPending ? 'Saving…' : 'Save'}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <PageBlock column="main" blockId="legal-page-general" title="Page">
                    {notice && <div className="mb-4 text-sm text-muted-foreground">{notice}</div>}
                    {error && !error.field && (
                        <div className="mb-4 text-sm text-destructive">{error.message}</div>
                    )}
                    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                        <div className="space-y-1">
                            <Label htmlFor="legal-page-slug">Slug</Label>
                            <Input
                                id="legal-page-slug"
                                value={form.slug}
                                onChange={e => setForm({ ...form, slug: e.target.value })}
                            />
                            {fieldError('slug') ?? (
                                <div className="text-xs text-muted-foreground">
                                    The storefront shows it at /legal/&lt;slug&gt;, e.g. terms-of-sale
                                </div>
                            )}
                        </div>
                        <div className="flex items-center gap-2 pt-6">
                            <Checkbox
                                id="legal-page-enabled"
                                checked={form.enabled}
                                onCheckedChange={v => setForm({ ...form, enabled: v === true })}
                            />
                            <Label htmlFor="legal-page-enabled">Shown in the shop</Label>
                        </div>
                    </div>
                    {fieldError('translations')}
                </PageBlock>
                {Object.entries(form.translations).map(([code, t]) => (
                    <PageBlock
                        key={code}
                        column="main"
                        blockId={`legal-page-${code}`}
                        title={`Text (${code.toUpperCase()})`}
                    >
                        <div className="space-y-4" data-legal-page-language={code}>
                            <div className="space-y-1">
                                <Label htmlFor={`legal-page-title-${code}`}>Title</Label>
                                <Input
                                    id={`legal-page-title-${code}`}
                                    value={t.title}
                                    onChange={e =>
                                        setForm({
                                            ...form,
                                            translations: {
                                                ...form.translations,
                                                [code]: { ...t, title: e.target.value },
                                            },
                                        })
                                    }
                                />
                                {fieldError(`translations.${code}.title`)}
                            </div>
                            <RichTextEditor
                                value={t.body}
                                onChange={body =>
                                    setForm(f => ({
                                        ...f,
                                        translations: {
                                            ...f.translations,
                                            [code]: { ...f.translations[code], body },
                                        },
                                    }))
                                }
                            />
                        </div>
                    </PageBlock>
                ))}
                <PageBlock column="side" blockId="legal-page-placeholders" title="Placeholders">
                    <div className="text-xs text-muted-foreground">
                        Written {'{{name}}'} in a body, replaced in the shop by the value of the active
                        channel (the seller identity comes from “Seller on invoices”).
                    </div>
                    <dl className="mt-3 space-y-2 text-xs">
                        {(data?.legalPagePlaceholders ?? []).map(p => (
                            <div key={p.name}>
                                <dt className="font-mono">{`{{${p.name}}}`}</dt>
                                <dd className="text-muted-foreground">{p.value || '—'}</dd>
                            </div>
                        ))}
                    </dl>
                </PageBlock>
            </PageLayout>
        </Page>
    );
}
