import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parallel naming of the gateways' attempt rows: `stripe_payment_intent.stripeAmount` becomes
 * `gatewayAmount`, as in `cinetpay_transaction`. A rename (ALTER TABLE … RENAME COLUMN), so the data
 * stays; `down` renames it back.
 */
export class GatewayAmount1796207867743 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "stripe_payment_intent" RENAME COLUMN "stripeAmount" TO "gatewayAmount"`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "stripe_payment_intent" RENAME COLUMN "gatewayAmount" TO "stripeAmount"`,
            undefined,
        );
    }
}
