/**
 * The key helpers of the default rules: which value a call counts against, and when a rule does not
 * apply (`undefined`).
 */
import type { RequestContext } from '@vendure/core';
import { describe, expect, it } from 'vitest';
import {
    byActiveOrder,
    byActiveUser,
    byArgument,
    DEFAULT_GRAPHQL_RULES,
    isInvalidCredentials,
    TRACKING_WEBHOOK_PATH,
} from './rules';
import { matchPath } from './api/rest-rate-limit.middleware';
import type { GraphQLRateLimitCall } from './types';

function call(args: Record<string, unknown>, ctx: Partial<RequestContext> = {}): GraphQLRateLimitCall {
    return { ip: '203.0.113.7', args, ctx: ctx as RequestContext };
}

describe('rate-limit keys', () => {
    it('reads an argument path, trimmed and lowercased; undefined when absent or empty', () => {
        const email = byArgument('input', 'emailAddress');
        expect(email(call({ input: { emailAddress: '  Awa.Kone@Example.COM ' } }))).toBe(
            'awa.kone@example.com',
        );
        expect(email(call({ input: {} }))).toBeUndefined();
        expect(email(call({ input: { emailAddress: '   ' } }))).toBeUndefined();
        expect(email(call({}))).toBeUndefined();
    });

    it('keys payments on the active order and account rules on the signed-in user', () => {
        expect(byActiveOrder(call({}, { session: { activeOrderId: 42 } } as never))).toBe('42');
        expect(byActiveOrder(call({}, { session: { activeOrderId: null } } as never))).toBeUndefined();
        expect(byActiveOrder(call({}))).toBeUndefined();
        expect(byActiveUser(call({}, { activeUserId: 7 } as never))).toBe('7');
        expect(byActiveUser(call({}))).toBeUndefined();
    });

    it('keys login failures on IP + username for both login mutations', () => {
        const rule = DEFAULT_GRAPHQL_RULES.find(r => r.name === 'login-ip-username')!;
        expect(rule.key(call({ username: 'A@b.c', password: 'x' }))).toBe('203.0.113.7|a@b.c');
        expect(rule.key(call({ input: { native: { username: 'A@b.c', password: 'x' } } }))).toBe(
            '203.0.113.7|a@b.c',
        );
        expect(isInvalidCredentials({ errorCode: 'INVALID_CREDENTIALS_ERROR' })).toBe(true);
        expect(isInvalidCredentials({ errorCode: 'NOT_VERIFIED_ERROR' })).toBe(false);
        expect(isInvalidCredentials({ __typename: 'CurrentUser' })).toBe(false);
    });

    it('gives every default rule a unique name', () => {
        const names = DEFAULT_GRAPHQL_RULES.map(r => r.name);
        expect(new Set(names).size).toBe(names.length);
    });
});

describe('REST path patterns', () => {
    it('matches literal segments exactly and a :name parameter to one non-empty segment', () => {
        expect(matchPath(TRACKING_WEBHOOK_PATH, '/tracking/webhook/fr/generic')).toEqual({
            channelToken: 'fr',
            source: 'generic',
        });
        expect(matchPath(TRACKING_WEBHOOK_PATH, '/tracking/webhook/fr%20x/generic/')).toEqual({
            channelToken: 'fr x',
            source: 'generic',
        });
        expect(matchPath(TRACKING_WEBHOOK_PATH, '/tracking/webhook/fr')).toBeUndefined();
        expect(matchPath(TRACKING_WEBHOOK_PATH, '/tracking/webhook//generic')).toBeUndefined();
        expect(matchPath(TRACKING_WEBHOOK_PATH, '/tracking/webhook/fr/generic/x')).toBeUndefined();
        expect(matchPath(TRACKING_WEBHOOK_PATH, '/tracking/hook/fr/generic')).toBeUndefined();
        expect(matchPath(TRACKING_WEBHOOK_PATH, '/tracking/webhook/%E0%A4%A/generic')).toBeUndefined();
        expect(matchPath('/payments/stripe', '/payments/stripe')).toEqual({});
        expect(matchPath('/payments/stripe', '/payments/stripe/x')).toBeUndefined();
    });
});
