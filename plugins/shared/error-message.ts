/**
 * The message of a caught value, for logs and client-facing errors: an `Error`'s `message`, a string as
 * it is, anything else through `String()`. `catch` clauses receive `unknown` (TypeScript's
 * `useUnknownInCatchVariables`), so this is how plugins read what was thrown.
 */
export function errorMessage(err: unknown): string {
    if (err instanceof Error) return err.message;
    if (typeof err === 'string') return err;
    return String(err);
}
