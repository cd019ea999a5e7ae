/** Parts shared by the invoices Dashboard screens: the document row type and its download link. */

/** One invoice or credit note, as the Admin API returns it. */
export interface InvoiceRow {
    id: string;
    number: string;
    type: 'invoice' | 'creditNote';
    originalInvoiceNumber: string | null;
    issuedAt: string;
    /** Minor units of currencyCode. */
    totalInclTax: number;
    currencyCode: string;
    downloadUrl: string | null;
}

/** The PDF's (signed) download link, or "rendering…" until the worker has stored it. */
export function DownloadLink({ url }: Readonly<{ url: string | null }>) {
    if (!url) return <span className="text-muted-foreground">rendering…</span>;
    return (
        <a className="underline" href={url} target="_blank" rel="noreferrer">
            Download
        </a>
    );
}
