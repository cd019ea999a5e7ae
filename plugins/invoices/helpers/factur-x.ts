/**
 * Factur-X 1.0 (ZUGFeRD 2.x), profile MINIMUM: the invoice's header data as UN/CEFACT Cross
 * Industry Invoice XML, embedded in the PDF as `factur-x.xml` (AFRelationship /Data), plus the
 * XMP metadata (fx namespace and its PDF/A extension schema) that declares it. The PDF itself is
 * produced as PDF/A-3b by pdfkit. Spec: https://fnfe-mpe.org/factur-x/ (Factur-X 1.0.07,
 * "MINIMUM" profile, technical appendix: XMP extension schema).
 */
import type { InvoicePdfData } from './invoice-pdf';

/** The embedded file's name, fixed by the specification. */
export const FACTUR_X_FILE_NAME = 'factur-x.xml';

/**
 * Text escaped for XML content and attribute values (`&`, `<`, `>`, `"`, `'`); control characters
 * XML 1.0 forbids are dropped.
 */
export function xmlEscape(text: string): string {
    return (
        String(text)
            // eslint-disable-next-line no-control-regex -- dropping the control characters XML 1.0 forbids
            .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;')
            .replace(/'/g, '&apos;')
    );
}

/**
 * The SIREN inside a French VAT number (`FR` + key + SIREN). The MINIMUM profile has no buyer VAT
 * identifier (BT-48 starts at BASIC WL), but it has the buyer's legal registration id (BT-47).
 */
function frenchSirenOfVatNumber(vat: string | undefined): string | undefined {
    return vat && /^FR[0-9A-Z]{2}\d{9}$/.test(vat) ? vat.slice(4) : undefined;
}

const esc = xmlEscape;

/** Minor units as a decimal amount with two decimals (`21890` → `218.90`). */
function amount(minor: number): string {
    const abs = Math.abs(minor);
    return `${minor < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `YYYYMMDD` (format 102) of a date in `timeZone`. */
function day102(d: Date, timeZone: string): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        .format(new Date(d))
        .replace(/-/g, '');
}

/**
 * The CII XML of an invoice (type code 380) or credit note (381), profile MINIMUM: number, issue
 * date, seller (name, SIREN as legal id scheme 0002, country, VAT number), buyer (company or
 * name; its SIREN, given or read from a French VAT number, as legal id scheme 0002), order
 * reference, currency, totals excl. VAT / VAT / incl. VAT, amount due (0 when paid).
 */
export function facturXml(invoice: InvoicePdfData, timeZone: string): string {
    const s = invoice.seller;
    const b = invoice.customer;
    const buyerSiren = b.siren || frenchSirenOfVatNumber(b.vatNumber);
    const tax = invoice.totalInclTax - invoice.totalExclTax;
    const due = invoice.paymentDate ? 0 : invoice.totalInclTax;
    const cur = esc(invoice.currencyCode);
    return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>${esc(invoice.number)}</ram:ID>
    <ram:TypeCode>${invoice.type === 'creditNote' ? '381' : '380'}</ram:TypeCode>
    <ram:IssueDateTime>
      <udt:DateTimeString format="102">${day102(invoice.issuedAt, timeZone)}</udt:DateTimeString>
    </ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>${esc(s.legalName)}</ram:Name>
        <ram:SpecifiedLegalOrganization>
          <ram:ID schemeID="0002">${esc(s.siren)}</ram:ID>
        </ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress>
          <ram:CountryID>${esc(s.address.countryCode)}</ram:CountryID>
        </ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration>
          <ram:ID schemeID="VA">${esc(s.vatNumber)}</ram:ID>
        </ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty>
        <ram:Name>${esc(b.company || b.name)}</ram:Name>${
            buyerSiren
                ? `
        <ram:SpecifiedLegalOrganization>
          <ram:ID schemeID="0002">${esc(buyerSiren)}</ram:ID>
        </ram:SpecifiedLegalOrganization>`
                : ''
        }
      </ram:BuyerTradeParty>
      <ram:BuyerOrderReferencedDocument>
        <ram:IssuerAssignedID>${esc(invoice.orderCode)}</ram:IssuerAssignedID>
      </ram:BuyerOrderReferencedDocument>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>${cur}</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:TaxBasisTotalAmount>${amount(invoice.totalExclTax)}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="${cur}">${amount(tax)}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>${amount(invoice.totalInclTax)}</ram:GrandTotalAmount>
        <ram:DuePayableAmount>${amount(due)}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;
}

const FX_NS = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

function fxProperty(name: string, description: string): string {
    return `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
}

/** The XMP descriptions (inside rdf:RDF) declaring the embedded Factur-X file and its schema. */
export function facturXmp(): string {
    return `
        <rdf:Description xmlns:fx="${FX_NS}" rdf:about="">
            <fx:DocumentType>INVOICE</fx:DocumentType>
            <fx:DocumentFileName>${FACTUR_X_FILE_NAME}</fx:DocumentFileName>
            <fx:Version>1.0</fx:Version>
            <fx:ConformanceLevel>MINIMUM</fx:ConformanceLevel>
        </rdf:Description>
        <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" rdf:about="">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>${FX_NS}</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq>
                    ${fxProperty('DocumentFileName', 'The name of the embedded XML document')}
                    ${fxProperty('DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER')}
                    ${fxProperty('Version', 'The actual version of the standard applying to the embedded XML document')}
                    ${fxProperty('ConformanceLevel', 'The conformance level of the embedded XML document')}
                </rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>
        `;
}
