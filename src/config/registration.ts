/**
 * Account pre-hijack protection (issue 13, item 3): with `requireVerification`, a Shop API
 * `registerCustomerAccount` that carries a password is refused, so nobody can register someone
 * else's email address with a password of their own and wait for the owner to verify it. The
 * password is chosen by whoever holds the emailed token, at `verifyCustomerAccount(token, password)`
 * (Vendure's own two-step flow, https://docs.vendure.io/guides/core-concepts/auth/#customer-auth).
 */
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ConfigService, PluginCommonModule, VendurePlugin } from '@vendure/core';
import { PasswordValidationError } from '@vendure/core/dist/common/error/generated-graphql-shop-errors';
import type { GraphQLResolveInfo } from 'graphql';
import { Observable, of } from 'rxjs';

/** The `validationErrorMessage` of the refusal. */
export const PASSWORD_AT_VERIFICATION_MESSAGE =
    'Register without a password: choose it when verifying the email address (verifyCustomerAccount)';

/**
 * Answers a Shop API `registerCustomerAccount` whose `input.password` is set with Vendure's
 * `PasswordValidationError` (a member of the mutation's result union, so every storefront handles
 * it), without registering anything, when `authOptions.requireVerification` is on.
 */
@Injectable()
export class PasswordAtVerificationInterceptor implements NestInterceptor {
    constructor(private readonly config: ConfigService) {}

    /** See the class documentation. */
    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<string>() !== 'graphql' || !this.config.authOptions.requireVerification) {
            return next.handle();
        }
        const gqlContext = GqlExecutionContext.create(context);
        const info = gqlContext.getInfo<GraphQLResolveInfo | undefined>();
        if (info?.parentType.name !== 'Mutation' || info.fieldName !== 'registerCustomerAccount') {
            return next.handle();
        }
        const { input } = gqlContext.getArgs<{ input?: { password?: unknown } }>();
        if (input?.password === undefined || input.password === null) return next.handle();
        return of(new PasswordValidationError({ validationErrorMessage: PASSWORD_AT_VERIFICATION_MESSAGE }));
    }
}

/** Installs {@link PasswordAtVerificationInterceptor}. */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [{ provide: APP_INTERCEPTOR, useClass: PasswordAtVerificationInterceptor }],
    compatibility: '^3.0.0',
})
export class PasswordAtVerificationPlugin {}
