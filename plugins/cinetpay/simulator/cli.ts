/**
 * Runs the CinetPay simulator from the command line (development only):
 *
 *   npm run build:server && node dist/plugins/cinetpay/simulator/cli.js
 *
 * Environment: CINETPAY_SIM_PORT (default 4010), CINETPAY_SIM_SITE_ID, CINETPAY_SIM_APIKEY,
 * CINETPAY_SIM_SECRET_KEY (defaults: 445160 / sim-apikey / sim-secret-key — use the same values as the
 * `cinetpay` PaymentMethod's args; they are the demo seed's `cinetpay-ci` method's), and start Radiant
 * with CINETPAY_API_URL=http://127.0.0.1:<port>. `npm start` does all this by itself in development.
 */
import { CinetPaySimulator } from './cinetpay-simulator';
import { CINETPAY_DEMO_MERCHANT, CINETPAY_SIMULATOR_DEFAULT_PORT } from './demo-merchant';

async function main(): Promise<void> {
    const simulator = new CinetPaySimulator([
        {
            siteId: process.env.CINETPAY_SIM_SITE_ID || CINETPAY_DEMO_MERCHANT.siteId,
            apikey: process.env.CINETPAY_SIM_APIKEY || CINETPAY_DEMO_MERCHANT.apikey,
            secretKey: process.env.CINETPAY_SIM_SECRET_KEY || CINETPAY_DEMO_MERCHANT.secretKey,
        },
    ]);
    const url = await simulator.start(
        Number(process.env.CINETPAY_SIM_PORT || CINETPAY_SIMULATOR_DEFAULT_PORT),
    );
    process.stdout.write(`CinetPay simulator listening on ${url} (set CINETPAY_API_URL=${url})\n`);
}

main().catch(err => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
});
