/**
 * The customer's support actions as the pages post them: check the message in the page language,
 * send it to the Shop API (as a GraphQL multipart request when files are attached, so the Astro
 * server forwards the files without storing them), and turn an ErrorResult into field errors.
 */
import type { FieldErrors } from '../account/account';
import type { Lang } from '../i18n';
import { asError } from '../order';
import type { ShopClient } from '../vendure';
import {
    CloseSupportThreadMutation,
    OpenSupportThreadMutation,
    ReplyToSupportThreadMutation,
} from './documents';
import { describeSupportError, validateSupportMessage } from './support';

/** The thread that was written to, or the errors by field (`form`: above the form). */
export type SupportActionResult =
    { id: string; errors?: undefined } | { id?: undefined; errors: FieldErrors };

/** `{ errors }` of an ErrorResult, keyed by the field it belongs to. */
function failed(error: { errorCode?: string; message?: string }, lang: Lang): SupportActionResult {
    const { field, message } = describeSupportError(error, lang);
    return { errors: { [field]: message } };
}

/**
 * `openSupportThread`: a new request (optionally about one of the customer's orders, or the
 * follow-up of one of their closed requests) with its first message and files.
 */
export async function openSupportThread(
    shop: ShopClient,
    lang: Lang,
    input: {
        subject: string;
        body: string;
        orderId?: string | undefined;
        previousThreadId?: string | undefined;
    },
    files: readonly File[],
): Promise<SupportActionResult> {
    const errors = validateSupportMessage({ subject: input.subject, body: input.body, files }, lang);
    if (Object.keys(errors).length > 0) return { errors };
    const variables = {
        input: {
            subject: input.subject,
            body: input.body,
            ...(input.orderId ? { orderId: input.orderId } : {}),
            ...(input.previousThreadId ? { previousThreadId: input.previousThreadId } : {}),
        },
    };
    const { openSupportThread: result } =
        files.length > 0
            ? await shop.upload(OpenSupportThreadMutation, variables, 'input.attachments', files)
            : await shop.request(OpenSupportThreadMutation, variables);
    const error = asError(result);
    if (error) return failed(error, lang);
    return { id: (result as { id: string }).id };
}

/** `replyToSupportThread`: the customer's message (and files) on one of their threads. */
export async function replyToSupportThread(
    shop: ShopClient,
    lang: Lang,
    threadId: string,
    body: string,
    files: readonly File[],
): Promise<SupportActionResult> {
    const errors = validateSupportMessage({ body, files }, lang);
    if (Object.keys(errors).length > 0) return { errors };
    const variables = { input: { threadId, body } };
    const { replyToSupportThread: result } =
        files.length > 0
            ? await shop.upload(ReplyToSupportThreadMutation, variables, 'input.attachments', files)
            : await shop.request(ReplyToSupportThreadMutation, variables);
    const error = asError(result);
    if (error) return failed(error, lang);
    return { id: (result as { id: string }).id };
}

/** `closeSupportThread`: the customer closes their request for good. */
export async function closeSupportThread(
    shop: ShopClient,
    lang: Lang,
    threadId: string,
): Promise<SupportActionResult> {
    const { closeSupportThread: result } = await shop.request(CloseSupportThreadMutation, { threadId });
    const error = asError(result);
    if (error) return failed(error, lang);
    return { id: threadId };
}
