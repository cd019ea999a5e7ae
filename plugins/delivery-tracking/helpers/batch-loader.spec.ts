/** The batch loader behind Fulfillment.parcels: one load per turn of the event loop. */
import { describe, expect, it } from 'vitest';
import { batchLoader } from './batch-loader';

describe('batchLoader', () => {
    it('loads the keys asked for in one turn together, each answered from the map or empty', async () => {
        const calls: string[][] = [];
        const load = batchLoader(async (keys: string[]) => {
            calls.push(keys);
            return new Map(keys.filter(k => k !== '3').map(k => [k, [`parcel of ${k}`]]));
        }, [] as string[]);
        const first = await Promise.all([load(1), load('2'), load(3), load(1)]);
        expect(first).toEqual([['parcel of 1'], ['parcel of 2'], [], ['parcel of 1']]);
        expect(calls).toEqual([['1', '2', '3']]);
        // A later turn is a new batch.
        expect(await load(2)).toEqual(['parcel of 2']);
        expect(calls).toEqual([['1', '2', '3'], ['2']]);
    });

    it('rejects every caller of a failed batch, and the next batch runs afresh', async () => {
        let fail = true;
        const load = batchLoader(async (keys: string[]) => {
            if (fail) throw new Error('database down');
            return new Map(keys.map(k => [k, k]));
        }, '');
        const results = await Promise.allSettled([load(1), load(2)]);
        expect(results.map(r => r.status)).toEqual(['rejected', 'rejected']);
        fail = false;
        expect(await load(1)).toBe('1');
    });
});
