/**
 * The support inbox (Customers menu, `/support`, `ReadSupportThread`): Admin API `supportInbox` in
 * the API's order (the threads someone waits on first, the longest wait first, then the latest
 * activity), filtered by status, assignee (me, unassigned, an administrator), priority, unread
 * only, channel (from the default channel only: other channels see their own threads) and free
 * text; 20 per page. Each row shows the subject, customer, order code, status, priority, assignee,
 * tags, the wait and the time left before the response target (red once overdue) and the unread
 * count; a click opens the thread view. The staff's live stream re-queries the page when a message
 * arrives or a thread changes; without it the page re-queries every 30 s.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
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
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    useChannel,
} from '@vendure/dashboard';
import { useEffect, useRef, useState } from 'react';
import {
    ADMINISTRATORS_QUERY,
    CHANNELS_QUERY,
    INBOX_QUERY,
    InboxThread,
    LiveIndicator,
    ME_QUERY,
    personName,
    PRIORITIES,
    PriorityBadge,
    StatusBadge,
    STATUSES,
    ThreadPriority,
    ThreadStatus,
    useNow,
    useSupportLive,
    UnreadBadge,
    useSupportTexts,
    WaitingCell,
} from './shared';

const PAGE_SIZE = 20;

/** The inbox page. */
export function SupportInbox() {
    const { activeChannel } = useChannel();
    const { t, lang } = useSupportTexts();
    const navigate = useNavigate();
    const queryClient = useQueryClient();
    const now = useNow();
    const [status, setStatus] = useState<ThreadStatus | ''>('');
    const [priority, setPriority] = useState<ThreadPriority | ''>('');
    const [assignee, setAssignee] = useState('');
    const [unread, setUnread] = useState(false);
    const [channelId, setChannelId] = useState('');
    const [searchText, setSearchText] = useState('');
    const [search, setSearch] = useState('');
    const [skip, setSkip] = useState(0);

    useEffect(() => {
        const timer = setTimeout(() => setSearch(searchText.trim()), 300);
        return () => clearTimeout(timer);
    }, [searchText]);
    useEffect(() => setSkip(0), [status, priority, assignee, unread, channelId, search]);

    const me = useQuery({
        queryKey: ['supportMe', activeChannel?.token],
        queryFn: () =>
            api.query<{ activeAdministrator: { id: string }; activeChannel: { id: string; code: string } }>(
                ME_QUERY,
            ),
    });
    const admins = useQuery({
        queryKey: ['supportAdministrators'],
        queryFn: () =>
            api.query<{
                administrators: { items: Array<{ id: string; firstName: string; lastName: string }> };
            }>(ADMINISTRATORS_QUERY),
        retry: false,
    });
    const isDefault = me.data?.activeChannel.code === '__default_channel__';
    const channels = useQuery({
        queryKey: ['supportChannels'],
        queryFn: () =>
            api.query<{ channels: { items: Array<{ id: string; code: string }> } }>(CHANNELS_QUERY),
        enabled: isDefault,
        retry: false,
    });
    const channelCode = (id: string) =>
        channels.data?.channels.items.find(c => c.id === id)?.code.replace('__default_channel__', 'default');

    const filter = {
        ...(status ? { status: [status] } : {}),
        ...(priority ? { priority: [priority] } : {}),
        ...(assignee === 'unassigned'
            ? { unassigned: true }
            : assignee === 'me'
              ? { assigneeId: me.data?.activeAdministrator.id }
              : assignee
                ? { assigneeId: assignee }
                : {}),
        ...(unread ? { unread: true } : {}),
        ...(isDefault && channelId ? { channelId } : {}),
        ...(search ? { search } : {}),
    };
    const [connected, setConnected] = useState(false);
    const { data, isLoading, error, isFetching } = useQuery({
        queryKey: ['supportInbox', activeChannel?.token, filter, skip],
        queryFn: () =>
            api.query<{ supportInbox: { totalItems: number; items: InboxThread[] } }>(INBOX_QUERY, {
                filter,
                options: { skip, take: PAGE_SIZE },
            }),
        enabled: assignee !== 'me' || !!me.data,
        refetchInterval: connected ? false : 30_000,
        placeholderData: previous => previous,
    });
    const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
    const live = useSupportLive(activeChannel?.token, () => {
        // Several events come together (a message and its thread): one re-query.
        clearTimeout(pending.current);
        pending.current = setTimeout(
            () => void queryClient.invalidateQueries({ queryKey: ['supportInbox'] }),
            250,
        );
    });
    useEffect(() => setConnected(live), [live]);

    const total = data?.supportInbox.totalItems ?? 0;
    const items = data?.supportInbox.items ?? [];
    return (
        <Page pageId="support-inbox">
            <PageTitle>{t.inbox}</PageTitle>
            <PageActionBar>
                <LiveIndicator connected={live} t={t} />
            </PageActionBar>
            <PageLayout>
                <FullWidthPageBlock blockId="support-inbox">
                    <div className="mb-4 flex flex-wrap items-center gap-2" data-support-filters>
                        <Input
                            className="w-72"
                            type="search"
                            aria-label={t.search}
                            placeholder={t.search}
                            value={searchText}
                            onChange={e => setSearchText(e.target.value)}
                            data-support-search
                        />
                        <FilterSelect
                            name="status"
                            label={t.status}
                            value={status}
                            onChange={v => setStatus(v as ThreadStatus | '')}
                            options={[
                                ['', t.allStatuses],
                                ...STATUSES.map(s => [s, t.statusNames[s]] as const),
                            ]}
                        />
                        <FilterSelect
                            name="assignee"
                            label={t.assignee}
                            value={assignee}
                            onChange={setAssignee}
                            options={[
                                ['', t.anyone],
                                ['me', t.me],
                                ['unassigned', t.unassigned],
                                ...(admins.data?.administrators.items ?? []).map(
                                    a => [a.id, personName(a)] as const,
                                ),
                            ]}
                        />
                        <FilterSelect
                            name="priority"
                            label={t.priority}
                            value={priority}
                            onChange={v => setPriority(v as ThreadPriority | '')}
                            options={[
                                ['', t.allPriorities],
                                ...PRIORITIES.map(p => [p, t.priorityNames[p]] as const),
                            ]}
                        />
                        {isDefault && channels.data && (
                            <FilterSelect
                                name="channel"
                                label={t.channel}
                                value={channelId}
                                onChange={setChannelId}
                                options={[
                                    ['', t.allChannels],
                                    ...channels.data.channels.items.map(
                                        c => [c.id, channelCode(c.id) ?? c.id] as const,
                                    ),
                                ]}
                            />
                        )}
                        <label className="flex items-center gap-2 text-sm">
                            <input
                                type="checkbox"
                                checked={unread}
                                onChange={e => setUnread(e.target.checked)}
                                data-support-filter-unread
                            />
                            {t.unreadOnly}
                        </label>
                    </div>
                    {isLoading && <div className="text-sm text-muted-foreground">{t.loading}</div>}
                    {error && <div className="text-sm text-destructive">{(error as Error).message}</div>}
                    {data && items.length === 0 && (
                        <div className="text-sm text-muted-foreground" data-support-threads="0">
                            {t.noThreads}
                        </div>
                    )}
                    {items.length > 0 && (
                        <Table data-support-threads={items.length} aria-busy={isFetching}>
                            <TableHeader>
                                <TableRow>
                                    <TableHead>{t.subject}</TableHead>
                                    <TableHead>{t.customer}</TableHead>
                                    <TableHead>{t.order}</TableHead>
                                    <TableHead>{t.status}</TableHead>
                                    <TableHead>{t.priority}</TableHead>
                                    <TableHead>{t.assignee}</TableHead>
                                    <TableHead>{t.tags}</TableHead>
                                    <TableHead>{t.waiting}</TableHead>
                                    <TableHead>{t.unread}</TableHead>
                                </TableRow>
                            </TableHeader>
                            <TableBody>
                                {items.map(thread => (
                                    <TableRow
                                        key={thread.id}
                                        className="cursor-pointer"
                                        data-support-thread={thread.id}
                                        onClick={() =>
                                            void navigate({ to: '/support/$id', params: { id: thread.id } })
                                        }
                                    >
                                        <TableCell className="max-w-80">
                                            <Link
                                                className={`block truncate underline-offset-4 hover:underline ${thread.staffUnreadCount ? 'font-semibold' : ''}`}
                                                to="/support/$id"
                                                params={{ id: thread.id }}
                                                data-support-subject
                                            >
                                                {thread.subject}
                                            </Link>
                                            {isDefault && channelCode(thread.channelId) && (
                                                <span className="text-xs text-muted-foreground">
                                                    {channelCode(thread.channelId)}
                                                </span>
                                            )}
                                        </TableCell>
                                        <TableCell>
                                            <div>{personName(thread.customer)}</div>
                                            <div className="text-xs text-muted-foreground">
                                                {thread.customer.emailAddress}
                                            </div>
                                        </TableCell>
                                        <TableCell className="font-mono text-xs">
                                            {thread.order?.code ?? ''}
                                        </TableCell>
                                        <TableCell>
                                            <StatusBadge status={thread.status} t={t} />
                                        </TableCell>
                                        <TableCell>
                                            <PriorityBadge priority={thread.priority} t={t} />
                                        </TableCell>
                                        <TableCell data-support-assignee>
                                            {thread.assignee ? (
                                                personName(thread.assignee)
                                            ) : (
                                                <span className="text-muted-foreground">{t.none}</span>
                                            )}
                                        </TableCell>
                                        <TableCell>
                                            <div className="flex flex-wrap gap-1">
                                                {thread.tags.map(tag => (
                                                    <Badge key={tag} variant="outline">
                                                        {tag}
                                                    </Badge>
                                                ))}
                                            </div>
                                        </TableCell>
                                        <TableCell>
                                            <WaitingCell thread={thread} now={now} t={t} lang={lang} />
                                        </TableCell>
                                        <TableCell>
                                            <UnreadBadge count={thread.staffUnreadCount} />
                                        </TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    )}
                    {total > PAGE_SIZE && (
                        <div className="mt-4 flex items-center justify-end gap-3 text-sm">
                            <span className="text-muted-foreground">
                                {t.page(skip + 1, Math.min(skip + PAGE_SIZE, total), total)}
                            </span>
                            <Button
                                variant="outline"
                                size="sm"
                                disabled={skip === 0}
                                onClick={() => setSkip(Math.max(0, skip - PAGE_SIZE))}
                            >
                                {t.previous}
                            </Button>
                            <Button
                                variant="outline"
                                size="sm"
                                disabled={skip + PAGE_SIZE >= total}
                                onClick={() => setSkip(skip + PAGE_SIZE)}
                            >
                                {t.next}
                            </Button>
                        </div>
                    )}
                </FullWidthPageBlock>
            </PageLayout>
        </Page>
    );
}

/** One filter of the inbox as a labelled select; `options` are `[value, label]` pairs. */
function FilterSelect({
    name,
    label,
    value,
    onChange,
    options,
}: Readonly<{
    name: string;
    label: string;
    value: string;
    onChange: (value: string) => void;
    options: ReadonlyArray<readonly [string, string]>;
}>) {
    return (
        <select
            className="h-9 rounded-md border bg-background px-2 text-sm"
            aria-label={label}
            value={value}
            onChange={e => onChange(e.target.value)}
            data-support-filter={name}
        >
            {options.map(([v, text]) => (
                <option key={v} value={v}>
                    {text}
                </option>
            ))}
        </select>
    );
}
