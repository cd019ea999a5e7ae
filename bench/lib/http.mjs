/**
 * Thrown by a scenario's `run` when it has no more prepared work (e.g. its pool of orders is used
 * up). Not a failure: the phase stops there, the operations done so far are the measurement, and
 * the report says the phase ended early.
 */
export class WorkExhausted extends Error {
    constructor(message) {
        super(message);
        this.name = 'WorkExhausted';
    }
}

/**
 * Minimal HTTP/1.1 clients on node:http with keep-alive: a Shop API GraphQL client (one TCP
 * connection and one session per client, like one shopper's browser behind a storefront) and a
 * timed GET for the storefront's TTFB.
 */
import http from 'node:http';

/** A request that failed: transport error, non-200 status, GraphQL `errors`, or an ErrorResult. */
export class RequestError extends Error {
    constructor(message, details = {}) {
        super(message);
        this.name = 'RequestError';
        Object.assign(this, details);
    }
}

/**
 * One HTTP request. Resolves with the status, headers, body text and timings (ms since the call):
 * `ttfbMs` when the response headers arrived, `totalMs` when the body ended.
 */
export function send(agent, url, { method = 'GET', headers = {}, body, timeoutMs = 30_000 } = {}) {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const req = http.request(url, { method, headers, agent, timeout: timeoutMs }, res => {
            const ttfbMs = performance.now() - started;
            const chunks = [];
            res.on('data', chunk => chunks.push(chunk));
            res.on('end', () =>
                resolve({
                    status: res.statusCode,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8'),
                    ttfbMs,
                    totalMs: performance.now() - started,
                }),
            );
            res.on('error', reject);
        });
        req.on('timeout', () =>
            req.destroy(new RequestError(`timeout after ${timeoutMs} ms: ${method} ${url}`)),
        );
        req.on('error', reject);
        if (body !== undefined) req.end(body);
        else req.end();
    });
}

/**
 * A Shop API client: its own keep-alive connection, its own session (the `vendure-auth-token`
 * response header, sent back as `Authorization: Bearer`).
 *
 * @param {{url: string, channel?: string, languageCode?: string, timeoutMs?: number, bearer?: boolean}} options
 */
export function createGraphQLClient({ url, channel = 'fr', languageCode = 'fr', timeoutMs = 30_000 }) {
    const endpoint = new URL(url);
    if (languageCode) endpoint.searchParams.set('languageCode', languageCode);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let token = null;
    return {
        url: endpoint.toString(),
        get token() {
            return token;
        },
        /** Forgets the session: the next request that needs one starts a new session (and cart). */
        resetSession() {
            token = null;
        },
        /**
         * Sends a query; returns `data`. Throws a {@link RequestError} on a transport error, a
         * non-200 status, any GraphQL `errors`, or no `data`.
         */
        async request(query, variables = {}) {
            const headers = {
                'content-type': 'application/json',
                accept: 'application/json',
                'vendure-token': channel,
            };
            if (token) headers.authorization = `Bearer ${token}`;
            const res = await send(agent, endpoint, {
                method: 'POST',
                headers,
                body: JSON.stringify({ query, variables }),
                timeoutMs,
            });
            const newToken = res.headers['vendure-auth-token'];
            if (newToken) token = newToken;
            return graphQLData(res.status, res.body);
        },
        close() {
            agent.destroy();
        },
    };
}

/**
 * The `data` of a GraphQL answer (HTTP status and body text). Throws a {@link RequestError} on a
 * non-200 status, a body that is not JSON, any GraphQL `errors`, or no `data`.
 */
export function graphQLData(status, body) {
    let json;
    try {
        json = JSON.parse(body);
    } catch {
        throw new RequestError(`HTTP ${status}, body is not JSON: ${body.slice(0, 200)}`, { status });
    }
    if (status !== 200) {
        const msg = json?.errors?.[0]?.message ?? body.slice(0, 200);
        throw new RequestError(`HTTP ${status}: ${msg}`, { status });
    }
    if (json.errors?.length) {
        throw new RequestError(`GraphQL error: ${json.errors.map(e => e.message).join('; ')}`, {
            errors: json.errors,
        });
    }
    if (!json.data) throw new RequestError('GraphQL response without data');
    return json.data;
}

/**
 * Throws when a mutation returned one of Vendure's ErrorResult types (which come back in `data`,
 * not in `errors`) or nothing; returns the result otherwise.
 */
export function expectOk(result, label) {
    if (!result) throw new RequestError(`${label}: empty result`);
    if (result.errorCode || (result.__typename && result.__typename.endsWith('Error'))) {
        throw new RequestError(
            `${label}: ${result.__typename ?? 'ErrorResult'} ${result.errorCode ?? ''}: ${result.message ?? ''}`.trim(),
        );
    }
    return result;
}

/** A keep-alive agent for sequential GETs (the storefront TTFB measurement). */
export function createAgent() {
    return new http.Agent({ keepAlive: true, maxSockets: 1 });
}
