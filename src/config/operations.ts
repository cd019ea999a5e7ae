/**
 * Operations endpoints of every process (docs/deployment.md, "Health and metrics"):
 *
 * - `GET /health`: liveness, Vendure's own (`{"status":"ok"}` while the process serves HTTP).
 * - `GET /health/ready`: readiness, 200 or 503 with `{ status, checks }`: `database` (a `SELECT 1`),
 *   `redis` when `REDIS_URL` is set (a PING), `jobQueue` (waiting jobs, the oldest one's age in
 *   seconds, failed jobs). On the worker, a queue whose oldest waiting job is older than
 *   `JOB_QUEUE_MAX_LAG_SECONDS` (default 600) is not ready; on a server the lag is only reported, so
 *   a slow worker never takes the shop off the load balancer.
 * - `GET /metrics`: Prometheus text format (prom-client): Node's default process metrics, HTTP
 *   request and GraphQL operation latency histograms, job-queue depth by state and lag, payment
 *   settlements and invoices issued. With `METRICS_TOKEN` set it asks for `Authorization: Bearer
 *   <token>`.
 *
 * The server mounts them in Nest (controllers below); the worker serves the same on `WORKER_PORT`
 * ({@link startWorkerOperationsServer}). Vendure's HealthCheckRegistryService is deprecated in 3.7
 * and no longer feeds `/health`, so readiness is computed here.
 */
import http from 'node:http';
import { Controller, Get, Headers, HttpException, Inject, Injectable, Res } from '@nestjs/common';
import type { INestApplicationContext, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import {
    ConfigService,
    EventBus,
    isInspectableJobQueueStrategy,
    PaymentStateTransitionEvent,
    PluginCommonModule,
    TransactionalConnection,
    VendurePlugin,
} from '@vendure/core';
import { SortOrder } from '@vendure/common/lib/generated-types';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import { Redis } from 'ioredis';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { InvoiceIssuedEvent } from '../../plugins/invoices/events';
import { redisOptions } from './redis';
import { requestIdMiddleware } from './logging';

/** Options of {@link OperationsPlugin}. */
export interface OperationsOptions {
    /** Redis to check for readiness (`REDIS_URL`), if any. */
    redisUrl?: string;
    /** Bearer token `/metrics` asks for (`METRICS_TOKEN`); open when absent. */
    metricsToken?: string;
    /** Oldest waiting job's age above which a worker is not ready, in seconds. */
    maxJobLagSeconds: number;
}

const OPERATIONS_OPTIONS = Symbol('OPERATIONS_OPTIONS');

/** One check of the readiness answer. */
export interface ReadinessCheck {
    status: 'up' | 'down';
    /** How long the check took, in milliseconds. */
    ms: number;
    /** Why it is down. */
    error?: string;
    [detail: string]: unknown;
}

/** The readiness answer: `ok` when every check is up. */
export interface Readiness {
    status: 'ok' | 'error';
    checks: Record<string, ReadinessCheck>;
}

/** Job-queue figures: waiting, running and failed jobs, the oldest waiting job's age (seconds). */
export interface QueueFigures {
    waiting: number;
    running: number;
    failed: number;
    oldestWaitingSeconds: number;
}

/** The bits of BullMQ's `Queue` read here (BullMQJobQueueStrategy keeps it as `queue`). */
interface BullQueue {
    getJobCounts(...types: string[]): Promise<Record<string, number>>;
    getJobs(types: string[], start: number, end: number, asc: boolean): Promise<Array<{ timestamp: number }>>;
}

/** The GraphQL operation names kept as label values; others count as `other` (bounded cardinality). */
const MAX_OPERATION_NAMES = 300;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The process's Prometheus registry and metrics (one per process; Prometheus sums the instances).
 */
@Injectable()
export class RadiantMetrics {
    /** The registry `/metrics` renders. */
    readonly registry = new Registry();
    /** HTTP requests by method, first path segment and status. */
    readonly httpDuration = new Histogram({
        name: 'http_request_duration_seconds',
        help: 'HTTP request latency, by method, route prefix (first path segment) and status code',
        labelNames: ['method', 'route', 'status_code'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [this.registry],
    });
    /** GraphQL operations by API, type and name. */
    readonly graphqlDuration = new Histogram({
        name: 'graphql_operation_duration_seconds',
        help: 'GraphQL operation latency, by API (shop, admin), operation type and name',
        labelNames: ['api', 'operation_type', 'operation_name', 'outcome'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [this.registry],
    });
    /** Payments settled, by method code. */
    readonly settlements = new Counter({
        name: 'radiant_payment_settlements_total',
        help: 'Payments that reached the Settled state in this process, by payment method code',
        labelNames: ['method'],
        registers: [this.registry],
    });
    /** Invoices and credit notes issued. */
    readonly invoicesIssued = new Counter({
        name: 'radiant_invoices_issued_total',
        help: 'Invoices and credit notes issued in this process, by kind',
        labelNames: ['kind'],
        registers: [this.registry],
    });
    /** Where the job-queue gauges read their figures (set by {@link ReadinessService} at bootstrap). */
    queueSource?: () => Promise<QueueFigures>;
    private readonly operationNames = new Set<string>();

    constructor() {
        collectDefaultMetrics({ register: this.registry });
        const figures = () => this.queueSource?.().catch(() => undefined) ?? Promise.resolve(undefined);
        new Gauge({
            name: 'vendure_job_queue_jobs',
            help: 'Jobs in the queue by state (waiting, running, failed), read when scraped',
            labelNames: ['state'],
            registers: [this.registry],
            async collect() {
                const f = await figures();
                if (!f) return;
                this.set({ state: 'waiting' }, f.waiting);
                this.set({ state: 'running' }, f.running);
                this.set({ state: 'failed' }, f.failed);
            },
        });
        new Gauge({
            name: 'vendure_job_queue_oldest_waiting_seconds',
            help: 'Age of the oldest waiting job (the queue lag), in seconds, read when scraped',
            registers: [this.registry],
            async collect() {
                const f = await figures();
                if (f) this.set(f.oldestWaitingSeconds);
            },
        });
    }

    /** The label value of an operation name: itself when well-formed and among the first names seen, else `other`. */
    operationLabel(name: string | null | undefined): string {
        if (!name) return 'anonymous';
        if (!OPERATION_NAME.test(name)) return 'other';
        if (this.operationNames.has(name)) return name;
        if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
        this.operationNames.add(name);
        return name;
    }

    /** Express middleware timing each request into {@link httpDuration}. */
    readonly httpMiddleware = (req: Request, res: Response, next: () => void): void => {
        const end = this.httpDuration.startTimer();
        res.on('finish', () => {
            const segment = (req.originalUrl ?? req.url ?? '/').split(/[/?]/)[1] ?? '';
            end({
                method: req.method,
                route: /^[A-Za-z0-9_-]{1,40}$/.test(segment) ? `/${segment}` : '/',
                status_code: String(res.statusCode),
            });
        });
        next();
    };

    /** Apollo Server plugin timing each operation into {@link graphqlDuration}. */
    apolloPlugin(): ApolloServerPlugin {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const metrics = this;
        return {
            requestDidStart() {
                const started = process.hrtime.bigint();
                return Promise.resolve({
                    willSendResponse(context) {
                        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
                        const url = (context.contextValue as { req?: Request }).req?.originalUrl ?? '';
                        metrics.graphqlDuration.observe(
                            {
                                api: url.includes('admin-api') ? 'admin' : 'shop',
                                operation_type: context.operation?.operation ?? 'unknown',
                                operation_name: metrics.operationLabel(context.operationName),
                                outcome: context.errors?.length ? 'error' : 'ok',
                            },
                            seconds,
                        );
                        return Promise.resolve();
                    },
                });
            },
        };
    }
}

/** Computes readiness and job-queue figures, and keeps the queue gauges current on scrape. */
@Injectable()
export class ReadinessService implements OnApplicationBootstrap, OnModuleDestroy {
    private redis?: Redis;

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly configService: ConfigService,
        private readonly metrics: RadiantMetrics,
        private readonly eventBus: EventBus,
        @Inject(OPERATIONS_OPTIONS) private readonly options: OperationsOptions,
    ) {}

    /** Feeds the job-queue gauges and counts settlements and issued invoices. */
    onApplicationBootstrap(): void {
        this.metrics.queueSource = () => this.queueFigures();
        this.eventBus.ofType(PaymentStateTransitionEvent).subscribe(event => {
            if (event.toState === 'Settled') this.metrics.settlements.inc({ method: event.payment.method });
        });
        this.eventBus.ofType(InvoiceIssuedEvent).subscribe(event => {
            this.metrics.invoicesIssued.inc({ kind: event.invoice.type });
        });
    }

    /** Closes the readiness Redis connection. */
    onModuleDestroy(): void {
        this.redis?.disconnect();
    }

    /**
     * Waiting, running and failed jobs and the oldest waiting job's age, from BullMQ's counts or
     * the database queue (`findMany`).
     */
    async queueFigures(): Promise<QueueFigures> {
        const strategy = this.configService.jobQueueOptions.jobQueueStrategy;
        const queue = (strategy as { queue?: BullQueue }).queue;
        if (queue && typeof queue.getJobCounts === 'function') {
            const counts = await queue.getJobCounts('wait', 'prioritized', 'delayed', 'active', 'failed');
            const [oldest] = await queue.getJobs(['wait', 'prioritized'], 0, 0, true);
            return {
                waiting: (counts.wait ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0),
                running: counts.active ?? 0,
                failed: counts.failed ?? 0,
                oldestWaitingSeconds: oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0,
            };
        }
        if (!isInspectableJobQueueStrategy(strategy)) {
            return { waiting: 0, running: 0, failed: 0, oldestWaitingSeconds: 0 };
        }
        const count = async (state: 'PENDING' | 'RUNNING' | 'FAILED' | 'RETRYING') =>
            (await strategy.findMany({ filter: { state: { eq: state } }, take: 1 })).totalItems;
        const oldest = await strategy.findMany({
            filter: { state: { in: ['PENDING', 'RETRYING'] } },
            sort: { createdAt: SortOrder.ASC },
            take: 1,
        });
        const createdAt = oldest.items[0]?.createdAt;
        return {
            waiting: (await count('PENDING')) + (await count('RETRYING')),
            running: await count('RUNNING'),
            failed: await count('FAILED'),
            oldestWaitingSeconds: createdAt ? Math.max(0, (Date.now() - createdAt.getTime()) / 1000) : 0,
        };
    }

    /**
     * The readiness of this process.
     *
     * @param role `worker` fails on a queue lag above `maxJobLagSeconds`; `server` only reports it
     */
    async check(role: 'server' | 'worker'): Promise<Readiness> {
        const checks: Record<string, ReadinessCheck> = {};
        checks.database = await timed(async () => {
            await this.connection.rawConnection.query('SELECT 1');
            return {};
        });
        if (this.options.redisUrl) {
            checks.redis = await timed(async () => {
                this.redis ??= new Redis({
                    ...redisOptions(this.options.redisUrl!),
                    lazyConnect: true,
                    enableOfflineQueue: false,
                    maxRetriesPerRequest: 0,
                    connectTimeout: 2000,
                });
                this.redis.on('error', () => undefined);
                if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
                await withTimeout(this.redis.ping(), 2000);
                return {};
            });
        }
        checks.jobQueue = await timed(async () => {
            const figures = await withTimeout(this.queueFigures(), 5000);
            const lagging = role === 'worker' && figures.oldestWaitingSeconds > this.options.maxJobLagSeconds;
            if (lagging) {
                throw Object.assign(
                    new Error(`oldest waiting job is ${Math.round(figures.oldestWaitingSeconds)} s old`),
                    { figures },
                );
            }
            return { ...figures };
        });
        const status = Object.values(checks).every(c => c.status === 'up') ? 'ok' : 'error';
        return { status, checks };
    }
}

/** Runs a check, timing it; a throw is `down` with its message. */
async function timed(run: () => Promise<Record<string, unknown>>): Promise<ReadinessCheck> {
    const started = Date.now();
    try {
        const details = await run();
        return { status: 'up', ms: Date.now() - started, ...details };
    } catch (err) {
        const figures = (err as { figures?: QueueFigures }).figures;
        return {
            status: 'down',
            ms: Date.now() - started,
            error: err instanceof Error ? err.message : String(err),
            ...figures,
        };
    }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
        promise,
        new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
        }),
    ]).finally(() => clearTimeout(timer));
}

/** Whether a request carries the metrics token (always true without one). */
function metricsAllowed(options: OperationsOptions, authorization: string | undefined): boolean {
    return !options.metricsToken || authorization === `Bearer ${options.metricsToken}`;
}

/** `GET /health/ready` on the server. */
@Controller('health')
export class ReadinessController {
    constructor(private readonly readiness: ReadinessService) {}

    /** 200 with `{ status: 'ok', checks }` when ready, 503 with `status: 'error'` otherwise. */
    @Get('ready')
    async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
        const result = await this.readiness.check('server');
        res.status(result.status === 'ok' ? 200 : 503);
        return result;
    }
}

/** `GET /metrics` on the server. */
@Controller('metrics')
export class MetricsController {
    constructor(
        private readonly metrics: RadiantMetrics,
        @Inject(OPERATIONS_OPTIONS) private readonly options: OperationsOptions,
    ) {}

    /** The Prometheus text exposition; 401 without the token when `METRICS_TOKEN` is set. */
    @Get()
    async render(
        @Headers('authorization') authorization: string | undefined,
        @Res({ passthrough: true }) res: Response,
    ): Promise<string> {
        if (!metricsAllowed(this.options, authorization))
            throw new HttpException('Bearer token required', 401);
        res.setHeader('Content-Type', this.metrics.registry.contentType);
        return this.metrics.registry.metrics();
    }
}

/**
 * Readiness, metrics and request ids (see the module's description). Add once, to the server and
 * worker configuration alike.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [
        { provide: RadiantMetrics, useFactory: () => OperationsPlugin.metrics },
        ReadinessService,
        { provide: OPERATIONS_OPTIONS, useFactory: () => OperationsPlugin.options },
    ],
    controllers: [ReadinessController, MetricsController],
    configuration: config => {
        const metrics = OperationsPlugin.metrics;
        // First of all: every request, whatever answers it (a cache hit included), gets an id and
        // its duration counted.
        config.apiOptions.middleware = [
            { route: '/', handler: requestIdMiddleware, beforeListen: true },
            { route: '/', handler: metrics.httpMiddleware, beforeListen: true },
            ...config.apiOptions.middleware.filter(
                m => m.handler !== requestIdMiddleware && m.handler !== metrics.httpMiddleware,
            ),
        ];
        config.apiOptions.apolloServerPlugins = [
            ...(config.apiOptions.apolloServerPlugins ?? []),
            metrics.apolloPlugin(),
        ];
        return config;
    },
    compatibility: '^3.0.0',
})
export class OperationsPlugin {
    /** The options given to {@link init}. */
    static options: OperationsOptions = { maxJobLagSeconds: 600 };
    /** The process's metrics, shared by the middleware (created before Nest) and the providers. */
    static metrics = new RadiantMetrics();

    /** Configures the plugin. */
    static init(options: OperationsOptions): typeof OperationsPlugin {
        this.options = options;
        return this;
    }
}

/**
 * Serves `/health`, `/health/ready` and `/metrics` of a worker on `port` (instead of Vendure's
 * `startHealthCheckServer`, which has `/health` only).
 *
 * @returns the HTTP server (close it on shutdown)
 */
export async function startWorkerOperationsServer(
    app: INestApplicationContext,
    port: number,
    hostname = '0.0.0.0',
): Promise<http.Server> {
    const readiness = app.get(ReadinessService);
    const metrics = app.get(RadiantMetrics);
    const options = OperationsPlugin.options;
    const server = http.createServer((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        const send = (status: number, type: string, body: string) => {
            res.writeHead(status, { 'content-type': type });
            res.end(body);
        };
        const json = (status: number, body: unknown) =>
            send(status, 'application/json; charset=utf-8', JSON.stringify(body));
        const answer = async () => {
            if (req.method !== 'GET') return json(405, { error: 'GET only' });
            if (path === '/health') return json(200, { status: 'ok' });
            if (path === '/health/ready') {
                const result = await readiness.check('worker');
                return json(result.status === 'ok' ? 200 : 503, result);
            }
            if (path === '/metrics') {
                if (!metricsAllowed(options, req.headers.authorization))
                    return json(401, { error: 'Bearer token required' });
                return send(200, metrics.registry.contentType, await metrics.registry.metrics());
            }
            json(404, { error: 'Not found' });
        };
        answer().catch((err: Error) => json(500, { error: err.message }));
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, hostname, () => resolve());
    });
    return server;
}
