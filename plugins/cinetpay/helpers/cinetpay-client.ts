/**
 * A minimal client of CinetPay's Checkout API v2 (https://docs.cinetpay.com/api/1.0-en/checkout/initialisation,
 * https://docs.cinetpay.com/api/1.0-en/checkout/verification), on Node's fetch.
 *
 * - JSON in and out; the body is parsed whatever the HTTP status (CinetPay's error statuses are not documented).
 * - Each call has a timeout (AbortSignal.timeout).
 * - `check` is idempotent and retried on network errors, timeouts and HTTP 5xx; `initialise` is never retried
 *   (a retry could create a second payment).
 * - The apikey is sent in the body only and never appears in errors or logs.
 */
import { CINETPAY_DEFAULT_API_URL } from '../constants';
import { wireText } from '../../shared/wire-text';

/** Documented CinetPay codes (strings), e.g. `'00'` SUCCES, `'201'` CREATED, `'627'` TRANSACTION_CANCEL. */
export const CINETPAY_CODES: Record<string, string> = {
    '00': 'SUCCES',
    '201': 'CREATED',
    '600': 'PAYMENT_FAILED',
    '602': 'INSUFFICIENT_BALANCE',
    '603': 'SERVICE_UNAVAILABLE',
    '604': 'OTP_CODE_ERROR',
    '606': 'INCORRECT_SETTINGS',
    '608': 'MINIMUM_REQUIRED_FIELDS',
    '609': 'AUTH_NOT_FOUND',
    '623': 'WAITING_CUSTOMER_TO_VALIDATE',
    '624': 'PROCESSING_ERROR',
    '625': 'ABONNEMENT_OR_TRANSACTIONS_EXPIRED',
    '627': 'TRANSACTION_CANCEL',
    '635': 'ERROR_PHONE_NUMBER_NOT_FOUND',
    '636': 'ERROR_PHONE_NUMBER_NOT_SUPPORTED',
    '641': 'ERROR_AMOUNT_TOO_LOW',
    '642': 'ERROR_AMOUNT_TOO_HIGH',
    '662': 'WAITING_CUSTOMER_PAYMENT',
    '663': 'WAITING_CUSTOMER_OTP_CODE',
    '664': 'WAITING_CUSTOMER_PAYMENT_AT_OPERATOR_SIDE',
    '804': 'OPERATOR_UNAVAILABLE',
};

/**
 * A failed call. `kind`:
 * - `api`: CinetPay answered with an error `code` (a string such as `'609'`), see {@link CINETPAY_CODES}
 * - `http`: an HTTP error with no parsable CinetPay body (e.g. 503)
 * - `network`: connection error or timeout
 * - `protocol`: a 2xx answer that does not have the documented shape
 */
export class CinetPayError extends Error {
    constructor(
        public readonly kind: 'api' | 'http' | 'network' | 'protocol',
        message: string,
        public readonly code?: string,
        public readonly httpStatus?: number,
    ) {
        super(message);
        this.name = 'CinetPayError';
    }
}

/** Credentials of one merchant site. */
export interface CinetPayAuth {
    apikey: string;
    siteId: string;
}

/** Body of `POST /v2/payment` (without the credentials). `amount` in major units, a multiple of 5. */
export interface InitialiseInput {
    transactionId: string;
    amount: number;
    currency: string;
    description: string;
    notifyUrl: string;
    returnUrl: string;
    channels: string;
    lang?: string;
    metadata?: string;
    customer?: Partial<
        Record<
            | 'customer_id'
            | 'customer_name'
            | 'customer_surname'
            | 'customer_email'
            | 'customer_phone_number'
            | 'customer_address'
            | 'customer_city'
            | 'customer_country'
            | 'customer_zip_code',
            string
        >
    >;
}

/** Successful initialisation (code `'201'`). */
export interface InitialiseResult {
    paymentToken: string;
    paymentUrl: string;
    apiResponseId?: string;
}

/** The answer of `POST /v2/payment/check`; `status` is `ACCEPTED`, `REFUSED`, `WAITING_FOR_CUSTOMER` or another pending value. */
export interface CheckResult {
    code: string;
    message: string;
    status: string;
    /** Major units, as a string (e.g. `"78500"`). */
    amount: string;
    currency: string;
    paymentMethod?: string;
    operatorId?: string | null;
    paymentDate?: string;
    apiResponseId?: string;
}

/** Client options. */
export interface CinetPayClientOptions {
    baseUrl?: string;
    timeoutMs?: number;
    checkAttempts?: number;
    /** Delay before retry n (1-based), in ms; default 200·n. */
    retryDelayMs?: (attempt: number) => number;
}

/** See the module documentation. */
export class CinetPayClient {
    private readonly baseUrl: string;
    private readonly timeoutMs: number;
    private readonly checkAttempts: number;
    private readonly retryDelayMs: (attempt: number) => number;

    constructor(options: CinetPayClientOptions = {}) {
        this.baseUrl = (options.baseUrl ?? CINETPAY_DEFAULT_API_URL).replace(/\/$/, '');
        this.timeoutMs = options.timeoutMs ?? 15_000;
        this.checkAttempts = Math.max(1, options.checkAttempts ?? 3);
        this.retryDelayMs = options.retryDelayMs ?? (n => 200 * n);
    }

    /**
     * `POST /v2/payment`: creates a payment and returns the hosted payment page URL. Never retried.
     *
     * @throws CinetPayError (`api` with CinetPay's code, e.g. `'608'`, `'609'`, `'641'`; `http`; `network`; `protocol`)
     */
    async initialise(auth: CinetPayAuth, input: InitialiseInput): Promise<InitialiseResult> {
        const body = await this.post('/v2/payment', {
            apikey: auth.apikey,
            site_id: auth.siteId,
            transaction_id: input.transactionId,
            amount: input.amount,
            currency: input.currency,
            description: input.description,
            notify_url: input.notifyUrl,
            return_url: input.returnUrl,
            channels: input.channels,
            lang: input.lang,
            metadata: input.metadata,
            ...input.customer,
        });
        const data = body.data as Record<string, unknown> | undefined;
        if (body.code !== '201' || !data || typeof data.payment_url !== 'string') {
            throw new CinetPayError(
                'protocol',
                `Unexpected initialisation answer (code ${body.code})`,
                body.code,
            );
        }
        return {
            paymentUrl: data.payment_url,
            paymentToken: wireText(data.payment_token),
            apiResponseId: body.api_response_id as string | undefined,
        };
    }

    /**
     * `POST /v2/payment/check`: the status of a transaction, the only source of truth. Retried on network
     * errors, timeouts and HTTP 5xx (idempotent). A refused or pending payment is a result, not an error.
     *
     * @throws CinetPayError when no answer with a `data.status` could be obtained
     */
    async check(auth: CinetPayAuth, transactionId: string): Promise<CheckResult> {
        let lastError: CinetPayError | undefined;
        for (let attempt = 1; attempt <= this.checkAttempts; attempt++) {
            try {
                const body = await this.post(
                    '/v2/payment/check',
                    {
                        apikey: auth.apikey,
                        site_id: auth.siteId,
                        transaction_id: transactionId,
                    },
                    true,
                );
                const data = body.data as Record<string, unknown> | undefined;
                if (!data || typeof data.status !== 'string') {
                    throw new CinetPayError(
                        'api',
                        `CinetPay check answered ${body.code} ${wireText(body.message)}`.trim(),
                        body.code,
                    );
                }
                return {
                    code: body.code,
                    message: wireText(body.message),
                    status: data.status,
                    amount: wireText(data.amount),
                    currency: wireText(data.currency),
                    paymentMethod: data.payment_method as string | undefined,
                    operatorId: (data.operator_id as string | null | undefined) ?? null,
                    paymentDate: data.payment_date as string | undefined,
                    apiResponseId: body.api_response_id as string | undefined,
                };
            } catch (err) {
                const error = err instanceof CinetPayError ? err : new CinetPayError('network', String(err));
                lastError = error;
                const retryable =
                    error.kind === 'network' || (error.kind === 'http' && (error.httpStatus ?? 0) >= 500);
                if (!retryable || attempt === this.checkAttempts) break;
                await new Promise(r => setTimeout(r, this.retryDelayMs(attempt)));
            }
        }
        throw lastError!;
    }

    /** POSTs JSON; returns the parsed body when it carries a `code`, throws otherwise (or when code is an error). */
    private async post(
        path: string,
        payload: Record<string, unknown>,
        allowDataOnError = false,
    ): Promise<Record<string, unknown> & { code: string }> {
        let response: Response;
        try {
            response = await fetch(`${this.baseUrl}${path}`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', accept: 'application/json' },
                body: JSON.stringify(payload),
                signal: AbortSignal.timeout(this.timeoutMs),
            });
        } catch (err) {
            const name = (err as Error)?.name;
            throw new CinetPayError(
                'network',
                name === 'TimeoutError'
                    ? `CinetPay did not answer within ${this.timeoutMs} ms`
                    : `CinetPay unreachable (${(err as Error)?.message ?? err})`,
            );
        }
        const text = await response.text().catch(() => '');
        let body: Record<string, unknown> | undefined;
        try {
            body = JSON.parse(text) as Record<string, unknown>;
        } catch {
            body = undefined;
        }
        if (!body || typeof body !== 'object' || body.code === undefined) {
            if (!response.ok)
                throw new CinetPayError(
                    'http',
                    `CinetPay answered HTTP ${response.status}`,
                    undefined,
                    response.status,
                );
            throw new CinetPayError(
                'protocol',
                `CinetPay answered HTTP ${response.status} without a code`,
                undefined,
                response.status,
            );
        }
        const code = wireText(body.code);
        const ok = code === '00' || code === '201';
        if (!ok && !(allowDataOnError && body.data && typeof body.data === 'object')) {
            const message = wireText(body.message ?? CINETPAY_CODES[code] ?? 'ERROR');
            const description = body.description ? `: ${wireText(body.description)}` : '';
            throw new CinetPayError(
                'api',
                `CinetPay error ${code} ${message}${description}`,
                code,
                response.status,
            );
        }
        return { ...body, code };
    }
}
