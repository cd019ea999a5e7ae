import { EmailEventListener } from '@vendure/email-plugin';
import { InvoicePdfStoredEvent } from '../events';
import { formatMoney } from '../helpers/invoice-pdf';
import { InvoicePdfService } from '../services/invoice-pdf.service';

/** The texts of the invoice email, per document language. */
const EMAIL_TEXTS = {
    fr: {
        invoice: {
            subject: 'Votre facture',
            title: 'Votre facture',
            intro: 'Merci pour votre commande. Vous trouverez votre facture en pièce jointe.',
        },
        creditNote: {
            subject: 'Votre avoir',
            title: 'Votre avoir',
            intro: 'Nous avons établi un avoir sur votre commande. Vous le trouverez en pièce jointe.',
        },
        number: 'Numéro',
        order: 'Commande',
        total: 'Montant TTC',
        keep: 'Conservez ce document : il vous sera utile en cas de garantie ou de retour.',
    },
    en: {
        invoice: {
            subject: 'Your invoice',
            title: 'Your invoice',
            intro: 'Thank you for your order. Please find your invoice attached.',
        },
        creditNote: {
            subject: 'Your credit note',
            title: 'Your credit note',
            intro: 'We have issued a credit note on your order. Please find it attached.',
        },
        number: 'Number',
        order: 'Order',
        total: 'Total incl. VAT',
        keep: 'Please keep this document: you will need it for a warranty claim or a return.',
    },
};

function textsOf(event: InvoicePdfStoredEvent) {
    const texts = EMAIL_TEXTS[event.invoice.languageCode === 'en' ? 'en' : 'fr'];
    return { ...texts, ...texts[event.invoice.type] };
}

/**
 * "Votre facture / Your invoice" (or "Votre avoir / Your credit note"): sent to the customer's
 * email of the snapshot once the PDF is stored, with the PDF attached, in the document's language
 * (template `static/email/templates/invoice/body.hbs`, texts passed as `texts`). The attachment
 * comes from the storage strategy (`InvoicePdfService.pdfAttachment`): by path when it gives one, so
 * the email job's data holds a file name, not the PDF.
 */
export const invoiceEmailHandler = new EmailEventListener('invoice')
    .on(InvoicePdfStoredEvent)
    .filter(event => !!event.invoice.customer.email)
    .loadData(({ event, injector }) => injector.get(InvoicePdfService).pdfAttachment(event.invoice))
    .setRecipient(event => event.invoice.customer.email!)
    .setFrom('{{ fromAddress }}')
    .setSubject(event => `${textsOf(event).subject} ${event.invoice.number} — Radiant`)
    .setTemplateVars(event => {
        const locale = event.invoice.languageCode === 'en' ? 'en-GB' : 'fr-FR';
        return {
            texts: textsOf(event),
            invoice: {
                number: event.invoice.number,
                orderCode: event.invoice.orderCode,
                customerName: event.invoice.customer.name,
                total: formatMoney(event.invoice.totalInclTax, event.invoice.currencyCode, locale),
            },
        };
    })
    .setAttachments(event => [event.data]);
