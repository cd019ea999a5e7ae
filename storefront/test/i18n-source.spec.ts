/**
 * Source rules for the storefront's two languages, checked on the files themselves (`.astro` files
 * are not type-checked by `tsc`):
 * - strings come from `t(lang, key)` or a dictionary made with `defineMessages({ fr, en })`, never
 *   from an inline `{ fr: {…}, en: {…} }[lang]` object (which does not check that both languages
 *   define the same keys);
 * - every number, money and date formatter of `src/lib/format.ts` is given the page's language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatMoney, formatRate } from '../src/lib/format';

const SRC = path.join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
        return /\.(astro|ts|tsx|mjs|js)$/.test(entry.name) ? [full] : [];
    });
}

const files = sourceFiles(SRC).map(file => ({
    name: path.relative(SRC, file).split(path.sep).join('/'),
    text: fs.readFileSync(file, 'utf8'),
}));

/** The calls of `fn` in `text` with their argument lists (top-level commas split, nesting kept). */
function callsOf(fn: string, text: string): string[][] {
    const calls: string[][] = [];
    const pattern = new RegExp(`(?<![\\w.])${fn}\\(`, 'g');
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const args: string[] = [];
        let depth = 0;
        let start = match.index + match[0].length;
        let i = start;
        for (; i < text.length; i++) {
            const c = text.charAt(i);
            if ('([{'.includes(c)) depth++;
            else if (')]}'.includes(c)) {
                if (depth === 0) break;
                depth--;
            } else if (c === ',' && depth === 0) {
                args.push(text.slice(start, i).trim());
                start = i + 1;
            }
        }
        args.push(text.slice(start, i).trim());
        calls.push(args.filter(Boolean));
    }
    return calls;
}

describe('storefront translations and formats (source rules)', () => {
    it('has no inline { fr, en }[lang] dictionaries: defineMessages everywhere', () => {
        const inline = files
            .filter(file => /\}\s*\[\s*(Astro\.locals\.)?lang\s*\]/.test(file.text))
            .map(file => file.name);
        expect(inline).toEqual([]);
    });

    it('gives the page language to every number, money and date formatter', () => {
        const arity: Record<string, number> = {
            formatMoney: 3,
            formatMoneyWhole: 3,
            formatPriceRange: 3,
            formatDate: 2,
            formatDay: 2,
            formatRate: 2,
            stockLabel: 2,
        };
        const missing: string[] = [];
        for (const file of files.filter(f => f.name !== 'lib/format.ts')) {
            for (const [fn, count] of Object.entries(arity)) {
                for (const args of callsOf(fn, file.text)) {
                    if (args.length < count) missing.push(`${file.name}: ${fn}(${args.join(', ')})`);
                }
            }
            if (
                /toLocale(String|DateString|TimeString)\(|new Intl\./.test(file.text) &&
                file.name !== 'lib/i18n.ts'
            ) {
                missing.push(`${file.name}: formats with Intl itself instead of src/lib/format.ts`);
            }
        }
        expect(missing).toEqual([]);
    });

    it('formats English pages the English way, XOF in whole francs', () => {
        const placed = '2026-12-02T09:25:00.000Z';
        expect(formatMoney(7000, 'EUR', 'en')).toBe('€70.00');
        expect(formatMoney(7000, 'EUR', 'fr')).toBe('70,00\u00a0€');
        expect(formatMoney(7850000, 'XOF', 'en').replace(/\s/g, ' ')).toBe('F CFA 78,500');
        expect(formatDate(placed, 'en')).toBe('2 December 2026 at 10:25');
        expect(formatDate(placed, 'fr')).toBe('2 décembre 2026 à 10:25');
        expect(formatDay(placed, 'en')).toBe('2 December 2026');
        expect(formatRate(5.5, 'en')).toBe('5.5%');
    });
});
