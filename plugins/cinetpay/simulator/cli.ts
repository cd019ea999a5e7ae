/**
 * Runs the CinetPay simulator from the command line (development only):
 *
 *   npm run build:server && node dist/plugins/cinetpay/simulator/cli.js
 *
 * Environment: CINETPAY_SIM_PORT (default 4010), CINETPAY_SIM_SITE_ID, CINETPAY_SIM_APIKEY,
 * CINETPAY_SIM_SECRET_KEY (defaults: 445160 / sim-apikey / sim-secret-key — use the same values as the
 * `cinetpay` PaymentMethod's args), and start Radiant with CINETPAY_API_URL=http://127.0.0.1:<port>.
 */
import { CinetPaySimulator } from './cinetpay-simulator';

async function main(): Promise<void> {
    const simulator = new CinetPaySimulator([
        {
            siteId: process.env.CINETPAY_SIM_SITE_ID || '445160',
            apikey: process.env.CINETPAY_SIM_APIKEY || 'sim-apikey',
            secretKey: process.env.CINETPAY_SIM_SECRET_KEY || 'sim-secret-key',
        },
    ]);
    const url = await simulator.start(Number(process.env.CINETPAY_SIM_PORT || 4010));
    process.stdout.write(`CinetPay simulator listening on ${url} (set CINETPAY_API_URL=${url})\n`);
}

main().catch(err => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
});
