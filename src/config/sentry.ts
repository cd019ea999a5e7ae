/**
 * Optional error reporting to Sentry (`SENTRY_DSN`) with Sentry's official Node SDK (`@sentry/node`,
 * loaded only when a DSN is set): uncaught exceptions and unhandled rejections (the SDK's own
 * handlers), and every error Vendure logs (a resolver's internal error, a failed job…) through
 * {@link SentryLogger}. No tracing (`tracesSampleRate: 0`) and no personal data (`sendDefaultPii:
 * false`). See https://docs.sentry.io/platforms/javascript/guides/node/
 */
import type { VendureLogger } from '@vendure/core';

type SentryModule = typeof import('@sentry/node');
let sentry: SentryModule | undefined;

/**
 * Starts the SDK when `dsn` is set (call before bootstrapping; idempotent).
 *
 * @param environment Sentry's `environment` tag (`production`, `development`…)
 * @param role `server` or `worker`, sent as the `process` tag
 */
export async function startSentry(dsn: string | undefined, environment: string, role: string): Promise<void> {
    if (!dsn || sentry) return;
    sentry = await import('@sentry/node');
    sentry.init({
        dsn,
        environment,
        tracesSampleRate: 0,
        sendDefaultPii: false,
        initialScope: { tags: { process: role } },
    });
}

/** Sends what is buffered (before exit, in tests); resolves false when it did not finish within `timeoutMs`. */
export async function flushSentry(timeoutMs = 2000): Promise<boolean> {
    return sentry ? sentry.flush(timeoutMs) : true;
}

/** A {@link VendureLogger} that passes everything to `inner` and reports errors to Sentry once it is started. */
export class SentryLogger implements VendureLogger {
    constructor(private readonly inner: VendureLogger) {}

    /** Logs, and reports `message` with its context and trace to Sentry. */
    error(message: string, context?: string, trace?: string): void {
        this.inner.error(message, context, trace);
        sentry?.captureMessage(message, { level: 'error', tags: { context }, extra: { trace } });
    }

    /** @inheritdoc */
    warn(message: string, context?: string): void {
        this.inner.warn(message, context);
    }

    /** @inheritdoc */
    info(message: string, context?: string): void {
        this.inner.info(message, context);
    }

    /** @inheritdoc */
    verbose(message: string, context?: string): void {
        this.inner.verbose(message, context);
    }

    /** @inheritdoc */
    debug(message: string, context?: string): void {
        this.inner.debug(message, context);
    }

    /** Passes Vendure's logger setup on to `inner`. */
    setDefaultContext(defaultContext: string): void {
        this.inner.setDefaultContext?.(defaultContext);
    }
}
