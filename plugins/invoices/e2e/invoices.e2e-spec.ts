/**
 * The invoices plugin alone (e2e/test-config.ts: the plugin, Vendure's EmailPlugin, a two-channel
 * minimal shop), on sql.js and PostgreSQL:
 * one invoice per settled order with the order's totals, a PDF with the mandatory mentions,
 * a failing render that keeps its number, and (PostgreSQL) 50 concurrent settlements numbered
 * without gap or duplicate.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
    ConfigService,
    Order,
    RequestContextService,
    TransactionalConnection,
    VendureConfig,
} from '@vendure/core';
import { SimpleGraphQLClient } from '@vendure/testing';
import { JobRecord } from '@vendure/core/dist/plugin/default-job-queue-plugin/job-record.entity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import {
    CANCEL,
    CREATE_CUSTOMER,
    GET_FIRST_CUSTOMER,
    GET_ORDER_INVOICES,
    GET_ORDER_PAYMENTS,
    LIST_INVOICES,
    REFUND,
    REGENERATE,
    SEARCH_INVOICES,
    SETTLE_REFUND,
} from './graphql/admin-definitions';
import {
    ORDER_INVOICES_BY_CODE,
    SET_BUYER,
    SET_SHIPPING_ADDRESS,
    TO_ARRANGING_PAYMENT,
} from './graphql/shop-definitions';
import { invoicesTestEnvironment } from './test-config';
import {
    CreditNoteService,
    Invoice,
    InvoiceIssueService,
    InvoiceLinkService,
    InvoicePdfService,
    InvoicesPlugin,
    InvoiceStorageStrategy,
} from '../index';
import { RENDER_QUEUE } from '../constants';
import {
    checkout,
    payWithTestMethod as pay,
    prepareOrder,
    shopClient,
} from '../../../test/support/shop-checkout';
import { startFakeSmtp } from '../../../test/support/fake-smtp';
import { assertErrorResult, assertSuccess } from '../../../test/support/graphql-results';

for (const db of TEST_DATABASES) {
    describe(`invoices on ${db}`, () => {
        let t: Awaited<ReturnType<typeof invoicesTestEnvironment>>;
        let realStorage: InvoiceStorageStrategy;
        let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;

        /** Waits for the mail (delivered to the fake SMTP server) whose subject contains `subject`. */
        const waitForMail = async (to: string, subject: string) => {
            const deadline = Date.now() + 30_000;
            while (Date.now() < deadline) {
                const mail = smtp.mails.find(m => m.to.includes(to) && m.subject.includes(subject));
                if (mail) return mail;
                await new Promise(r => setTimeout(r, 100));
            }
            throw new Error(
                `No mail "${subject}" to ${to}; got ${smtp.mails.map(m => `${m.to.join(',')} ${m.subject}`).join(' | ')}`,
            );
        };
        /** The PDF's text in content order (`-raw`: a wrapped column header reads as one phrase). */
        const pdfText = (pdfKey: string) =>
            execFileSync('pdftotext', ['-raw', path.join(t.env.dataDir, 'invoices', pdfKey), '-'])
                .toString()
                .replace(/\s+/g, ' ');

        const invoices = () => t.server.app.get(TransactionalConnection).rawConnection.getRepository(Invoice);
        const adminCtx = () =>
            t.server.app.get(RequestContextService).create({ apiType: 'admin', channelOrToken: 'fr' });

        /** Invoices are issued by an EventBus subscriber after the settlement commits: wait for the row. */
        const waitForInvoice = async (orderCode: string) => {
            const deadline = Date.now() + 30_000;
            while (Date.now() < deadline) {
                const found = await invoices().findOne({ where: { orderCode } });
                if (found) return found;
                await new Promise(r => setTimeout(r, 100));
            }
            throw new Error(`No invoice for order ${orderCode}`);
        };

        beforeAll(async () => {
            // Emails go to a fake SMTP server, so the attached PDF can be read back.
            smtp = await startFakeSmtp();
            t = await invoicesTestEnvironment(db, { smtpPort: smtp.port });
            realStorage = InvoicesPlugin.options.storageStrategy;
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
            await smtp?.close();
        });

        it('issues exactly one invoice on settlement, with the order’s totals to the cent', async () => {
            const order = await checkout(t.port, 'awa.invoice@example.com');
            await waitForInvoice(order.code);
            await waitForJobQueue(t.server.app);
            const found = await invoices().find({ where: { orderCode: order.code } });
            expect(found).toHaveLength(1);
            const invoice = found[0];
            expect(invoice).toMatchObject({
                type: 'invoice',
                series: 'invoice',
                totalExclTax: order.total,
                totalInclTax: order.totalWithTax,
                currencyCode: 'EUR',
                paymentMethod: 'Paiement de test (aucun débit réel)',
                languageCode: 'fr',
            });
            expect(invoice.number).toMatch(new RegExp(`^RAD-FR-${new Date().getUTCFullYear()}-\\d{6}$`));
            // One row per VAT rate (the demo shop has one rate, 20 %, on goods and shipping).
            const sum = (k: 'taxBase' | 'taxTotal') => order.taxSummary.reduce((n, x) => n + x[k], 0);
            expect(invoice.taxTotals).toEqual([
                { taxRate: 20, description: 'TVA 20 %', base: sum('taxBase'), tax: sum('taxTotal') },
            ]);
            expect(invoice.totalInclTax - invoice.totalExclTax).toBe(sum('taxTotal'));
            // Lines: product lines and shipping, their totals add up to the order's.
            expect(invoice.lines.reduce((s, l) => s + l.totalInclTax, 0)).toBe(order.totalWithTax);
            expect(invoice.lines.reduce((s, l) => s + l.totalExclTax, 0)).toBe(order.total);
            expect(invoice.customer).toMatchObject({ name: 'Awa Diallo', email: 'awa.invoice@example.com' });
            expect(invoice.customer.deliveryAddress).toMatchObject({ city: 'Paris', postalCode: '75011' });
            expect(invoice.seller).toMatchObject({ siren: '900000019', vatNumber: 'FR25900000019' });

            // A second issue (event redelivered) returns the same invoice and consumes no number.
            const again = await t.server.app
                .get(InvoiceIssueService)
                .issueInvoiceForOrder(await adminCtx(), invoice.orderId);
            expect(again?.number).toBe(invoice.number);
            expect(await invoices().count({ where: { orderCode: order.code } })).toBe(1);
        });

        it('stores a PDF whose checksum matches and whose text has every mandatory mention', async () => {
            const order = await checkout(t.port, 'awa.pdf@example.com');
            await waitForInvoice(order.code);
            await waitForJobQueue(t.server.app);
            const invoice = await invoices().findOneOrFail({ where: { orderCode: order.code } });
            expect(invoice.pdfKey).toBe(`${invoice.channelId}/invoice/${invoice.number}.pdf`);
            const pdf = await t.server.app.get(InvoicePdfService).readPdf(invoice);
            expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
            const file = path.join(t.env.dataDir, 'invoices', invoice.pdfKey!);
            expect(fs.existsSync(file)).toBe(true);
            const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
            const euros = (n: number) => (n / 100).toFixed(2).replace('.', ',');
            for (const mention of [
                'FACTURE',
                `N° ${invoice.number}`,
                "Date d'émission",
                'Date de la vente',
                order.code,
                'Radiant Parfums',
                '10 rue de la Paix',
                'SIREN 900000019',
                'SIRET 90000001900019',
                'SAS au capital de 10 000,00 €',
                'RCS Paris',
                'TVA intracommunautaire : FR25900000019',
                'Awa Diallo',
                '12 rue des Lilas',
                '75011 Paris',
                'Livraison',
                'P.U. HT',
                'TVA 20 %',
                'Total HT',
                `${euros(order.total)} €`,
                'Total TTC',
                `${euros(order.totalWithTax)} €`,
                'Payée le',
                'par Paiement de test (aucun débit réel)',
                'Nature de l’opération',
                'Date de la vente',
                invoice.lines[0].sku!,
            ]) {
                expect(text, mention).toContain(mention);
            }
            if (db === 'sqljs') {
                fs.copyFileSync(file, path.join('/tmp', 'radiant-invoice-sample.pdf'));
            }

            // PDF/A-3b with the Factur-X MINIMUM XML attached (AFRelationship /Data) and declared in the XMP.
            expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/PDF version:\s+1\.7/);
            const xmp = execFileSync('pdfinfo', ['-meta', file]).toString();
            expect(xmp).toMatch(
                /<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/,
            );
            expect(xmp).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
            expect(xmp).toContain('<fx:ConformanceLevel>MINIMUM</fx:ConformanceLevel>');
            expect(execFileSync('pdfdetach', ['-list', file]).toString()).toContain('1: factur-x.xml');
            const xmlFile = path.join(t.env.dataDir, `${invoice.number}.xml`);
            execFileSync('pdfdetach', ['-save', '1', '-o', xmlFile, file]);
            const xml = fs.readFileSync(xmlFile, 'utf8');
            const decimal = (n: number) => (n / 100).toFixed(2);
            for (const part of [
                '<ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>',
                `<ram:ID>${invoice.number}</ram:ID>`,
                '<ram:TypeCode>380</ram:TypeCode>',
                '<ram:ID schemeID="0002">900000019</ram:ID>',
                '<ram:ID schemeID="VA">FR25900000019</ram:ID>',
                `<ram:IssuerAssignedID>${order.code}</ram:IssuerAssignedID>`,
                '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
                `<ram:TaxBasisTotalAmount>${decimal(order.total)}</ram:TaxBasisTotalAmount>`,
                `<ram:TaxTotalAmount currencyID="EUR">${decimal(order.totalWithTax - order.total)}</ram:TaxTotalAmount>`,
                `<ram:GrandTotalAmount>${decimal(order.totalWithTax)}</ram:GrandTotalAmount>`,
                '<ram:DuePayableAmount>0.00</ram:DuePayableAmount>',
            ]) {
                expect(xml, part).toContain(part);
            }

            // The customer receives "Votre facture" once the PDF is stored, with that PDF attached.
            const mail = await waitForMail('awa.pdf@example.com', 'Votre facture');
            expect(mail.subject).toBe(`Votre facture ${invoice.number} — Radiant`);
            expect(mail.html).toContain(invoice.number);
            expect(mail.html).toContain(order.code);
            expect(mail.attachments).toHaveLength(1);
            expect(mail.attachments[0]).toMatchObject({
                filename: `${invoice.number}.pdf`,
                contentType: 'application/pdf',
            });
            expect(createHash('sha256').update(mail.attachments[0].content).digest('hex')).toBe(
                invoice.pdfSha256,
            );
            expect(smtp.mails.filter(m => m.subject.includes(invoice.number))).toHaveLength(1);
            // The email job carries the stored file's path, not the PDF (read by nodemailer at send time).
            const emailJobs = await t.server.app
                .get(TransactionalConnection)
                .rawConnection.getRepository(JobRecord)
                .find({ where: { queueName: 'send-email' } });
            const emailJob = emailJobs.find(
                j =>
                    (j.data as { type?: string }).type === 'invoice' &&
                    (j.data as { recipient?: string }).recipient === 'awa.pdf@example.com',
            );
            expect((emailJob?.data as { attachments?: unknown }).attachments).toMatchObject([
                { filename: `${invoice.number}.pdf`, path: file },
            ]);
            expect(JSON.stringify(emailJob?.data).length).toBeLessThan(5_000);
        });

        it('issues an English invoice (PDF and email) for an order placed in English, with the payment method’s name', async () => {
            const client = new SimpleGraphQLClient(
                {
                    apiOptions: { channelTokenKey: 'vendure-token' },
                    authOptions: { authTokenHeaderKey: 'vendure-auth-token' },
                } as Required<VendureConfig>,
                `http://localhost:${t.port}/shop-api?languageCode=en`,
            );
            client.setChannelToken('fr');
            await prepareOrder(client, { email: 'awa.english@example.com' });
            const order = await pay(client);
            await waitForInvoice(order.code);
            await waitForJobQueue(t.server.app);
            const invoice = await invoices().findOneOrFail({ where: { orderCode: order.code } });
            expect(invoice).toMatchObject({
                languageCode: 'en',
                paymentMethod: 'Test payment (no real charge)',
            });
            const text = pdfText(invoice.pdfKey!);
            const euros = (n: number) => `€${(n / 100).toFixed(2)}`;
            for (const mention of [
                'INVOICE',
                `No. ${invoice.number}`,
                'Issue date',
                'Date of sale',
                `Order: ${order.code}`,
                'SIREN 900000019',
                'EU VAT number: FR25900000019',
                'SAS with a share capital of €10,000.00',
                'RCS Paris',
                'Billed to',
                'Shipped to',
                'Nature of the transaction: supply of goods',
                'Unit price excl. VAT',
                'Shipping',
                'VAT 20%',
                'Total excl. VAT',
                euros(order.total),
                'Total incl. VAT',
                euros(order.totalWithTax),
                'Paid on',
                'by Test payment (no real charge)',
            ]) {
                expect(text, mention).toContain(mention);
            }
            expect(text).not.toContain('FACTURE');
            if (db === 'sqljs')
                fs.copyFileSync(
                    path.join(t.env.dataDir, 'invoices', invoice.pdfKey!),
                    '/tmp/radiant-invoice-en-sample.pdf',
                );
            const mail = await waitForMail('awa.english@example.com', 'Your invoice');
            expect(mail.subject).toBe(`Your invoice ${invoice.number} — Radiant`);
            expect(mail.html).toContain('Please find your invoice attached');
            expect(mail.attachments[0].filename).toBe(`${invoice.number}.pdf`);
        });

        it('writes the invoice and its credit note in the order’s language, whichever request issues them', async () => {
            // Checked out in English, settled from a request in French (as a gateway's notification,
            // or the Dashboard, would be), refunded from the Admin API in French.
            const english = shopClient(t.port, 'fr', 'en');
            await prepareOrder(english, { email: 'awa.language@example.com' });
            const payer = shopClient(t.port, 'fr', 'fr');
            payer.setAuthToken(english.getAuthToken());
            const order = await pay(payer);
            const invoice = await waitForInvoice(order.code);
            expect(invoice).toMatchObject({
                languageCode: 'en',
                paymentMethod: 'Test payment (no real charge)',
            });

            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            const { order: admin } = await t.adminClient.query(GET_ORDER_PAYMENTS, { id: order.id });
            const { refundOrder } = await t.adminClient.query(
                REFUND,
                {
                    input: {
                        paymentId: admin.payments[0].id,
                        amount: 1000,
                        shipping: 0,
                        adjustment: 0,
                        lines: [],
                        reason: 'test',
                    },
                },
                { languageCode: 'fr' },
            );
            assertSuccess(refundOrder, 'id');
            const { settleRefund } = await t.adminClient.query(
                SETTLE_REFUND,
                { input: { id: refundOrder.id, transactionId: `r-${refundOrder.id}` } },
                { languageCode: 'fr' },
            );
            assertSuccess(settleRefund, 'state');
            // The credit note job is queued by a subscriber once the refund commits: wait for its row.
            const deadline = Date.now() + 30_000;
            let note: Invoice | null = null;
            while (!note && Date.now() < deadline) {
                note = await invoices().findOne({ where: { orderCode: order.code, type: 'creditNote' } });
                if (!note) await new Promise(r => setTimeout(r, 100));
            }
            expect(note?.languageCode).toBe('en');
            await waitForJobQueue(t.server.app);
            note = await invoices().findOneOrFail({ where: { id: note!.id } });
            const text = pdfText(note.pdfKey!);
            expect(text).toContain('CREDIT NOTE');
            expect(text).not.toContain('AVOIR');
            expect(
                pdfText((await invoices().findOneOrFail({ where: { id: invoice.id } })).pdfKey!),
            ).toContain('INVOICE');
        });

        it('puts a business buyer’s company, VAT number and SIREN on the invoice; refuses an invalid VAT number', async () => {
            const client = shopClient(t.port);
            await prepareOrder(client, { email: 'awa.b2b@example.com', arrangePayment: false });
            const address = await client.query(SET_SHIPPING_ADDRESS, {
                input: {
                    fullName: 'Awa Diallo',
                    company: 'Atelier Diallo & Fils',
                    streetLine1: '12 rue des Lilas',
                    city: 'Paris',
                    postalCode: '75011',
                    countryCode: 'FR',
                },
            });
            assertSuccess(address.setOrderShippingAddress, 'id');
            expect(address.setOrderShippingAddress.id).toBeDefined();

            // A wrong French key, a wrong format and a wrong SIREN are refused with a clear message (in the request's language).
            await expect(
                client.query(SET_BUYER, { input: { customFields: { buyerVatNumber: 'FR41303265045' } } }),
            ).rejects.toThrow(/FR41303265045.*clé incorrecte/);
            await expect(
                client.query(
                    SET_BUYER,
                    { input: { customFields: { buyerVatNumber: 'DE1234' } } },
                    { languageCode: 'en' },
                ),
            ).rejects.toThrow(/The EU VAT number "DE1234" does not have its country's format/);
            await expect(
                client.query(SET_BUYER, { input: { customFields: { buyerSiren: '303265046' } } }),
            ).rejects.toThrow(/SIREN « 303265046 » n’est pas valide/);
            // Spaces and case do not matter; the invoice prints the normalised number.
            const set = await client.query(SET_BUYER, {
                input: { customFields: { buyerVatNumber: 'fr 40 303 265 045', buyerSiren: '303 265 045' } },
            });
            assertSuccess(set.setOrderCustomFields, 'customFields');
            expect(set.setOrderCustomFields.customFields).toEqual({
                buyerVatNumber: 'fr 40 303 265 045',
                buyerSiren: '303 265 045',
            });
            const arranging = await client.query(TO_ARRANGING_PAYMENT);
            assertSuccess(arranging.transitionOrderToState, 'state');
            expect(arranging.transitionOrderToState.state).toBe('ArrangingPayment');
            const order = await pay(client);

            // Once placed, the order is no longer the shopper's active order: nothing can change it from the Shop API.
            const after = await client.query(SET_BUYER, {
                input: { customFields: { buyerVatNumber: 'DE123456789' } },
            });
            assertErrorResult(after.setOrderCustomFields);
            expect(after.setOrderCustomFields.errorCode).toBe('NO_ACTIVE_ORDER_ERROR');

            await waitForInvoice(order.code);
            await waitForJobQueue(t.server.app);
            const invoice = await invoices().findOneOrFail({ where: { orderCode: order.code } });
            expect(invoice.customer).toMatchObject({
                name: 'Awa Diallo',
                company: 'Atelier Diallo & Fils',
                vatNumber: 'FR40303265045',
                siren: '303265045',
            });
            const text = pdfText(invoice.pdfKey!);
            for (const mention of [
                'Facturé à',
                'Atelier Diallo & Fils',
                'TVA intracommunautaire : FR40303265045',
                'SIREN 303265045',
            ]) {
                expect(text, mention).toContain(mention);
            }
            const file = path.join(t.env.dataDir, 'invoices', invoice.pdfKey!);
            const xmlFile = path.join(t.env.dataDir, `${invoice.number}-b2b.xml`);
            execFileSync('pdfdetach', ['-save', '1', '-o', xmlFile, file]);
            const xml = fs.readFileSync(xmlFile, 'utf8');
            const buyer = xml.slice(
                xml.indexOf('<ram:BuyerTradeParty>'),
                xml.indexOf('</ram:BuyerTradeParty>'),
            );
            expect(buyer).toContain('<ram:Name>Atelier Diallo &amp; Fils</ram:Name>');
            expect(buyer).toContain('<ram:ID schemeID="0002">303265045</ram:ID>');
        });

        it('issues in the worker, and the reconciliation task issues the invoice whose job was never queued', async () => {
            const tasks = t.server.app.get(ConfigService).schedulerOptions.tasks ?? [];
            expect(tasks.map(task => task.id)).toContain('invoices-issue-missing');
            const service = t.server.app.get(InvoiceIssueService);
            // Simulate a crash between the settlement's commit and the enqueueing of its issue job.
            const queue = (
                service as unknown as { issueQueue: { add: (...args: unknown[]) => Promise<unknown> } }
            ).issueQueue;
            const add = queue.add;
            queue.add = () => Promise.reject(new Error('process died'));
            let order: Awaited<ReturnType<typeof checkout>>;
            try {
                order = await checkout(t.port, 'awa.crash@example.com');
                await new Promise(r => setTimeout(r, 500));
            } finally {
                queue.add = add;
            }
            expect(await invoices().count({ where: { orderCode: order.code } })).toBe(0);
            // Not yet old enough for the task's default grace period.
            expect(await service.issueMissingInvoices()).toEqual([]);
            const issued = await service.issueMissingInvoices(0);
            expect(issued).toHaveLength(1);
            const invoice = await invoices().findOneOrFail({ where: { orderCode: order.code } });
            expect(invoice.number).toBe(issued[0]);
            expect(invoice.totalInclTax).toBe(order.totalWithTax);
            const all = await invoices().find({
                where: { series: 'invoice' },
                order: { sequenceValue: 'ASC' },
            });
            expect(all.map(i => i.sequenceValue)).toEqual(all.map((_, i) => i + 1));
            // Idempotent: nothing left to issue, and a late job returns the same invoice.
            expect(await service.issueMissingInvoices(0)).toEqual([]);
            expect((await service.issueInvoiceForOrder(await adminCtx(), invoice.orderId))?.id).toBe(
                invoice.id,
            );
            await waitForJobQueue(t.server.app);
            expect((await invoices().findOneOrFail({ where: { id: invoice.id } })).pdfSha256).toMatch(
                /^[0-9a-f]{64}$/,
            );
        });

        it('a failing render keeps the invoice and its number; the retried job renders it', async () => {
            let failures = 0;
            InvoicesPlugin.options.storageStrategy = {
                write: async (key, data) => {
                    if (failures < 2) {
                        failures++;
                        throw new Error('storage down');
                    }
                    return realStorage.write(key, data);
                },
                read: key => realStorage.read(key),
            };
            try {
                const order = await checkout(t.port, 'awa.retry@example.com');
                const issued = await waitForInvoice(order.code);
                await waitForJobQueue(t.server.app);
                const rendered = await invoices().findOneOrFail({ where: { orderCode: order.code } });
                expect(failures).toBe(2);
                expect(rendered.number).toBe(issued.number);
                expect(rendered.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
                const jobs = await t.server.app
                    .get(TransactionalConnection)
                    .rawConnection.getRepository(JobRecord)
                    .find({ where: { queueName: RENDER_QUEUE } });
                const job = jobs.find(
                    j => String((j.data as { invoiceId?: unknown }).invoiceId) === String(issued.id),
                );
                expect(job).toMatchObject({ state: 'COMPLETED', attempts: 3 });
            } finally {
                InvoicesPlugin.options.storageStrategy = realStorage;
            }
            // The next invoice takes the next number: nothing was burnt.
            const next = await checkout(t.port, 'awa.next@example.com');
            await waitForInvoice(next.code);
            await waitForJobQueue(t.server.app);
            const all = await invoices().find({
                where: { series: 'invoice' },
                order: { sequenceValue: 'ASC' },
            });
            expect(all.map(i => i.sequenceValue)).toEqual(all.map((_, i) => i + 1));
            expect(all[all.length - 1].orderCode).toBe(next.code);
        });

        it('issues a credit note on each settled refund (partial included) and one for the balance on cancellation', async () => {
            const order = await checkout(t.port, 'awa.refund@example.com');
            const invoice = await waitForInvoice(order.code);
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            const { order: admin } = await t.adminClient.query(GET_ORDER_PAYMENTS, { id: order.id });
            const paymentId = admin.payments[0].id;
            const refund = async (amount: number) => {
                const { refundOrder } = await t.adminClient.query(REFUND, {
                    input: { paymentId, amount, shipping: 0, adjustment: 0, lines: [], reason: 'test' },
                });
                assertSuccess(refundOrder, 'id');
                const { settleRefund } = await t.adminClient.query(SETTLE_REFUND, {
                    input: { id: refundOrder.id, transactionId: `r-${refundOrder.id}` },
                });
                assertSuccess(settleRefund, 'state');
                expect(settleRefund.state).toBe('Settled');
                return refundOrder.id;
            };
            const waitForNotes = async (n: number) => {
                const deadline = Date.now() + 30_000;
                let notes: Invoice[] = [];
                while (Date.now() < deadline) {
                    notes = await invoices().find({
                        where: { orderCode: order.code, type: 'creditNote' },
                        order: { sequenceValue: 'ASC' },
                    });
                    if (notes.length >= n) return notes;
                    await new Promise(r => setTimeout(r, 100));
                }
                return notes;
            };

            const r1 = await refund(5000);
            await refund(3000);
            let notes = await waitForNotes(2);
            expect(notes.map(n => n.totalInclTax)).toEqual([5000, 3000]);
            expect(notes[0]).toMatchObject({
                series: 'creditNote',
                dedupeKey: `refund:${r1.replace(/^T_/, '')}`, // the test API prefixes ids with T_
                originalInvoiceId: invoice.id,
                originalInvoiceNumber: invoice.number,
                currencyCode: 'EUR',
            });
            expect(notes[0].number).toMatch(new RegExp(`^RAD-AV-FR-${new Date().getUTCFullYear()}-\\d{6}$`));
            expect(notes[1].sequenceValue).toBe(notes[0].sequenceValue + 1);
            for (const n of notes) {
                expect(n.lines.reduce((s, l) => s + l.totalInclTax, 0)).toBe(n.totalInclTax);
                expect(n.taxTotals.reduce((s, x) => s + x.base + x.tax, 0)).toBe(n.totalInclTax);
            }

            const { cancelOrder } = await t.adminClient.query(CANCEL, {
                input: { orderId: order.id, cancelShipping: true },
            });
            assertSuccess(cancelOrder, 'state');
            expect(cancelOrder.state).toBe('Cancelled');
            notes = await waitForNotes(3);
            expect(notes).toHaveLength(3);
            expect(notes[2]).toMatchObject({
                dedupeKey: `cancel:${invoice.orderId}`,
                totalInclTax: invoice.totalInclTax - 8000,
            });
            // Everything is credited: a later refund of the same money issues nothing more.
            await refund(1000);
            await new Promise(r => setTimeout(r, 1000));
            expect(await invoices().count({ where: { orderCode: order.code, type: 'creditNote' } })).toBe(3);

            await waitForJobQueue(t.server.app);
            const rendered = await invoices().findOneOrFail({ where: { id: notes[0].id } });
            const file = path.join(t.env.dataDir, 'invoices', rendered.pdfKey!);
            const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
            for (const mention of [
                'AVOIR',
                `N° ${rendered.number}`,
                `Avoir relatif à la facture n° ${invoice.number}`,
                'Total TTC à rembourser',
                '50,00 €',
                'Remboursé le',
            ]) {
                expect(text, mention).toContain(mention);
            }
            if (db === 'sqljs') fs.copyFileSync(file, path.join('/tmp', 'radiant-credit-note-sample.pdf'));
        });

        it('credits "Refund & cancel" of every line once, without the shipping that was kept', async () => {
            const order = await checkout(t.port, 'awa.refund-cancel@example.com');
            const invoice = await waitForInvoice(order.code);
            const placed = await t.server.app
                .get(TransactionalConnection)
                .rawConnection.getRepository(Order)
                .findOneOrFail({ where: { code: order.code } });
            expect(placed.shippingWithTax).toBeGreaterThan(0);
            const linesTotal = invoice.totalInclTax - placed.shippingWithTax;
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            const { order: admin } = await t.adminClient.query(GET_ORDER_PAYMENTS, { id: order.id });
            // The Dashboard's "Refund & cancel": a refund of the lines (Pending until the merchant
            // settles it, as for CinetPay), then the cancellation of every line, shipping kept.
            const { refundOrder } = await t.adminClient.query(REFUND, {
                input: {
                    paymentId: admin.payments[0].id,
                    amount: linesTotal,
                    shipping: 0,
                    adjustment: 0,
                    lines: [],
                    reason: 'test',
                },
            });
            assertSuccess(refundOrder, 'id');
            const { cancelOrder } = await t.adminClient.query(CANCEL, { input: { orderId: order.id } });
            assertSuccess(cancelOrder, 'state');
            expect(cancelOrder.state).toBe('Cancelled');
            await waitForJobQueue(t.server.app);
            const { settleRefund } = await t.adminClient.query(SETTLE_REFUND, {
                input: { id: refundOrder.id, transactionId: `r-${refundOrder.id}` },
            });
            assertSuccess(settleRefund, 'state');
            await waitForJobQueue(t.server.app);
            const notes = await invoices().find({ where: { orderCode: order.code, type: 'creditNote' } });
            expect(notes.map(n => n.totalInclTax)).toEqual([linesTotal]);
            expect(notes[0].dedupeKey).toBe(`cancel:${invoice.orderId}`);
        });

        it('regenerates an invoice as a credit note plus a new invoice, never an edit', async () => {
            const order = await checkout(t.port, 'awa.regenerate@example.com');
            const first = await waitForInvoice(order.code);
            await waitForJobQueue(t.server.app);
            const before = await invoices().findOneOrFail({ where: { id: first.id } });
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            const documents = async () => {
                const { order: o } = await t.adminClient.query(GET_ORDER_INVOICES, { id: order.id });
                return o.invoices as Array<{
                    id: string;
                    number: string;
                    type: string;
                    originalInvoiceNumber: string | null;
                    totalInclTax: number;
                }>;
            };
            const [current] = await documents();
            const { regenerateInvoice } = await t.adminClient.query(REGENERATE, { id: current.id });
            expect(regenerateInvoice.creditNote).toMatchObject({
                type: 'creditNote',
                originalInvoiceNumber: first.number,
                totalInclTax: first.totalInclTax,
            });
            expect(regenerateInvoice.invoice).toMatchObject({
                type: 'invoice',
                totalInclTax: order.totalWithTax,
            });
            expect(regenerateInvoice.invoice.number).not.toBe(first.number);
            // The first invoice is untouched (number, totals, PDF).
            const after = await invoices().findOneOrFail({ where: { id: first.id } });
            expect(after).toEqual(before);
            await waitForJobQueue(t.server.app);
            const docs = await documents();
            expect(docs.map(d => d.type)).toEqual(['invoice', 'creditNote', 'invoice']);
            const all = await invoices().find({
                where: { series: 'invoice' },
                order: { sequenceValue: 'ASC' },
            });
            expect(all.map(i => i.sequenceValue)).toEqual(all.map((_, i) => i + 1));
            // The old invoice cannot be regenerated twice; a refund now credits the new invoice.
            await expect(t.adminClient.query(REGENERATE, { id: current.id })).rejects.toThrow(
                'was replaced already',
            );
            const fresh = await invoices().findOneOrFail({
                where: { number: regenerateInvoice.invoice.number },
            });
            expect(fresh.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
            const note = await t.server.app
                .get(CreditNoteService)
                .issueCreditNote(await adminCtx(), fresh.orderId, {
                    dedupeKey: `refund:test-${db}`,
                    amount: 1000,
                    reason: 'refund',
                    paymentDate: new Date(),
                    paymentMethod: null,
                });
            expect(note).toMatchObject({ originalInvoiceId: fresh.id, totalInclTax: 1000 });
            // A credited invoice cannot be regenerated.
            await expect(
                t.adminClient.query(REGENERATE, { id: regenerateInvoice.invoice.id }),
            ).rejects.toThrow('already credited');
        });

        it('lets the owner read Order.invoices and download the PDF; others get 403; admins list with ReadInvoice', async () => {
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            const { customers } = await t.adminClient.query(GET_FIRST_CUSTOMER);
            const owner = shopClient(t.port);
            await owner.asUserWithCredentials(customers.items[0].emailAddress, 'test');
            await prepareOrder(owner);
            const order = await pay(owner);
            await waitForInvoice(order.code);
            await waitForJobQueue(t.server.app);
            const { orderByCode } = await owner.query(ORDER_INVOICES_BY_CODE, { code: order.code });
            expect(orderByCode.invoices).toHaveLength(1);
            const [inv] = orderByCode.invoices;
            expect(inv).toMatchObject({
                type: 'invoice',
                totalInclTax: order.totalWithTax,
                currencyCode: 'EUR',
            });
            expect(inv.downloadUrl).toMatch(/^\/invoices\/\d+\/pdf\?expires=\d+&signature=[0-9a-f]{64}$/);
            const expires = Number(new URL(inv.downloadUrl, 'http://x').searchParams.get('expires'));
            expect(expires - Date.now() / 1000).toBeGreaterThan(800);
            expect(expires - Date.now() / 1000).toBeLessThanOrEqual(900);
            const unsigned = inv.downloadUrl.split('?')[0];
            const fetchPath = (p: string, token?: string) =>
                fetch(`http://localhost:${t.port}${p}`, {
                    headers: {
                        'vendure-token': 'fr',
                        ...(token ? { authorization: `Bearer ${token}` } : {}),
                    },
                });
            const get = (token?: string) => fetchPath(unsigned, token);

            // The signed link works as is (no session), and with the owner's bearer token (storefront proxy).
            for (const token of [undefined, owner.getAuthToken()]) {
                const signed = await fetchPath(inv.downloadUrl, token);
                expect(signed.status).toBe(200);
                expect(signed.headers.get('content-type')).toContain('application/pdf');
            }
            // The signature names the invoice: no channel header needed (email clients, the Dashboard).
            expect((await fetch(`http://localhost:${t.port}${inv.downloadUrl}`)).status).toBe(200);
            // Tampered (signature, expiry or id) → 403 "Invalid download link"; expired → 403 "Download link expired".
            const sig = new URL(inv.downloadUrl, 'http://x').searchParams.get('signature')!;
            const flipped = (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1);
            const id = unsigned.split('/')[2];
            for (const tampered of [
                inv.downloadUrl.replace(sig, flipped),
                inv.downloadUrl.replace(`expires=${expires}`, `expires=${expires + 3600}`),
                inv.downloadUrl.replace(`/invoices/${id}/`, `/invoices/${Number(id) - 1}/`),
                `${unsigned}?expires=${expires}`,
            ]) {
                const res = await fetchPath(tampered, owner.getAuthToken());
                expect(res.status, tampered).toBe(403);
                expect(((await res.json()) as { message: string }).message).toBe('Invalid download link');
            }
            const service = t.server.app.get(InvoiceLinkService);
            const expired = await fetchPath(
                service.downloadPath({ id }, Math.floor(Date.now() / 1000) - 1),
                owner.getAuthToken(),
            );
            expect(expired.status).toBe(403);
            expect(((await expired.json()) as { message: string }).message).toBe('Download link expired');
            // Unknown invoice in the channel → 404.
            expect((await fetchPath(service.downloadPath({ id: '999999' }))).status).toBe(404);

            const mine = await get(owner.getAuthToken());
            expect(mine.status).toBe(200);
            expect(mine.headers.get('content-type')).toContain('application/pdf');
            const bytes = Buffer.from(await mine.arrayBuffer());
            const stored = await invoices().findOneOrFail({ where: { number: inv.number } });
            expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored.pdfSha256);

            expect((await get()).status).toBe(403);
            const other = shopClient(t.port);
            const { createCustomer } = await t.adminClient.query(CREATE_CUSTOMER, {
                input: { emailAddress: `other.${db}@example.com`, firstName: 'Eve', lastName: 'Other' },
            });
            assertSuccess(createCustomer, 'id');
            expect(createCustomer.id).toBeDefined();
            await other.asUserWithCredentials(`other.${db}@example.com`, 'other-password');
            expect((await get(other.getAuthToken())).status).toBe(403);
            expect((await get(t.adminClient.getAuthToken())).status).toBe(200);

            const { invoices: list } = await t.adminClient.query(LIST_INVOICES);
            expect(list.totalItems).toBeGreaterThanOrEqual(1);
            expect(list.items.every(i => i.type === 'invoice')).toBe(true);
            expect(list.items.map(i => i.number)).toContain(inv.number);

            // Search by customer (name/email in the snapshot), number, amount and date.
            const search = async (filter: object) => {
                const { invoices: found } = await t.adminClient.query(SEARCH_INVOICES, { filter });
                return found.items as Array<{
                    number: string;
                    customerName: string;
                    customerEmail: string;
                    totalInclTax: number;
                }>;
            };
            const ownerEmail = customers.items[0].emailAddress;
            const byCustomer = await search({ customerEmail: { contains: ownerEmail } });
            expect(byCustomer.map(i => i.number)).toEqual([inv.number]);
            expect(byCustomer[0].customerEmail).toBe(ownerEmail);
            expect((await search({ customerName: { contains: 'no such buyer' } })).length).toBe(0);
            expect((await search({ number: { eq: inv.number } })).map(i => i.number)).toEqual([inv.number]);
            const byAmount = await search({
                totalInclTax: { eq: order.totalWithTax },
                type: { eq: 'invoice' },
            });
            expect(byAmount.map(i => i.number)).toContain(inv.number);
            expect(byAmount.every(i => i.totalInclTax === order.totalWithTax)).toBe(true);
            const today = new Date();
            const inRange = await search({
                issuedAt: {
                    between: {
                        start: new Date(today.getTime() - 3600_000),
                        end: new Date(today.getTime() + 3600_000),
                    },
                },
            });
            expect(inRange.map(i => i.number)).toContain(inv.number);
            const tomorrow = await search({ issuedAt: { after: new Date(today.getTime() + 86_400_000) } });
            expect(tomorrow).toHaveLength(0);

            // Zip export for accountants (ReadInvoice): every document of the range, PDFs + CSV.
            const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(today);
            const exportUrl = `/invoices/export.zip?from=${day}&to=${day}`;
            expect((await fetchPath(exportUrl, owner.getAuthToken())).status).toBe(403);
            const bad = await fetchPath(
                `/invoices/export.zip?from=${day}&to=2020-01-01`,
                t.adminClient.getAuthToken(),
            );
            expect(bad.status).toBe(400);
            expect(((await bad.json()) as { message: string }).message).toBe('from must not be after to');
            const zipRes = await fetchPath(exportUrl, t.adminClient.getAuthToken());
            expect(zipRes.status).toBe(200);
            expect(zipRes.headers.get('content-type')).toContain('application/zip');
            const zipFile = path.join(t.env.dataDir, 'export.zip');
            fs.writeFileSync(zipFile, Buffer.from(await zipRes.arrayBuffer()));
            const script =
                'import zipfile,sys,json,hashlib; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; ' +
                'print(json.dumps({"files": {n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}, "csv": z.read("invoices.csv").decode("utf-8-sig")}))';
            const archive = JSON.parse(execFileSync('python3', ['-c', script, zipFile]).toString()) as {
                files: Record<string, string>;
                csv: string;
            };
            const issuedToday = await invoices().find({ where: { channelId: stored.channelId } });
            const expected = issuedToday.filter(i => i.pdfSha256);
            expect(Object.keys(archive.files).length).toBe(expected.length + 1);
            for (const i of expected)
                expect(archive.files[`${i.series}/${i.number}.pdf`], i.number).toBe(i.pdfSha256);
            const csvLines = archive.csv.trim().split('\r\n');
            expect(csvLines[0]).toMatch(/^number;type;issuedAt;/);
            expect(csvLines).toHaveLength(issuedToday.length + 1);
            const euros = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
            expect(csvLines).toContain(
                [
                    inv.number,
                    'invoice',
                    day,
                    '',
                    order.code,
                    stored.customer.name,
                    ownerEmail,
                    euros(stored.totalExclTax),
                    euros(stored.totalInclTax - stored.totalExclTax),
                    euros(stored.totalInclTax),
                    'EUR',
                    `invoice/${inv.number}.pdf`,
                ].join(';'),
            );
        });

        if (db === 'postgres') {
            it('numbers 50 concurrent settlements without gap or duplicate', async () => {
                const clients = [];
                for (let i = 0; i < 50; i++) {
                    const client = shopClient(t.port);
                    await prepareOrder(client, { email: `concurrent${i}@example.com` });
                    clients.push(client);
                }
                const before = await invoices().count({ where: { series: 'invoice' } });
                const orders = await Promise.all(clients.map(c => pay(c)));
                // Invoices are issued by jobs (one worker, one job at a time per queue) after the settlements commit.
                const deadline = Date.now() + 300_000;
                while (
                    (await invoices().count({ where: { series: 'invoice' } })) < before + 50 &&
                    Date.now() < deadline
                ) {
                    await new Promise(r => setTimeout(r, 200));
                }
                await waitForJobQueue(t.server.app);
                const all = await invoices().find({
                    where: { series: 'invoice' },
                    order: { sequenceValue: 'ASC' },
                });
                expect(all).toHaveLength(before + 50);
                expect(all.map(i => i.sequenceValue)).toEqual(all.map((_, i) => i + 1));
                expect(new Set(all.map(i => i.number)).size).toBe(all.length);
                const codes = new Set(orders.map(o => o.code));
                expect(all.filter(i => codes.has(i.orderCode))).toHaveLength(50);
                expect(all.every(i => i.pdfSha256)).toBe(true);
            }, 600_000);
        }
    });
}
