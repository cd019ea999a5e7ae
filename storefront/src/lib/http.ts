/** Small helpers for the POST endpoints and pages. */

/** True if the storefront is reached over https (directly or behind a proxy). */
export function isSecureRequest(url: URL, request: Request): boolean {
    return url.protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** A local path to go back to after a POST (never another origin). */
export function safeReturnPath(value: unknown, fallback = '/'): string {
    if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
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
