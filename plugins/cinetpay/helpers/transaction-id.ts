import crypto from 'node:crypto';

/** Generates a CinetPay transaction_id: `RD` + base-36 time + 12 random hex characters (≤ 30, `[A-Za-z0-9]`). */
export function newTransactionId(): string {
    return `RD${Date.now().toString(36).toUpperCase()}${crypto.randomBytes(6).toString('hex').toUpperCase()}`;
}
