/**
 * The default legal pages of a shop selling to consumers from France: terms of sale, legal
 * notice, privacy policy and right of withdrawal, in French and English. They are a sound starting
 * point written from the texts cited in each page, not legal advice: the merchant reviews and
 * edits them in the Dashboard. The seller's identity and the other shop-specific facts are
 * `{{placeholders}}` filled when the Shop API serves the page (see README, "Placeholders").
 */
import { LanguageCode } from '@vendure/common/lib/generated-types';
import { LEGAL_PAGE_SLUGS } from '../constants';
import type { LegalPageDefault } from '../types';

const SELLER_FR = `{{seller.legalName}}, {{seller.legalForm}} au capital de {{seller.shareCapital}}, immatriculée au RCS de {{seller.rcsCity}} sous le numéro {{seller.siren}}, dont le siège social est situé {{seller.addressLine}}, TVA intracommunautaire {{seller.vatNumber}}`;
const SELLER_EN = `{{seller.legalName}}, a {{seller.legalForm}} with a share capital of {{seller.shareCapital}}, registered with the Trade and Companies Register (RCS) of {{seller.rcsCity}} under number {{seller.siren}}, registered office {{seller.addressLine}}, EU VAT number {{seller.vatNumber}}`;

const TERMS_FR = `
<p>Les présentes conditions générales de vente (CGV) s’appliquent à toute commande passée sur la boutique en ligne par un consommateur. Elles sont communiquées avant la commande et acceptées lors de sa validation (Code de la consommation, art. L221-5 et L111-1). La version applicable est celle en vigueur à la date de la commande.</p>
<h2>1. Vendeur</h2>
<p>Les produits sont vendus par ${SELLER_FR}. Contact : {{seller.email}}, {{contact.phone}}.</p>
<h2>2. Produits</h2>
<p>Les caractéristiques essentielles de chaque produit (composition, contenance, usage) figurent sur sa fiche. Les photographies sont aussi fidèles que possible mais n’ont pas de valeur contractuelle. Les offres valent dans la limite des stocks disponibles ; un produit devenu indisponible après la commande est signalé au client et remboursé sans délai.</p>
<h2>3. Prix</h2>
<p>Les prix sont indiqués dans la devise de la boutique, toutes taxes comprises (TVA au taux en vigueur incluse). Les frais de livraison sont indiqués avant la validation de la commande et s’ajoutent au prix des produits. Le prix facturé est celui affiché au moment de la validation de la commande.</p>
<h2>4. Commande</h2>
<p>Le client ajoute les produits à son panier, indique ses coordonnées et son adresse de livraison, choisit le mode de livraison et le moyen de paiement, puis vérifie le récapitulatif de sa commande avant de la valider par un clic exprimant son obligation de paiement (art. L221-14). Un courriel de confirmation récapitulant la commande lui est ensuite envoyé, ainsi que la facture dès le paiement reçu. Le vendeur peut refuser une commande pour un motif légitime, notamment un litige de paiement antérieur.</p>
<h2>5. Paiement</h2>
<p>Le prix est payable au comptant, à la commande, par carte bancaire ou par les moyens de paiement proposés sur la boutique (dont le mobile money), par l’intermédiaire de prestataires de paiement sécurisés ; le vendeur n’a jamais connaissance des données de carte. La commande n’est traitée qu’après confirmation du paiement par le prestataire.</p>
<h2>6. Livraison</h2>
<p>Les produits sont livrés à l’adresse indiquée, dans les pays proposés par la boutique, selon le mode et le délai choisis à la commande. À défaut de délai indiqué, la livraison intervient au plus tard 30 jours après la commande (art. L216-1). En cas de retard, le client peut enjoindre le vendeur de livrer dans un délai supplémentaire raisonnable puis, à défaut, résoudre le contrat et être remboursé (art. L216-6). Le risque de perte ou d’endommagement des produits est transféré au client lorsqu’il en prend physiquement possession (art. L216-4). Le client est invité à vérifier l’état du colis à la réception et à signaler toute anomalie au transporteur et au vendeur.</p>
<h2>7. Droit de rétractation</h2>
<p>Le client consommateur dispose d’un délai de quatorze jours à compter de la réception des produits pour exercer son droit de rétractation sans avoir à motiver sa décision (art. L221-18). Les conditions, les exceptions (notamment les produits d’hygiène ou de beauté descellés après la livraison, art. L221-28 5°) et le formulaire type figurent sur la page « Droit de rétractation et retours ».</p>
<h2>8. Garanties légales</h2>
<p>Indépendamment de toute garantie commerciale, le vendeur répond des défauts de conformité existant lors de la délivrance et apparaissant dans un délai de deux ans à compter de celle-ci (garantie légale de conformité, art. L217-3 et suivants) : le client peut obtenir la réparation ou le remplacement du produit, à défaut une réduction du prix ou la résolution du contrat ; il n’a pas à prouver l’existence du défaut pendant ces deux ans. Le vendeur répond également des vices cachés de la chose vendue (art. 1641 à 1649 du Code civil), dans un délai de deux ans à compter de leur découverte.</p>
<h2>9. Données personnelles</h2>
<p>Les données recueillies lors de la commande sont traitées conformément à la politique de confidentialité de la boutique.</p>
<h2>10. Médiation et litiges</h2>
<p>En cas de réclamation, le client contacte d’abord le service client ({{seller.email}}). À défaut de solution amiable, il peut recourir gratuitement au médiateur de la consommation dont relève le vendeur (art. L612-1) : {{mediator.name}}, {{mediator.address}}, {{mediator.url}}. Les présentes CGV sont soumises au droit français. Le consommateur peut saisir, à son choix, la juridiction du lieu où il demeurait au moment de la conclusion du contrat ou de la survenance du fait dommageable, ou toute autre juridiction compétente (art. R631-3).</p>
`;

const TERMS_EN = `
<p>These general terms of sale apply to every order placed in the online shop by a consumer. They are provided before the order and accepted when it is confirmed (French Consumer Code, art. L221-5 and L111-1). The applicable version is the one in force on the date of the order. The French version prevails.</p>
<h2>1. Seller</h2>
<p>Products are sold by ${SELLER_EN}. Contact: {{seller.email}}, {{contact.phone}}.</p>
<h2>2. Products</h2>
<p>The essential characteristics of each product (ingredients, size, use) are given on its page. Photographs are as faithful as possible but are not contractual. Offers are valid while stocks last; a product that becomes unavailable after the order is reported to the customer and refunded without delay.</p>
<h2>3. Prices</h2>
<p>Prices are in the shop’s currency, all taxes included (VAT at the applicable rate). Delivery costs are shown before the order is confirmed and are added to the price of the products. The price charged is the one displayed when the order is confirmed.</p>
<h2>4. Orders</h2>
<p>The customer adds products to the cart, gives their contact details and delivery address, chooses the delivery method and the payment method, then checks the order summary before confirming it with a click that expresses their obligation to pay (art. L221-14). A confirmation email summarising the order is then sent, and the invoice once payment is received. The seller may refuse an order for a legitimate reason, such as an earlier payment dispute.</p>
<h2>5. Payment</h2>
<p>The price is payable in full when ordering, by card or by the payment methods offered in the shop (including mobile money), through secure payment providers; the seller never sees card details. The order is processed once the provider has confirmed the payment.</p>
<h2>6. Delivery</h2>
<p>Products are delivered to the address given, in the countries the shop serves, by the method and within the time chosen when ordering. Where no time is given, delivery takes place at the latest 30 days after the order (art. L216-1). If delivery is late, the customer may ask the seller to deliver within a reasonable additional time and, failing that, terminate the contract and be refunded (art. L216-6). The risk of loss or damage passes to the customer when they take physical possession of the products (art. L216-4). Customers should check the parcel on receipt and report any problem to the carrier and the seller.</p>
<h2>7. Right of withdrawal</h2>
<p>Consumers may withdraw from the contract within fourteen days of receiving the products without giving any reason (art. L221-18). The conditions, the exceptions (in particular hygiene or beauty products unsealed after delivery, art. L221-28 5°) and the model form are on the “Right of withdrawal and returns” page.</p>
<h2>8. Legal guarantees</h2>
<p>Regardless of any commercial guarantee, the seller is liable for any lack of conformity existing at delivery and appearing within two years of it (legal guarantee of conformity, art. L217-3 ff.): the customer may have the product repaired or replaced or, failing that, obtain a price reduction or terminate the contract, without having to prove the defect during those two years. The seller is also liable for hidden defects (French Civil Code, art. 1641 to 1649) for two years from their discovery.</p>
<h2>9. Personal data</h2>
<p>The data collected with an order is processed as described in the shop’s privacy policy.</p>
<h2>10. Mediation and disputes</h2>
<p>In case of a complaint, the customer first contacts customer service ({{seller.email}}). If no amicable solution is found, they may refer the matter free of charge to the seller’s consumer mediator (art. L612-1): {{mediator.name}}, {{mediator.address}}, {{mediator.url}}. These terms are governed by French law. Consumers may bring proceedings before the court of the place where they lived when the contract was concluded or the damage occurred, or any other competent court (art. R631-3).</p>
`;

const NOTICE_FR = `
<p>Informations publiées en application de l’article 6 III de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique (LCEN).</p>
<h2>Éditeur du site</h2>
<ul>
<li>Dénomination sociale : {{seller.legalName}}</li>
<li>Forme juridique : {{seller.legalForm}}, au capital de {{seller.shareCapital}}</li>
<li>Siège social : {{seller.address}}</li>
<li>Immatriculation : RCS {{seller.rcsCity}} {{seller.siren}} (SIRET {{seller.siret}})</li>
<li>N° de TVA intracommunautaire : {{seller.vatNumber}}</li>
<li>Courriel : {{seller.email}} — Téléphone : {{contact.phone}}</li>
<li>Directeur de la publication : {{publication.director}}</li>
</ul>
<h2>Hébergeur</h2>
<ul>
<li>{{host.name}}</li>
<li>{{host.address}}</li>
<li>Téléphone : {{host.phone}}</li>
</ul>
<h2>Propriété intellectuelle</h2>
<p>Les textes, photographies, marques et logos du site sont protégés par le Code de la propriété intellectuelle ; toute reproduction sans l’autorisation de l’éditeur est interdite.</p>
<h2>Signalement</h2>
<p>Tout contenu illicite peut être signalé à {{seller.email}}.</p>
`;

const NOTICE_EN = `
<p>Information published under article 6 III of French law no. 2004-575 of 21 June 2004 on confidence in the digital economy (LCEN).</p>
<h2>Publisher</h2>
<ul>
<li>Company name: {{seller.legalName}}</li>
<li>Legal form: {{seller.legalForm}}, share capital {{seller.shareCapital}}</li>
<li>Registered office: {{seller.address}}</li>
<li>Registration: RCS {{seller.rcsCity}} {{seller.siren}} (SIRET {{seller.siret}})</li>
<li>EU VAT number: {{seller.vatNumber}}</li>
<li>Email: {{seller.email}} — Phone: {{contact.phone}}</li>
<li>Publication director: {{publication.director}}</li>
</ul>
<h2>Host</h2>
<ul>
<li>{{host.name}}</li>
<li>{{host.address}}</li>
<li>Phone: {{host.phone}}</li>
</ul>
<h2>Intellectual property</h2>
<p>The texts, photographs, trademarks and logos of this site are protected by the French Intellectual Property Code; any reproduction without the publisher’s permission is prohibited.</p>
<h2>Reporting</h2>
<p>Any unlawful content can be reported to {{seller.email}}.</p>
`;

const PRIVACY_FR = `
<p>Cette politique informe les clients et visiteurs de la boutique du traitement de leurs données personnelles, conformément à l’article 13 du Règlement (UE) 2016/679 (RGPD) et à la loi Informatique et Libertés.</p>
<h2>Responsable du traitement</h2>
<p>{{seller.legalName}}, {{seller.address}}. Contact pour toute question relative aux données personnelles : {{privacy.contact}}.</p>
<h2>Données, finalités et bases légales</h2>
<ul>
<li><strong>Gestion des commandes</strong> (identité, coordonnées, adresses, contenu de la commande, historique de paiement) : exécution du contrat (art. 6.1 b).</li>
<li><strong>Compte client</strong> (identité, courriel, mot de passe chiffré, carnet d’adresses) : exécution du contrat, à la demande du client.</li>
<li><strong>Facturation et comptabilité</strong> : obligation légale (art. 6.1 c ; Code de commerce art. L123-22, CGI).</li>
<li><strong>Prévention de la fraude et sécurité</strong> (adresse IP, journaux de connexion, limitation des tentatives) : intérêt légitime du vendeur (art. 6.1 f).</li>
<li><strong>Service client</strong> (échanges avec le client) : exécution du contrat et intérêt légitime.</li>
</ul>
<p>Les données signalées comme obligatoires dans les formulaires sont nécessaires à la commande ; sans elles, la commande ne peut être traitée. Aucune décision automatisée ni profilage n’est mis en œuvre.</p>
<h2>Destinataires</h2>
<p>Les données sont destinées aux services habilités du vendeur et à ses sous-traitants, dans la limite de leurs missions : prestataires de paiement (Stripe, CinetPay), transporteurs, hébergeur ({{host.name}}), prestataire d’envoi des courriels. Elles ne sont jamais vendues.</p>
<h2>Transferts hors de l’Union européenne</h2>
<p>Certains prestataires (paiement notamment) peuvent traiter des données hors de l’Union européenne ; ces transferts sont encadrés par une décision d’adéquation (dont le cadre UE–États-Unis de protection des données) ou par les clauses contractuelles types de la Commission européenne (art. 45 et 46), dont une copie peut être obtenue auprès du contact ci-dessus.</p>
<h2>Durées de conservation</h2>
<ul>
<li>Commandes et relation client : durée de la relation, puis 5 ans (prescription civile).</li>
<li>Factures et pièces comptables : 10 ans.</li>
<li>Compte client : jusqu’à sa suppression, ou 3 ans après le dernier contact.</li>
<li>Journaux de connexion : 1 an.</li>
</ul>
<h2>Cookies</h2>
<p>La boutique n’utilise que des cookies strictement nécessaires (session, panier, boutique et thème choisis), exemptés de consentement (loi Informatique et Libertés, art. 82). Aucun cookie publicitaire ou de mesure d’audience tiers n’est déposé.</p>
<h2>Vos droits</h2>
<p>Vous disposez des droits d’accès, de rectification, d’effacement, de limitation, de portabilité et d’opposition, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès, en écrivant à {{privacy.contact}}. Vous pouvez introduire une réclamation auprès de la CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).</p>
`;

const PRIVACY_EN = `
<p>This policy tells the shop’s customers and visitors how their personal data is processed, as required by article 13 of Regulation (EU) 2016/679 (GDPR) and the French Data Protection Act.</p>
<h2>Controller</h2>
<p>{{seller.legalName}}, {{seller.address}}. Contact for any question about personal data: {{privacy.contact}}.</p>
<h2>Data, purposes and legal bases</h2>
<ul>
<li><strong>Order management</strong> (identity, contact details, addresses, order contents, payment history): performance of the contract (art. 6(1)(b)).</li>
<li><strong>Customer account</strong> (identity, email, hashed password, address book): performance of the contract, at the customer’s request.</li>
<li><strong>Invoicing and accounting</strong>: legal obligation (art. 6(1)(c); French Commercial Code art. L123-22, Tax Code).</li>
<li><strong>Fraud prevention and security</strong> (IP address, access logs, rate limiting): the seller’s legitimate interest (art. 6(1)(f)).</li>
<li><strong>Customer service</strong> (correspondence): performance of the contract and legitimate interest.</li>
</ul>
<p>Fields marked as required in the forms are needed to process an order; without them the order cannot be processed. No automated decision-making or profiling takes place.</p>
<h2>Recipients</h2>
<p>Data is available to the seller’s authorised staff and to its processors, within the limits of their tasks: payment providers (Stripe, CinetPay), carriers, the host ({{host.name}}), the email provider. It is never sold.</p>
<h2>Transfers outside the European Union</h2>
<p>Some providers (payment in particular) may process data outside the European Union; such transfers rely on an adequacy decision (including the EU–US Data Privacy Framework) or on the European Commission’s standard contractual clauses (art. 45 and 46), a copy of which can be obtained from the contact above.</p>
<h2>Retention</h2>
<ul>
<li>Orders and customer relationship: for the relationship, then 5 years (civil limitation period).</li>
<li>Invoices and accounting records: 10 years.</li>
<li>Customer account: until deleted, or 3 years after the last contact.</li>
<li>Access logs: 1 year.</li>
</ul>
<h2>Cookies</h2>
<p>The shop only uses strictly necessary cookies (session, cart, chosen shop and theme), which need no consent (French Data Protection Act, art. 82). No third-party advertising or analytics cookie is set.</p>
<h2>Your rights</h2>
<p>You have the rights of access, rectification, erasure, restriction, portability and objection, and the right to give instructions on your data after your death, by writing to {{privacy.contact}}. You may lodge a complaint with the CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France) or your own supervisory authority.</p>
`;

const WITHDRAWAL_FR = `
<h2>Délai de rétractation</h2>
<p>Vous avez le droit de vous rétracter du présent contrat sans donner de motif dans un délai de quatorze jours (Code de la consommation, art. L221-18). Le délai expire quatorze jours après le jour où vous-même, ou un tiers autre que le transporteur désigné par vous, prenez physiquement possession du bien ; pour une commande de plusieurs biens livrés séparément, à compter de la réception du dernier bien.</p>
<h2>Exercer le droit de rétractation</h2>
<p>Pour exercer le droit de rétractation, vous devez nous notifier votre décision au moyen d’une déclaration dénuée d’ambiguïté (par exemple, courriel à {{seller.email}} ou lettre à {{seller.legalName}}, {{seller.addressLine}}). Vous pouvez utiliser le modèle de formulaire ci-dessous, mais ce n’est pas obligatoire. Pour que le délai soit respecté, il suffit que vous transmettiez votre communication avant son expiration.</p>
<h2>Effets de la rétractation</h2>
<p>En cas de rétractation, nous vous rembourserons tous les paiements reçus, y compris les frais de livraison standard, sans retard excessif et au plus tard quatorze jours à compter du jour où nous sommes informés de votre décision (art. L221-24). Le remboursement est effectué avec le même moyen de paiement que celui utilisé pour la commande, sauf accord exprès de votre part, et n’occasionne pas de frais. Nous pouvons différer le remboursement jusqu’à réception des biens ou jusqu’à ce que vous ayez fourni une preuve de leur expédition, la date retenue étant celle du premier de ces faits.</p>
<p>Vous devez renvoyer les biens à {{seller.legalName}}, {{seller.addressLine}}, sans retard excessif et au plus tard quatorze jours après nous avoir communiqué votre décision (art. L221-23). Les frais directs de renvoi sont à votre charge. Votre responsabilité n’est engagée qu’à l’égard de la dépréciation des biens résultant de manipulations autres que celles nécessaires pour établir leur nature, leurs caractéristiques et leur bon fonctionnement.</p>
<h2>Exceptions</h2>
<p>Le droit de rétractation ne peut être exercé pour les biens descellés par le consommateur après la livraison et qui ne peuvent être renvoyés pour des raisons d’hygiène ou de protection de la santé (art. L221-28 5°), tels que les parfums et cosmétiques dont l’emballage scellé a été ouvert, ni pour les biens confectionnés selon vos spécifications ou nettement personnalisés (art. L221-28 3°).</p>
<h2>Modèle de formulaire de rétractation</h2>
<p>(Annexe à l’article R221-1 du Code de la consommation. Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)</p>
<blockquote>
<p>À l’attention de {{seller.legalName}}, {{seller.addressLine}}, {{seller.email}} :</p>
<p>Je/Nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation du contrat portant sur la vente du bien (*)/pour la prestation de services (*) ci-dessous :</p>
<p>Commandé le (*)/reçu le (*) :<br>Numéro de commande :<br>Nom du (des) consommateur(s) :<br>Adresse du (des) consommateur(s) :<br>Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier) :<br>Date :</p>
<p>(*) Rayez la mention inutile.</p>
</blockquote>
<h2>Retours hors rétractation</h2>
<p>Un produit défectueux ou non conforme relève de la garantie légale de conformité (voir les conditions générales de vente) : contactez {{seller.email}} pour son remplacement ou son remboursement, frais de retour à notre charge.</p>
`;

const WITHDRAWAL_EN = `
<h2>Withdrawal period</h2>
<p>You have the right to withdraw from this contract within fourteen days without giving any reason (French Consumer Code, art. L221-18). The withdrawal period expires fourteen days after the day on which you, or a third party other than the carrier and indicated by you, take physical possession of the goods; for several goods ordered together and delivered separately, from the receipt of the last one.</p>
<h2>How to withdraw</h2>
<p>To exercise the right of withdrawal, you must inform us of your decision by an unequivocal statement (for example an email to {{seller.email}} or a letter to {{seller.legalName}}, {{seller.addressLine}}). You may use the model withdrawal form below, but it is not obligatory. To meet the withdrawal deadline, it is sufficient to send your communication before the period has expired.</p>
<h2>Effects of withdrawal</h2>
<p>If you withdraw from this contract, we shall reimburse all payments received from you, including the costs of standard delivery, without undue delay and not later than fourteen days from the day on which we are informed of your decision (art. L221-24). We will use the same means of payment as you used for the order, unless you have expressly agreed otherwise; you will not incur any fees. We may withhold reimbursement until we have received the goods back or you have supplied evidence of having sent them back, whichever is the earliest.</p>
<p>You shall send back the goods to {{seller.legalName}}, {{seller.addressLine}}, without undue delay and in any event not later than fourteen days from the day on which you communicate your withdrawal (art. L221-23). You will bear the direct cost of returning the goods. You are only liable for any diminished value of the goods resulting from handling other than what is necessary to establish their nature, characteristics and functioning.</p>
<h2>Exceptions</h2>
<p>The right of withdrawal does not apply to sealed goods which are not suitable for return due to health protection or hygiene reasons and were unsealed after delivery (art. L221-28 5°), such as perfumes and cosmetics whose sealed packaging has been opened, nor to goods made to your specifications or clearly personalised (art. L221-28 3°).</p>
<h2>Model withdrawal form</h2>
<p>(Annex to article R221-1 of the French Consumer Code. Complete and return this form only if you wish to withdraw from the contract.)</p>
<blockquote>
<p>To {{seller.legalName}}, {{seller.addressLine}}, {{seller.email}}:</p>
<p>I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of the following goods (*)/for the provision of the following service (*):</p>
<p>Ordered on (*)/received on (*):<br>Order number:<br>Name of consumer(s):<br>Address of consumer(s):<br>Signature of consumer(s) (only if this form is notified on paper):<br>Date:</p>
<p>(*) Delete as appropriate.</p>
</blockquote>
<h2>Other returns</h2>
<p>A faulty or non-conforming product is covered by the legal guarantee of conformity (see the terms of sale): contact {{seller.email}} for a replacement or refund, return costs paid by us.</p>
`;

/** One default page in French and English. */
function page(slug: string, fr: [string, string], en: [string, string]): LegalPageDefault {
    return {
        slug,
        translations: [
            { languageCode: LanguageCode.fr, title: fr[0], body: fr[1].trim() },
            { languageCode: LanguageCode.en, title: en[0], body: en[1].trim() },
        ],
    };
}

/**
 * The four default pages (slugs of `LEGAL_PAGE_SLUGS`), French and English. Placeholders used:
 * `seller.legalName`, `seller.legalForm`, `seller.shareCapital`, `seller.address`,
 * `seller.addressLine`, `seller.siren`, `seller.siret`, `seller.rcsCity`, `seller.vatNumber`,
 * `seller.email`, `contact.phone`, `publication.director`, `host.name`, `host.address`,
 * `host.phone`, `mediator.name`, `mediator.address`, `mediator.url`, `privacy.contact`.
 */
export const DEFAULT_LEGAL_PAGES: LegalPageDefault[] = [
    page(
        LEGAL_PAGE_SLUGS.termsOfSale,
        ['Conditions générales de vente', TERMS_FR],
        ['General terms of sale', TERMS_EN],
    ),
    page(LEGAL_PAGE_SLUGS.legalNotice, ['Mentions légales', NOTICE_FR], ['Legal notice', NOTICE_EN]),
    page(
        LEGAL_PAGE_SLUGS.privacy,
        ['Politique de confidentialité', PRIVACY_FR],
        ['Privacy policy', PRIVACY_EN],
    ),
    page(
        LEGAL_PAGE_SLUGS.withdrawal,
        ['Droit de rétractation et retours', WITHDRAWAL_FR],
        ['Right of withdrawal and returns', WITHDRAWAL_EN],
    ),
];

/** Every placeholder name the default pages use (the values a shop's `placeholders` option should give). */
export const DEFAULT_PLACEHOLDER_NAMES = [
    'seller.legalName',
    'seller.legalForm',
    'seller.shareCapital',
    'seller.address',
    'seller.addressLine',
    'seller.siren',
    'seller.siret',
    'seller.rcsCity',
    'seller.vatNumber',
    'seller.email',
    'contact.phone',
    'publication.director',
    'host.name',
    'host.address',
    'host.phone',
    'mediator.name',
    'mediator.address',
    'mediator.url',
    'privacy.contact',
] as const;
