/** Small helpers for the POST endpoints and pages. */

/** True if the storefront is reached over https (directly or behind a proxy). */
export function isSecureRequest(url: URL, request: Request): boolean {
    return (
        url.protocol === 'https:' ||
        request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
    );
}

/** Placeholder origin against which {@link safeReturnPath} resolves paths; never shown to anyone. */
const RETURN_BASE = 'http://storefront.invalid';

/**
 * A same-origin path to send the visitor back to (after login, a POST…), or `fallback`.
 *
 * Accepted: a string starting with a single `/`, without control characters (tab, CR, LF… which
 * browsers strip from `Location`, so `/<TAB>/evil.example` would become `//evil.example`) or
 * backslashes (which browsers read as `/`), at most 2000 characters, that the WHATWG URL parser
 * resolves to this origin. The result is the parsed path, query and fragment, so the browser reads
 * it exactly as we did. See the OWASP "Unvalidated Redirects and Forwards" cheat sheet:
 * https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
    if (
        typeof value !== 'string' ||
        value.length > 2000 ||
        !value.startsWith('/') ||
        value.startsWith('//') ||
        // eslint-disable-next-line no-control-regex
        /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)
    ) {
        return fallback;
    }
    let parsed: URL;
    try {
        parsed = new URL(value, RETURN_BASE);
    } catch {
        return fallback;
    }
    if (parsed.origin !== RETURN_BASE) return fallback;
    const path = parsed.pathname + parsed.search + parsed.hash;
    return path.startsWith('//') ? fallback : path;
}

/** 303 See Other: the browser follows with a GET (POST → redirect → GET). */
export function seeOther(location: string): Response {
    return new Response(null, { status: 303, headers: { location } });
}

export async function readForm(request: Request): Promise<FormData | null> {
    try {
        return await request.formData();
    } catch {
        return null;
    }
}

export function field(form: FormData | null, name: string): string {
    const value = form?.get(name);
    return typeof value === 'string' ? value.trim() : '';
}

export function positiveInt(value: string, fallback: number, max = 99): number {
    const n = Number.parseInt(value, 10);
    if (!Number.isFinite(n) || n < 0) return fallback;
    return Math.min(n, max);
}

/**
 * CSRF defence for the storefront's form POSTs: the `Origin` header (or, without it, the
 * browser's `Sec-Fetch-Site`) must designate this host. Requests from tools that send neither
 * (curl) are accepted; the session cookies are SameSite=Lax as well.
 */
export function isSameOriginPost(request: Request): boolean {
    const headers = request.headers;
    const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
    const origin = headers.get('origin');
    if (origin && origin !== 'null') {
        try {
            return !!host && new URL(origin).host === host;
        } catch {
            return false;
        }
    }
    if (origin === 'null') return false;
    const site = headers.get('sec-fetch-site');
    return site === null || site === 'same-origin' || site === 'none';
}

/** The path and query of the Referer, for "back to where you were" (never another origin). */
export function refererPath(request: Request): string | undefined {
    const referer = request.headers.get('referer');
    if (!referer) return undefined;
    try {
        const u = new URL(referer);
        return u.pathname + u.search;
    } catch {
        return undefined;
    }
}
