/**
 * Helpers shared by Radiant's payment plugins (CinetPay, Stripe). Nothing here is specific to a gateway.
 */

/**
 * Runs tasks with the same key one after another within this process (tasks with different keys run
 * concurrently). Used to serialise the handling of one payment's webhooks/notifications, so concurrent
 * duplicates queue instead of racing for the database claim. It is only a first line: exactly-once
 * across processes rests on the unique constraints and conditional updates inside DB transactions.
 *
 * Kept rather than `async-mutex`: that library has no per-key lock, and a map of its `Mutex` objects
 * with their clean-up would be longer than this promise chain, with the same behaviour.
 */
export class KeyedMutex {
    private tails = new Map<string, Promise<unknown>>();

    /**
     * Runs `task` after every earlier task of `key` has ended (whether it resolved or threw).
     *
     * @returns what `task` returns; rethrows what it throws
     */
    async run<T>(key: string, task: () => Promise<T>): Promise<T> {
        const previous = this.tails.get(key) ?? Promise.resolve();
        const current = previous.catch(() => undefined).then(task);
        this.tails.set(key, current);
        try {
            return await current;
        } finally {
            if (this.tails.get(key) === current) this.tails.delete(key);
        }
    }
}
