/**
 * Day / night theme. Without a choice the page follows `prefers-color-scheme` (pure CSS); a
 * choice is remembered in the `radiant_theme` cookie (`light` | `dark`) so the server renders
 * `<html data-theme="…">` and the page never flashes the other theme. The cookie is readable by
 * the page's tiny toggle script (it holds no personal data).
 */
import type { AstroCookies } from 'astro';

export type Theme = 'light' | 'dark';
export const THEME_COOKIE = 'radiant_theme';
export const THEME_MAX_AGE_S = 60 * 60 * 24 * 365;

export function isTheme(value: unknown): value is Theme {
    return value === 'light' || value === 'dark';
}

/** The visitor's chosen theme, or undefined to follow the system preference. */
export function readTheme(cookies: AstroCookies): Theme | undefined {
    const value = cookies.get(THEME_COOKIE)?.value;
    return isTheme(value) ? value : undefined;
}
