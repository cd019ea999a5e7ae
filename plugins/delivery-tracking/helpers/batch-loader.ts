/**
 * A minimal DataLoader: the keys asked for in the same turn of the event loop are loaded with one
 * call of `load`, whose map answers each key (a key it leaves out gets `empty`). GraphQL resolves
 * the items of a list (an order's fulfillments) in one turn, so their field resolvers share a batch.
 * Nothing is cached between batches.
 */
export function batchLoader<T>(
    load: (keys: string[]) => Promise<Map<string, T>>,
    empty: T,
): (key: string | number) => Promise<T> {
    let pending: { keys: Set<string>; result: Promise<Map<string, T>> } | undefined;
    return key => {
        if (!pending) {
            const keys = new Set<string>();
            const result = new Promise<void>(resolve => setImmediate(resolve)).then(() => {
                // Keys asked for from now on start the next batch.
                pending = undefined;
                return load([...keys]);
            });
            pending = { keys, result };
        }
        pending.keys.add(String(key));
        return pending.result.then(found => found.get(String(key)) ?? empty);
    };
}
