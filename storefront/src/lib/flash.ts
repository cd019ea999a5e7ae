/**
 * One-shot messages across a POST → redirect → GET (e.g. "only 2 left in stock"), kept in a
 * short-lived httpOnly cookie that the next page reads and clears.
 */
import type { AstroCookies } from 'astro';

export const FLASH_COOKIE = 'radiant_flash';

export interface Flash {
    kind: 'error' | 'info';
    message: string;
}

export function setFlash(cookies: AstroCookies, flash: Flash, secure: boolean): void {
    cookies.set(FLASH_COOKIE, JSON.stringify(flash), {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        maxAge: 120,
    });
}

export function takeFlash(cookies: AstroCookies): Flash | null {
    const raw = cookies.get(FLASH_COOKIE)?.value;
    if (!raw) return null;
    cookies.delete(FLASH_COOKIE, { path: '/' });
    try {
        const value: unknown = JSON.parse(raw);
        if (
            value &&
            typeof value === 'object' &&
            'message' in value &&
            typeof value.message === 'string' &&
            'kind' in value &&
            (value.kind === 'error' || value.kind === 'info')
        ) {
            return { kind: value.kind, message: value.message.slice(0, 500) };
        }
    } catch {
        // ignore a malformed cookie
    }
    return null;
}
