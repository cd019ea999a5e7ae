/**
 * The accountants' export: the documents issued in a date range (days in the shop's time zone) as
 * a ZIP of their PDFs plus `invoices.csv` (one row per document, amounts in major units with a dot).
 */
import type { Invoice } from '../entities/invoice.entity';

/** Minutes east of UTC of `timeZone` at `at`. */
function offsetMinutes(at: Date, timeZone: string): number {
    const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        })
            .formatToParts(at)
            .map(p => [p.type, p.value]),
    );
    const asUtc = Date.UTC(
        +parts.year,
        +parts.month - 1,
        +parts.day,
        +parts.hour,
        +parts.minute,
        +parts.second,
    );
    return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The instant a calendar day (`YYYY-MM-DD`) starts in `timeZone`. */
export function startOfDayIn(day: string, timeZone: string): Date {
    const [y, m, d] = day.split('-').map(Number);
    const guess = Date.UTC(y, m - 1, d);
    let start = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
    // Once more, in case the offset changes between the guess and the answer (DST days).
    start = guess - offsetMinutes(new Date(start), timeZone) * 60_000;
    return new Date(start);
}

/**
 * Parses an export range: both days `YYYY-MM-DD`, from ≤ to, at most 366 days.
 *
 * @returns the half-open interval [start of `from`, start of the day after `to`) in `timeZone`
 * @throws Error with a message for the client when the range is invalid
 */
export function exportRange(
    from: string | undefined,
    to: string | undefined,
    timeZone: string,
): { start: Date; end: Date } {
    const isDay = (v?: string): v is string =>
        !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(`${v}T00:00:00Z`));
    if (!isDay(from) || !isDay(to)) throw new Error('from and to must be dates YYYY-MM-DD');
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
    if (days < 0) throw new Error('from must not be after to');
    if (days > 366) throw new Error('The range must not exceed 366 days');
    const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return { start: startOfDayIn(from, timeZone), end: startOfDayIn(next, timeZone) };
}

/**
 * One CSV cell: quoted when it holds `;`, `"` or a line break; and, when it starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return (or their full-width forms) and is not a plain number,
 * prefixed with `'` so that spreadsheet programs show it as text instead of running it as a
 * formula (a customer named `=HYPERLINK(...)`). See OWASP "CSV Injection":
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvCell(v: string): string {
    const text = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(v) && !/^-?\d+(?:\.\d+)?$/.test(v) ? `'${v}` : v;
    return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function major(minor: number): string {
    const sign = minor < 0 ? '-' : '';
    const abs = Math.abs(minor);
    return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The summary CSV (`;`-separated, UTF-8 with BOM for spreadsheet programs): number, type, issue
 * date (YYYY-MM-DD in `timeZone`), original invoice, order, customer, email, totals excl. VAT, VAT,
 * incl. VAT (major units), currency, PDF file name in the archive (empty when not rendered yet).
 */
export function invoicesCsv(
    invoices: Invoice[],
    timeZone: string,
    fileOf: (i: Invoice) => string | null,
): string {
    const day = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
    });
    const header =
        'number;type;issuedAt;originalInvoiceNumber;orderCode;customerName;customerEmail;totalExclTax;totalTax;totalInclTax;currencyCode;pdf';
    const rows = invoices.map(i =>
        [
            i.number,
            i.type,
            day.format(new Date(i.issuedAt)),
            i.originalInvoiceNumber ?? '',
            i.orderCode,
            i.customer.name,
            i.customer.email ?? '',
            major(i.totalExclTax),
            major(i.totalInclTax - i.totalExclTax),
            major(i.totalInclTax),
            i.currencyCode,
            fileOf(i) ?? '',
        ]
            .map(csvCell)
            .join(';'),
    );
    return `\ufeff${[header, ...rows].join('\r\n')}\r\n`;
}
