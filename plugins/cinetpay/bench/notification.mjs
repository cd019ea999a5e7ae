/**
 * `cinetpay-notification` (closed loop): each virtual user sends the next order's signed notification
 * as soon as its previous one is answered; --connections users. The throughput at saturation, and
 * zero double settlements after every notification is sent again; its latency is mostly the queue
 * the users make themselves (see `cinetpay-notification-open` for the latency at an arrival rate).
 */
import { cinetpayNotificationScenario } from './_notification.mjs';

export default cinetpayNotificationScenario({
    name: 'cinetpay-notification',
    description:
        'CinetPay: verified notification (x-token, check on the simulator) → order settled, distinct orders; closed loop = throughput at saturation',
    order: 110,
});
