/** Small helpers for the POST endpoints and pages. */

/** True if the storefront is reached over https (directly or behind a proxy). */
export function isSecureRequest(url: URL, request: Request): boolean {
    return (
        url.protocol === 'https:' ||
        request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
    );
}

/** A local path to go back to after a POST (never another origin). */
export function safeReturnPath(value: unknown, fallback = '/'): string {
    if (
        typeof value !== 'string' ||
        !value.startsWith('/') ||
        value.startsWith('//') ||
        value.includes('\\')
    ) {
        return fallback;
    }
    return value.slice(0, 2000);
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
