/**
 * Where cached pages live: in this process ({@link MemoryPageStore}, the default) or in Redis
 * ({@link RedisPageStore}, with `REDIS_URL`, shared by every storefront process). Each entry carries
 * the surrogate keys of the Shop API answers it was rendered from; a purge names keys and removes
 * every entry carrying one of them.
 */
import { Redis } from 'ioredis';

/** A cached page: status, the headers to send again, the gzipped body, its surrogate keys. */
export interface PageEntry {
    status: number;
    headers: [string, string][];
    /** The page's HTML, gzipped. */
    gzip: Uint8Array;
    /** Surrogate keys (space-free strings, e.g. `Product:12`). */
    keys: string[];
    /** Whether the page may go to shared caches (regular prices) or not (a pricing tier). */
    shared: boolean;
    /** When it was stored (ms since the epoch). */
    storedAt: number;
}

/** A page store. Failures are swallowed by the callers: a broken store only costs renders. */
export interface PageStore {
    /** The entry under `key`, if any and not expired. */
    get(key: string): Promise<PageEntry | undefined>;
    /** Stores `entry` under `key` for `ttlMs`, indexed by its surrogate keys. */
    set(key: string, entry: PageEntry, ttlMs: number): Promise<void>;
    /** Removes every entry carrying one of `keys`; resolves to how many were removed (Redis: an estimate). */
    purge(keys: readonly string[]): Promise<number>;
    /** Removes everything (tests, `all`). */
    clear(): Promise<void>;
}

/**
 * In-process store: a Map in insertion order (oldest evicted first once `maxBytes` of bodies are
 * held; a read moves an entry to the end, so it is least-recently-used eviction) with a key → entries
 * index for purges.
 */
export class MemoryPageStore implements PageStore {
    private readonly entries = new Map<string, { entry: PageEntry; expires: number }>();
    private readonly byKey = new Map<string, Set<string>>();
    private bytes = 0;

    /** @param maxBytes most body bytes held (default 64 MiB) */
    constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

    get(key: string): Promise<PageEntry | undefined> {
        const held = this.entries.get(key);
        if (!held) return Promise.resolve(undefined);
        if (held.expires <= Date.now()) {
            this.remove(key);
            return Promise.resolve(undefined);
        }
        this.entries.delete(key);
        this.entries.set(key, held);
        return Promise.resolve(held.entry);
    }

    set(key: string, entry: PageEntry, ttlMs: number): Promise<void> {
        this.remove(key);
        this.entries.set(key, { entry, expires: Date.now() + ttlMs });
        this.bytes += entry.gzip.byteLength;
        for (const k of entry.keys) {
            let set = this.byKey.get(k);
            if (!set) this.byKey.set(k, (set = new Set()));
            set.add(key);
        }
        for (const oldest of this.entries.keys()) {
            if (this.bytes <= this.maxBytes) break;
            this.remove(oldest);
        }
        return Promise.resolve();
    }

    purge(keys: readonly string[]): Promise<number> {
        let removed = 0;
        for (const k of keys) {
            for (const key of this.byKey.get(k) ?? []) {
                if (this.remove(key)) removed++;
            }
            this.byKey.delete(k);
        }
        return Promise.resolve(removed);
    }

    clear(): Promise<void> {
        this.entries.clear();
        this.byKey.clear();
        this.bytes = 0;
        return Promise.resolve();
    }

    private remove(key: string): boolean {
        const held = this.entries.get(key);
        if (!held) return false;
        this.entries.delete(key);
        this.bytes -= held.entry.gzip.byteLength;
        for (const k of held.entry.keys) {
            const set = this.byKey.get(k);
            set?.delete(key);
            if (set && !set.size) this.byKey.delete(k);
        }
        return true;
    }
}

/**
 * Redis store, shared by every storefront process: an entry is one string `<prefix>:page:<key>`
 * (a JSON head line, a newline, then the gzipped body), with the TTL as its expiry; each surrogate
 * key is a set `<prefix>:page-key:<key>` of entry names (expiring with its newest entry: every entry
 * has the same TTL). A purge
 * reads the sets and deletes the entries and the sets.
 */
export class RedisPageStore implements PageStore {
    constructor(
        private readonly redis: Redis,
        private readonly prefix: string,
    ) {}

    async get(key: string): Promise<PageEntry | undefined> {
        const raw = await this.redis.getBuffer(`${this.prefix}:page:${key}`);
        if (!raw) return undefined;
        const newline = raw.indexOf(10);
        if (newline < 0) return undefined;
        const head = JSON.parse(raw.subarray(0, newline).toString('utf8')) as Omit<PageEntry, 'gzip'>;
        return { ...head, gzip: raw.subarray(newline + 1) };
    }

    async set(key: string, entry: PageEntry, ttlMs: number): Promise<void> {
        const { gzip, ...head } = entry;
        const name = `${this.prefix}:page:${key}`;
        const multi = this.redis
            .multi()
            .set(name, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), gzip]), 'PX', ttlMs);
        for (const k of entry.keys) {
            const set = `${this.prefix}:page-key:${k}`;
            multi.sadd(set, name).pexpire(set, ttlMs);
        }
        await multi.exec();
    }

    async purge(keys: readonly string[]): Promise<number> {
        let removed = 0;
        for (const k of keys) {
            const set = `${this.prefix}:page-key:${k}`;
            const names = await this.redis.smembers(set);
            if (names.length) removed += await this.redis.del(...names);
            await this.redis.del(set);
        }
        return removed;
    }

    async clear(): Promise<void> {
        let cursor = '0';
        do {
            const [next, names] = await this.redis.scan(
                cursor,
                'MATCH',
                `${this.prefix}:page*`,
                'COUNT',
                500,
            );
            cursor = next;
            if (names.length) await this.redis.del(...names);
        } while (cursor !== '0');
    }
}
