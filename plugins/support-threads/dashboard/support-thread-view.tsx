/**
 * The thread view (`/support/$id`, `ReadSupportThread`): the messages oldest first — the
 * customer's on the left, the staff's on the right in the primary colour, system messages centred
 * and grey, internal notes amber and marked "Note interne / Internal note" — with bodies as
 * escaped text (line breaks kept, http(s) links opened without the opener) and attachments as
 * links; the reply box with the internal-note toggle and attachments (the Dashboard's GraphQL
 * client sends files as a multipart request); beside it the status buttons (only the moves the
 * status machine allows), assignee, priority and tags, the SLA figures and the customer's orders.
 * Opening it marks the customer's messages read. The plugin's ErrorResults are shown with their
 * message. The staff's live stream re-queries the thread when one of its messages or its state
 * changes (a customer message appears without a reload); without it the view re-queries every 30 s.
 * Changes need `UpdateSupportThread` (the controls are hidden otherwise).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
    api,
    Badge,
    Button,
    FullWidthPageBlock,
    Input,
    Page,
    PageActionBar,
    PageLayout,
    PageTitle,
    Textarea,
    useChannel,
    useLocalFormat,
    usePermissions,
} from '@vendure/dashboard';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { STAFF_TRANSITIONS } from '../helpers/status-machine';
import {
    ADMINISTRATORS_QUERY,
    ASSIGN_MUTATION,
    formatDuration,
    FullThread,
    LiveIndicator,
    MARK_READ_MUTATION,
    MessageBody,
    personName,
    PRIORITIES,
    PriorityBadge,
    REPLY_MUTATION,
    SET_PRIORITY_MUTATION,
    SET_STATUS_MUTATION,
    SET_TAGS_MUTATION,
    StatusBadge,
    supportError,
    THREAD_QUERY,
    SupportTexts,
    ThreadMessage,
    ThreadPriority,
    ThreadStatus,
    useNow,
    useSupportLive,
    useSupportTexts,
    WaitingCell,
} from './shared';

type MutationAnswer = Record<string, { __typename: string }>;

/** The thread view of thread `id`. */
export function SupportThreadView({ id }: Readonly<{ id: string }>) {
    const { activeChannel } = useChannel();
    const { t, lang } = useSupportTexts();
    const { formatDate, formatCurrency } = useLocalFormat();
    const { hasPermissions } = usePermissions();
    const canUpdate = hasPermissions(['UpdateSupportThread']);
    const queryClient = useQueryClient();
    const now = useNow();
    const key = ['supportThread', id, activeChannel?.token];
    const [connected, setConnected] = useState(false);
    const { data, isLoading, error } = useQuery({
        queryKey: key,
        queryFn: () => api.query<{ supportThread: FullThread | null }>(THREAD_QUERY, { id }),
        refetchInterval: connected ? false : 30_000,
    });
    const admins = useQuery({
        queryKey: ['supportAdministrators'],
        queryFn: () =>
            api.query<{
                administrators: { items: Array<{ id: string; firstName: string; lastName: string }> };
            }>(ADMINISTRATORS_QUERY),
        retry: false,
        enabled: canUpdate,
    });
    const [message, setMessage] = useState<string | undefined>();
    const refresh = () => queryClient.invalidateQueries({ queryKey: ['supportThread', id] });
    const change = useMutation({
        mutationFn: async ({ doc, variables }: { doc: string; variables: Record<string, unknown> }) => {
            const answer = (await api.mutate(doc, variables)) as MutationAnswer;
            return Object.values(answer)[0];
        },
        onSuccess: async result => {
            setMessage(supportError(result)?.message);
            await refresh();
            await queryClient.invalidateQueries({ queryKey: ['supportInbox'] });
        },
        onError: e => setMessage((e as Error).message),
    });
    const run = (doc: string, variables: Record<string, unknown>) =>
        change.mutateAsync({ doc, variables: { threadId: id, ...variables } });

    const thread = data?.supportThread;
    // Opening the thread (and each new customer message while it is open) marks it read.
    const unread = thread?.staffUnreadCount ?? 0;
    useEffect(() => {
        if (unread > 0) void api.mutate(MARK_READ_MUTATION, { threadId: id }).then(() => refresh());
    }, [id, unread]);

    const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
    const live = useSupportLive(activeChannel?.token, event => {
        if (event.threadId !== id) return;
        clearTimeout(pending.current);
        pending.current = setTimeout(() => void refresh(), 150);
    });
    useEffect(() => setConnected(live), [live]);

    if (isLoading) return <div className="p-6 text-sm text-muted-foreground">{t.loading}</div>;
    if (error) return <div className="p-6 text-sm text-destructive">{(error as Error).message}</div>;
    if (!thread) return <div className="p-6 text-sm text-muted-foreground">{t.notFound}</div>;
    const moves = STAFF_TRANSITIONS[thread.status];
    return (
        <Page pageId="support-thread">
            <PageTitle>
                <span data-support-thread-subject>{thread.subject}</span>
            </PageTitle>
            <PageActionBar>
                <LiveIndicator connected={live} t={t} />
                <Button variant="outline" size="sm" asChild>
                    <Link to="/support">{t.back}</Link>
                </Button>
            </PageActionBar>
            <PageLayout>
                <FullWidthPageBlock blockId="support-thread-messages">
                    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
                        <StatusBadge status={thread.status} t={t} />
                        <PriorityBadge priority={thread.priority} t={t} />
                        <Link
                            to="/customers/$id"
                            params={{ id: thread.customer.id }}
                            className="underline-offset-4 hover:underline"
                        >
                            {personName(thread.customer)} &lt;{thread.customer.emailAddress}&gt;
                        </Link>
                        {thread.order && (
                            <span>
                                · {t.aboutOrder}{' '}
                                <Link
                                    to="/orders/$id"
                                    params={{ id: thread.order.id }}
                                    className="font-mono underline-offset-4 hover:underline"
                                >
                                    {thread.order.code}
                                </Link>
                            </span>
                        )}
                        {thread.previousThreadId && (
                            <span>
                                · {t.followUp}{' '}
                                <Link
                                    to="/support/$id"
                                    params={{ id: thread.previousThreadId }}
                                    className="underline-offset-4 hover:underline"
                                >
                                    #{thread.previousThreadId}
                                </Link>
                            </span>
                        )}
                        <span className="text-muted-foreground">· {thread.languageCode.toUpperCase()}</span>
                    </div>
                    {message && (
                        <div
                            className="mb-4 rounded-md border border-destructive bg-destructive/10 p-3 text-sm text-destructive"
                            role="alert"
                            data-support-error
                        >
                            {message}
                        </div>
                    )}
                    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
                        <div className="space-y-3" data-support-messages={thread.messages.length}>
                            {thread.messages.map(m => (
                                <MessageItem key={m.id} message={m} t={t} formatDate={formatDate} />
                            ))}
                            {canUpdate && thread.status !== 'closed' && (
                                <ReplyBox
                                    t={t}
                                    busy={change.isPending}
                                    onSend={async (body, internal, files) => {
                                        const result = await run(REPLY_MUTATION, {
                                            input: {
                                                threadId: id,
                                                body,
                                                internal,
                                                ...(files.length ? { attachments: files } : {}),
                                            },
                                        }).catch(() => undefined);
                                        return !!result && !supportError(result);
                                    }}
                                />
                            )}
                        </div>
                        <div className="space-y-5 text-sm">
                            {!canUpdate && <div className="text-xs text-muted-foreground">{t.readOnly}</div>}
                            {canUpdate && (
                                <section className="space-y-2">
                                    <h3 className="font-medium">{t.moveTo}</h3>
                                    {moves.length ? (
                                        <div className="flex flex-wrap gap-2">
                                            {moves.map(s => (
                                                <Button
                                                    key={s}
                                                    size="sm"
                                                    variant={s === 'closed' ? 'destructive' : 'outline'}
                                                    disabled={change.isPending}
                                                    onClick={() =>
                                                        void run(SET_STATUS_MUTATION, { status: s })
                                                    }
                                                    data-support-move={s}
                                                >
                                                    {t.statusNames[s as ThreadStatus]}
                                                </Button>
                                            ))}
                                        </div>
                                    ) : (
                                        <div className="text-xs text-muted-foreground">{t.noMove}</div>
                                    )}
                                </section>
                            )}
                            <section className="space-y-2">
                                <label className="block font-medium" htmlFor="support-assignee">
                                    {t.assignee}
                                </label>
                                {canUpdate ? (
                                    <select
                                        id="support-assignee"
                                        className="h-9 w-full rounded-md border bg-background px-2 text-sm"
                                        value={thread.assignee?.id ?? ''}
                                        disabled={change.isPending}
                                        onChange={e =>
                                            void run(ASSIGN_MUTATION, {
                                                administratorId: e.target.value || null,
                                            })
                                        }
                                        data-support-assign
                                    >
                                        <option value="">{t.unassigned}</option>
                                        {(
                                            admins.data?.administrators.items ??
                                            (thread.assignee ? [thread.assignee] : [])
                                        ).map(a => (
                                            <option key={a.id} value={a.id}>
                                                {personName(a)}
                                            </option>
                                        ))}
                                    </select>
                                ) : (
                                    <div>{thread.assignee ? personName(thread.assignee) : t.unassigned}</div>
                                )}
                            </section>
                            <section className="space-y-2">
                                <label className="block font-medium" htmlFor="support-priority">
                                    {t.priority}
                                </label>
                                {canUpdate ? (
                                    <select
                                        id="support-priority"
                                        className="h-9 w-full rounded-md border bg-background px-2 text-sm"
                                        value={thread.priority}
                                        disabled={change.isPending}
                                        onChange={e =>
                                            void run(SET_PRIORITY_MUTATION, {
                                                priority: e.target.value as ThreadPriority,
                                            })
                                        }
                                        data-support-priority-select
                                    >
                                        {PRIORITIES.map(p => (
                                            <option key={p} value={p}>
                                                {t.priorityNames[p]}
                                            </option>
                                        ))}
                                    </select>
                                ) : (
                                    <PriorityBadge priority={thread.priority} t={t} />
                                )}
                            </section>
                            <TagsEditor
                                tags={thread.tags}
                                t={t}
                                editable={canUpdate}
                                busy={change.isPending}
                                onSave={tags => void run(SET_TAGS_MUTATION, { tags })}
                            />
                            <section className="space-y-1" data-support-sla>
                                <h3 className="font-medium">{t.sla}</h3>
                                <WaitingCell thread={thread} now={now} t={t} lang={lang} />
                                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
                                    <dt className="text-muted-foreground">{t.responseDue}</dt>
                                    <dd>
                                        {thread.responseDueAt
                                            ? formatDate(thread.responseDueAt, {
                                                  dateStyle: 'short',
                                                  timeStyle: 'short',
                                              })
                                            : t.none}
                                    </dd>
                                    <dt className="text-muted-foreground">{t.firstResponse}</dt>
                                    <dd>
                                        {thread.firstResponseSeconds == null
                                            ? t.none
                                            : formatDuration(thread.firstResponseSeconds, lang)}
                                    </dd>
                                    <dt className="text-muted-foreground">{t.resolution}</dt>
                                    <dd>
                                        {thread.resolutionSeconds == null
                                            ? t.none
                                            : formatDuration(thread.resolutionSeconds, lang)}
                                    </dd>
                                    <dt className="text-muted-foreground">{t.reopened}</dt>
                                    <dd>{thread.reopenCount}</dd>
                                </dl>
                            </section>
                            <section className="space-y-2" data-support-orders>
                                <h3 className="font-medium">{t.customerOrders}</h3>
                                {thread.customerOrders.items.length === 0 && (
                                    <div className="text-xs text-muted-foreground">{t.noOrders}</div>
                                )}
                                <ul className="space-y-1">
                                    {thread.customerOrders.items.map(o => (
                                        <li
                                            key={o.id}
                                            className="flex items-baseline justify-between gap-2 text-xs"
                                        >
                                            <Link
                                                to="/orders/$id"
                                                params={{ id: o.id }}
                                                className={`font-mono underline-offset-4 hover:underline ${o.id === thread.order?.id ? 'font-bold' : ''}`}
                                            >
                                                {o.code}
                                            </Link>
                                            <span className="text-muted-foreground">{o.state}</span>
                                            <span>{formatCurrency(o.totalWithTax, o.currencyCode)}</span>
                                        </li>
                                    ))}
                                </ul>
                            </section>
                        </div>
                    </div>
                </FullWidthPageBlock>
            </PageLayout>
        </Page>
    );
}

/** One message: who wrote it, when, the body and the attachments; notes amber and labelled. */
function MessageItem({
    message: m,
    t,
    formatDate,
}: Readonly<{
    message: ThreadMessage;
    t: SupportTexts;
    formatDate: ReturnType<typeof useLocalFormat>['formatDate'];
}>) {
    const side =
        m.authorType === 'customer'
            ? 'mr-auto border-border bg-background'
            : m.authorType === 'system'
              ? 'mx-auto border-dashed bg-muted text-muted-foreground'
              : m.internal
                ? 'ml-auto border-amber-400 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50'
                : 'ml-auto border-primary/40 bg-primary/10';
    return (
        <article
            className={`max-w-[85%] rounded-lg border p-3 ${side}`}
            data-support-message={m.id}
            data-author={m.authorType}
            data-internal={m.internal}
        >
            <header className="mb-1 flex flex-wrap items-center gap-2 text-xs">
                <span className="font-semibold">{m.authorName}</span>
                <span className="text-muted-foreground">
                    {m.authorType === 'customer'
                        ? t.customer
                        : m.authorType === 'system'
                          ? t.system
                          : t.staff}
                </span>
                {m.internal && (
                    <span
                        className="rounded bg-amber-400 px-1.5 py-0.5 font-semibold uppercase text-amber-950"
                        data-support-note-label
                    >
                        {t.internalNote}
                    </span>
                )}
                <time className="ml-auto text-muted-foreground" dateTime={m.createdAt}>
                    {formatDate(m.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
                </time>
            </header>
            <MessageBody body={m.body} />
            {m.attachments.length > 0 && (
                <ul className="mt-2 flex flex-wrap gap-2 text-xs">
                    {m.attachments.map(a => (
                        <li key={a.id}>
                            {/* The plugin's owner-checked route, same origin: the session cookie authenticates it. */}
                            <a
                                href={a.url}
                                target="_blank"
                                rel="noopener noreferrer"
                                className="underline"
                                data-support-attachment
                            >
                                📎 {a.name}
                            </a>
                        </li>
                    ))}
                </ul>
            )}
        </article>
    );
}

/** The reply box: body, internal-note toggle, attachments; clears itself once sent. */
function ReplyBox({
    t,
    busy,
    onSend,
}: Readonly<{
    t: SupportTexts;
    busy: boolean;
    onSend: (body: string, internal: boolean, files: File[]) => Promise<boolean>;
}>) {
    const [body, setBody] = useState('');
    const [internal, setInternal] = useState(false);
    const [files, setFiles] = useState<File[]>([]);
    const fileInput = useRef<HTMLInputElement>(null);
    const submit = async (e: FormEvent) => {
        e.preventDefault();
        if (!body.trim()) return;
        if (await onSend(body, internal, files)) {
            setBody('');
            setFiles([]);
            if (fileInput.current) fileInput.current.value = '';
        }
    };
    return (
        <form
            className={`space-y-2 rounded-lg border p-3 ${internal ? 'border-amber-400 bg-amber-50 dark:bg-amber-950' : ''}`}
            onSubmit={e => void submit(e)}
            data-support-reply
        >
            <Textarea
                rows={4}
                value={body}
                aria-label={internal ? t.notePlaceholder : t.replyPlaceholder}
                placeholder={internal ? t.notePlaceholder : t.replyPlaceholder}
                onChange={e => setBody(e.target.value)}
                data-support-reply-body
            />
            <div className="flex flex-wrap items-center gap-3 text-sm">
                <label className="flex items-center gap-2">
                    <input
                        type="checkbox"
                        checked={internal}
                        onChange={e => setInternal(e.target.checked)}
                        data-support-internal
                    />
                    {t.internalToggle}
                </label>
                <label className="flex items-center gap-2 text-xs text-muted-foreground">
                    {t.attachments}
                    <Input
                        ref={fileInput}
                        type="file"
                        multiple
                        accept="image/png,image/jpeg,image/webp,image/gif,application/pdf"
                        className="h-8 w-56 text-xs"
                        onChange={e => setFiles(Array.from(e.target.files ?? []))}
                        data-support-files
                    />
                </label>
                <Button type="submit" className="ml-auto" disabled={busy || !body.trim()} data-support-send>
                    {internal ? t.addNote : t.reply}
                </Button>
            </div>
        </form>
    );
}

/** The tags as badges and, for editors, a comma-separated input saved with setSupportThreadTags. */
function TagsEditor({
    tags,
    t,
    editable,
    busy,
    onSave,
}: Readonly<{
    tags: string[];
    t: SupportTexts;
    editable: boolean;
    busy: boolean;
    onSave: (tags: string[]) => void;
}>) {
    const [text, setText] = useState(tags.join(', '));
    useEffect(() => setText(tags.join(', ')), [tags]);
    return (
        <section className="space-y-2">
            <label className="block font-medium" htmlFor="support-tags">
                {t.tags}
            </label>
            <div className="flex flex-wrap gap-1" data-support-tags={tags.join(',')}>
                {tags.map(tag => (
                    <Badge key={tag} variant="outline">
                        {tag}
                    </Badge>
                ))}
            </div>
            {editable && (
                <form
                    className="flex gap-2"
                    onSubmit={e => {
                        e.preventDefault();
                        onSave(
                            text
                                .split(',')
                                .map(s => s.trim())
                                .filter(Boolean),
                        );
                    }}
                >
                    <Input
                        id="support-tags"
                        value={text}
                        placeholder={t.tagsPlaceholder}
                        onChange={e => setText(e.target.value)}
                        data-support-tags-input
                    />
                    <Button type="submit" size="sm" variant="outline" disabled={busy} data-support-tags-save>
                        {t.saveTags}
                    </Button>
                </form>
            )}
        </section>
    );
}
