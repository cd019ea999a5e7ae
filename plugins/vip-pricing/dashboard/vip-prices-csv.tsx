/**
 * CSV export and import of the channel's VIP prices, on the "VIP tiers" page: "Export VIP prices"
 * downloads Admin API `exportVipPrices` as `vip-prices-<channel>-<date>.csv`; "Import VIP prices"
 * opens a dialog where a file is chosen (or pasted), checked with `importVipPrices(dryRun: true)`
 * (counts, or every error with its row and column), then imported (all rows or none).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
    api,
    Button,
    Dialog,
    DialogContent,
    DialogDescription,
    DialogFooter,
    DialogHeader,
    DialogTitle,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    Textarea,
    useChannel,
    usePermissions,
} from '@vendure/dashboard';
import { useState } from 'react';
import { EXPORT_VIP_PRICES, IMPORT_VIP_PRICES } from './shared';

/** What `importVipPrices` answers. */
type ImportResult =
    | {
          __typename: 'VipPriceImportSummary';
          dryRun: boolean;
          created: number;
          updated: number;
          unchanged: number;
      }
    | {
          __typename: 'VipPriceImportError';
          message: string;
          rowErrors: Array<{ row: number; field: string; message: string }>;
      };

/** Saves `text` as a file named `name` in the browser. */
function download(text: string, name: string) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The export button and the import button with its dialog. */
export function VipPricesCsvActions() {
    const { activeChannel } = useChannel();
    const { hasPermissions } = usePermissions();
    const [open, setOpen] = useState(false);
    const exporting = useMutation({
        mutationFn: () => api.query<{ exportVipPrices: string }>(EXPORT_VIP_PRICES),
        onSuccess: ({ exportVipPrices }) =>
            download(
                exportVipPrices,
                `vip-prices-${activeChannel?.code ?? 'channel'}-${new Date().toISOString().slice(0, 10)}.csv`,
            ),
    });
    return (
        <div className="flex items-center gap-2">
            <Button
                variant="outline"
                disabled={exporting.isPending}
                onClick={() => exporting.mutate()}
                data-vip-prices-export
            >
                Export VIP prices
            </Button>
            {hasPermissions(['UpdateVipPricing']) && (
                <Button variant="outline" onClick={() => setOpen(true)} data-vip-prices-import>
                    Import VIP prices
                </Button>
            )}
            {exporting.error && (
                <span className="text-sm text-destructive">{(exporting.error as Error).message}</span>
            )}
            <Dialog open={open} onOpenChange={setOpen}>
                {open && <ImportDialogContent onDone={() => setOpen(false)} />}
            </Dialog>
        </div>
    );
}

/** The import dialog: choose or paste a file, check it, import it. */
function ImportDialogContent({ onDone }: Readonly<{ onDone: () => void }>) {
    const { activeChannel } = useChannel();
    const queryClient = useQueryClient();
    const [text, setText] = useState('');
    const [result, setResult] = useState<ImportResult | undefined>();
    const run = useMutation({
        mutationFn: (dryRun: boolean) =>
            api.mutate<{ importVipPrices: ImportResult }>(IMPORT_VIP_PRICES, { csv: text, dryRun }),
        onSuccess: async ({ importVipPrices }) => {
            setResult(importVipPrices);
            if (importVipPrices.__typename === 'VipPriceImportSummary' && !importVipPrices.dryRun) {
                await queryClient.invalidateQueries({ queryKey: ['vipPrices'] });
            }
        },
    });
    const checked = result?.__typename === 'VipPriceImportSummary' && result.dryRun;
    const imported = result?.__typename === 'VipPriceImportSummary' && !result.dryRun;
    return (
        <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-3xl" data-vip-import-dialog>
            <DialogHeader>
                <DialogTitle>Import VIP prices into {activeChannel?.code}</DialogTitle>
                <DialogDescription>
                    A CSV file as the export writes it: sku, tier (its name), price in{' '}
                    {activeChannel?.defaultCurrencyCode} as people write it, currency, startsAt and endsAt
                    (ISO dates, empty when open). A row with the tier, SKU and window of an existing price
                    changes its amount. Every row is checked first: if one is wrong, nothing is imported.
                </DialogDescription>
            </DialogHeader>
            <input
                type="file"
                accept=".csv,text/csv"
                className="text-sm"
                data-vip-import-file
                onChange={async e => {
                    const file = e.target.files?.[0];
                    setResult(undefined);
                    setText(file ? await file.text() : '');
                }}
            />
            <Textarea
                className="h-40 font-mono text-xs"
                placeholder="sku,product,tier,price,currency,startsAt,endsAt"
                value={text}
                onChange={e => {
                    setText(e.target.value);
                    setResult(undefined);
                }}
                data-vip-import-text
            />
            {run.error && <div className="text-sm text-destructive">{(run.error as Error).message}</div>}
            {result?.__typename === 'VipPriceImportSummary' && (
                <div className="text-sm" data-vip-import-summary={result.dryRun ? 'checked' : 'imported'}>
                    {result.dryRun
                        ? `The file is correct. Importing it creates ${result.created} price(s), updates ${result.updated} and leaves ${result.unchanged} unchanged.`
                        : `Imported: ${result.created} price(s) created, ${result.updated} updated, ${result.unchanged} unchanged.`}
                </div>
            )}
            {result?.__typename === 'VipPriceImportError' && (
                <div className="space-y-2" data-vip-import-errors={result.rowErrors.length}>
                    <div className="text-sm text-destructive">{result.message}</div>
                    <Table>
                        <TableHeader>
                            <TableRow>
                                <TableHead>Row</TableHead>
                                <TableHead>Column</TableHead>
                                <TableHead>Problem</TableHead>
                            </TableRow>
                        </TableHeader>
                        <TableBody>
                            {result.rowErrors.map((e, i) => (
                                <TableRow key={i} data-vip-import-error={`${e.row}:${e.field}`}>
                                    <TableCell>{e.row || '—'}</TableCell>
                                    <TableCell className="font-mono text-xs">{e.field}</TableCell>
                                    <TableCell className="text-xs">{e.message}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </div>
            )}
            <DialogFooter>
                <Button variant="outline" onClick={onDone}>
                    {imported ? 'Close' : 'Cancel'}
                </Button>
                {!imported && (
                    <Button
                        variant={checked ? 'outline' : 'default'}
                        disabled={!text.trim() || run.isPending}
                        onClick={() => run.mutate(true)}
                        data-vip-import-check
                    >
                        Check
                    </Button>
                )}
                {!imported && (
                    <Button
                        disabled={!checked || run.isPending}
                        onClick={() => run.mutate(false)}
                        data-vip-import-run
                    >
                        Import
                    </Button>
                )}
            </DialogFooter>
        </DialogContent>
    );
}
