import { SimulatedMerchant } from './cinetpay-simulator';

/**
 * The demo merchant shared by the simulator CLI (`npm start` in development) and the demo seed's
 * `cinetpay-ci` payment method: the simulator accepts exactly these credentials. They are not
 * CinetPay credentials and are only used outside production.
 */
export const CINETPAY_DEMO_MERCHANT: SimulatedMerchant = {
    siteId: '445160',
    apikey: 'sim-apikey',
    secretKey: 'sim-secret-key',
};

/** Default port of the simulator CLI (`CINETPAY_SIM_PORT`). */
export const CINETPAY_SIMULATOR_DEFAULT_PORT = 4010;
