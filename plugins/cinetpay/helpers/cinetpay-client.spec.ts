import http from 'node:http';
import { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CinetPaySimulator } from '../simulator/cinetpay-simulator';
import { CinetPayClient, CinetPayError } from './cinetpay-client';

const merchant = { siteId: '445160', apikey: 'key-1', secretKey: 'secret-1' };
const auth = { siteId: merchant.siteId, apikey: merchant.apikey };
const input = (transactionId: string, amount = 78_500) => ({
    transactionId,
    amount,
    currency: 'XOF',
    description: 'Commande TEST',
    notifyUrl: 'http://127.0.0.1:1/notify',
    returnUrl: 'http://127.0.0.1:1/return',
    channels: 'ALL',
});

describe('CinetPayClient against the simulator', () => {
    const simulator = new CinetPaySimulator([merchant]);
    let client: CinetPayClient;
    beforeAll(async () => {
        client = new CinetPayClient({
            baseUrl: await simulator.start(),
            timeoutMs: 2000,
            retryDelayMs: () => 10,
        });
    });
    afterAll(() => simulator.stop());

    it('initialises and checks a payment', async () => {
        const result = await client.initialise(auth, input('CLIENT1'));
        expect(result.paymentUrl).toMatch(/\/pay\/[0-9a-f]+$/);
        const check = await client.check(auth, 'CLIENT1');
        expect(check).toMatchObject({
            code: '662',
            status: 'WAITING_FOR_CUSTOMER',
            amount: '78500',
            currency: 'XOF',
        });
        simulator.transactions.get('CLIENT1')!.status = 'REFUSED';
        expect(await client.check(auth, 'CLIENT1')).toMatchObject({ code: '627', status: 'REFUSED' });
    });

    it('throws typed errors with CinetPay string codes, without the apikey', async () => {
        const error = await client
            .initialise({ ...auth, apikey: 'wrong-secret-apikey' }, input('CLIENT2'))
            .catch(e => e);
        expect(error).toBeInstanceOf(CinetPayError);
        expect(error).toMatchObject({ kind: 'api', code: '609' });
        expect(error.message).not.toContain('wrong-secret-apikey');
        expect(await client.initialise(auth, input('CLIENT3', 78_502)).catch(e => e)).toMatchObject({
            kind: 'api',
            code: '608',
        });
    });

    it('retries check on HTTP 503 and gives up with an http error', async () => {
        await client.initialise(auth, input('CLIENT4'));
        simulator.knobs.checkDown = true;
        const error = await client.check(auth, 'CLIENT4').catch(e => e);
        expect(error).toMatchObject({ kind: 'http', httpStatus: 503 });
        simulator.knobs.checkDown = false;
    });

    it('times out, and never retries initialise', async () => {
        let hits = 0;
        const slow = http.createServer(() => void hits++);
        await new Promise<void>(r => slow.listen(0, '127.0.0.1', r));
        const slowClient = new CinetPayClient({
            baseUrl: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`,
            timeoutMs: 200,
            checkAttempts: 3,
            retryDelayMs: () => 10,
        });
        expect(await slowClient.initialise(auth, input('SLOW1')).catch(e => e)).toMatchObject({
            kind: 'network',
        });
        expect(hits).toBe(1);
        expect(await slowClient.check(auth, 'SLOW1').catch(e => e)).toMatchObject({ kind: 'network' });
        expect(hits).toBe(4);
        slow.closeAllConnections();
        await new Promise(r => slow.close(r));
    });

    it('refuses to start in production', () => {
        const previous = process.env.NODE_ENV;
        process.env.NODE_ENV = 'production';
        try {
            expect(() => new CinetPaySimulator([merchant])).toThrow(/production/);
        } finally {
            process.env.NODE_ENV = previous;
        }
    });
});
