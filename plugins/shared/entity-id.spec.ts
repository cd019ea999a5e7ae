import { describe, expect, it } from 'vitest';
import { isEntityId, MAX_INTEGER_ID } from './entity-id';

describe('isEntityId', () => {
    it('accepts auto-increment ids within PostgreSQL integer range', () => {
        for (const id of ['1', '42', String(MAX_INTEGER_ID), 1, MAX_INTEGER_ID]) {
            expect(isEntityId(id)).toBe(true);
        }
    });

    it.each([
        ['abc'],
        [''],
        ['0'],
        ['-1'],
        ['1.5'],
        ['01'],
        ['1e3'],
        [' 1'],
        ['2147483648'],
        ['99999999999'],
        [0],
        [-1],
        [1.5],
        [2 ** 31],
        [null],
        [undefined],
        [{}],
    ])('refuses %j as an auto-increment id', value => {
        expect(isEntityId(value)).toBe(false);
    });

    it('checks UUIDs under the uuid strategy and trusts other strategies', () => {
        expect(isEntityId('0b8f7a4e-3c1d-4f6a-9e2b-5d7c8a9b0c1d', 'uuid')).toBe(true);
        expect(isEntityId('1', 'uuid')).toBe(false);
        expect(isEntityId('anything', 'custom')).toBe(true);
        expect(isEntityId('', 'custom')).toBe(false);
    });
});
