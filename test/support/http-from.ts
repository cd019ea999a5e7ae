/**
 * HTTP requests from a chosen loopback source address (`127.0.0.N`), optionally with an
 * `X-Forwarded-For` header: the peers of the rate-limit suites (a trusted storefront at 127.0.0.1,
 * untrusted clients at other loopback addresses).
 */
import http from 'node:http';

/** A response: status, lowercased headers, body text and, when JSON, the parsed body. */
export interface HttpAnswer {
    status: number;
    headers: http.IncomingHttpHeaders;
    text: string;
    json?: unknown;
}

/** Options of {@link httpFrom}. */
export interface HttpFromOptions {
    /** Source address of the connection, e.g. `127.0.0.3`; default the system's choice (127.0.0.1). */
    from?: string;
    /** `X-Forwarded-For` value sent, if any. */
    forwardedFor?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
}

/** Sends one request to `url` (http only), on a fresh connection. */
export function httpFrom(url: string, options: HttpFromOptions = {}): Promise<HttpAnswer> {
    const target = new URL(url);
    return new Promise((resolve, reject) => {
        const req = http.request(
            {
                host: target.hostname,
                port: target.port,
                path: target.pathname + target.search,
                method: options.method ?? 'GET',
                localAddress: options.from,
                agent: false,
                headers: {
                    ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
                    ...(options.body !== undefined
                        ? { 'content-length': String(Buffer.byteLength(options.body)) }
                        : {}),
                    ...options.headers,
                },
            },
            res => {
                const chunks: Buffer[] = [];
                res.on('data', (chunk: Buffer) => chunks.push(chunk));
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let json: unknown;
                    try {
                        json = JSON.parse(text);
                    } catch {
                        json = undefined;
                    }
                    resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
                });
            },
        );
        req.on('error', reject);
        if (options.body !== undefined) req.write(options.body);
        req.end();
    });
}

/** A GraphQL operation posted with {@link httpFrom}; `token` is the bearer session, `channel` the `vendure-token`. */
export function graphqlFrom(
    url: string,
    query: string,
    variables: Record<string, unknown> = {},
    options: Omit<HttpFromOptions, 'body' | 'method'> & { token?: string } = {},
): Promise<HttpAnswer> {
    return httpFrom(url, {
        ...options,
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
            ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
    });
}
