/**
 * `cinetpay-notification-open` (open loop): CinetPay notifications for distinct orders ARRIVE at
 * `BENCH_CINETPAY_RATE` per second (default 8; Poisson), whatever the server's speed, as CinetPay
 * sends them; "our handling" is from the arrival to the answer, minus the simulator's check time.
 * Their concurrency is what arrivals and handling time make it (mean and maximum in flight are
 * printed). This is the figure for the target: p95 ≤ 100 ms with concurrent notifications.
 */
import { cinetpayNotificationScenario } from './_notification.mjs';

const rate = Number(process.env.BENCH_CINETPAY_RATE || 8);

export default cinetpayNotificationScenario({
    name: 'cinetpay-notification-open',
    description: `CinetPay: verified notifications → orders settled, distinct orders arriving at ${rate}/s (Poisson); open loop = latency under concurrent arrivals`,
    order: 111,
    arrivalRate: rate,
    connections: 64,
    // Enough for 40 s of arrivals (warm-up included) unless BENCH_CINETPAY_ORDERS says otherwise.
    pool: Number(process.env.BENCH_CINETPAY_ORDERS) || Math.ceil(rate * 40),
});
