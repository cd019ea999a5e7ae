/**
 * Limits on what a shopper (or an admin) types into addresses and customer details, checked at the
 * API so that every storefront gets them: field lengths, postal-code formats per country, phone
 * characters, and email addresses.
 *
 * Vendure stores these fields as `varchar(255)` and accepts anything up to that; 5 000-character
 * names broke layouts and invoice PDFs, and `x@example.com<script>` passed as an email address.
 * {@link ContactValidationPlugin} checks the `input` of the mutations below before their resolver
 * runs and answers a GraphQL error with code `USER_INPUT_ERROR` and, in `extensions`, the `field`,
 * the `reason` (`tooLong`, `postalCodeFormat`, `phoneFormat`, `emailFormat`) and `maxLength` when
 * it applies. Nothing is written when it fails.
 *
 * Postal-code formats come from `postcode-validator` (per ISO 3166-1 country; countries without
 * postal codes there, such as Côte d'Ivoire, get the length limit only). Emails follow
 * `validator`'s `isEmail` (RFC 5321/5322 practice, no display names, at most 254 characters).
 */
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { PluginCommonModule, VendurePlugin } from '@vendure/core';
import { GraphQLError } from 'graphql';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { Observable } from 'rxjs';
import isEmail from 'validator/lib/isEmail';

/** Longest value accepted per input field, in characters (Unicode code points). */
export const CONTACT_FIELD_MAX_LENGTH: Readonly<Record<string, number>> = {
    fullName: 100,
    company: 100,
    streetLine1: 100,
    streetLine2: 100,
    city: 60,
    province: 60,
    postalCode: 16,
    phoneNumber: 30,
    title: 20,
    firstName: 60,
    lastName: 60,
    emailAddress: 254,
    newEmailAddress: 254,
};

/** Characters a phone number may have: digits, spaces, `+`, `.`, `-`, parentheses. */
const PHONE_PATTERN = /^[0-9 +().-]*$/;

/**
 * The mutations whose arguments are checked (Shop and Admin API), and which argument holds the
 * fields: `input` for addresses and customers, the arguments themselves for email changes.
 */
const CHECKED_MUTATIONS: Readonly<Record<string, 'input' | 'args'>> = {
    setOrderShippingAddress: 'input',
    setOrderBillingAddress: 'input',
    createCustomerAddress: 'input',
    updateCustomerAddress: 'input',
    setCustomerForOrder: 'input',
    registerCustomerAccount: 'input',
    updateCustomer: 'input',
    createCustomer: 'input',
    requestUpdateCustomerEmailAddress: 'args',
};

/** Why a field was refused (`extensions.reason`). */
export type ContactFieldProblem = 'tooLong' | 'postalCodeFormat' | 'phoneFormat' | 'emailFormat';

/** A refused field: which, why, and the limit for `tooLong`. */
export interface ContactFieldError {
    field: string;
    reason: ContactFieldProblem;
    maxLength?: number;
    message: string;
}

/**
 * Checks the contact fields of `input` (an address, customer or email-change input).
 *
 * @returns the first problem found, or `undefined` when every field is acceptable
 */
export function checkContactFields(input: Record<string, unknown>): ContactFieldError | undefined {
    for (const [field, maxLength] of Object.entries(CONTACT_FIELD_MAX_LENGTH)) {
        const value = input[field];
        if (typeof value !== 'string') continue;
        if ([...value].length > maxLength) {
            return {
                field,
                reason: 'tooLong',
                maxLength,
                message: `${field} is longer than ${maxLength} characters`,
            };
        }
    }
    const country = typeof input.countryCode === 'string' ? input.countryCode.toUpperCase() : undefined;
    const postalCode = typeof input.postalCode === 'string' ? input.postalCode.trim() : '';
    if (
        country &&
        postalCode &&
        postcodeValidatorExistsForCountry(country) &&
        !postcodeValidator(postalCode, country)
    ) {
        return {
            field: 'postalCode',
            reason: 'postalCodeFormat',
            message: `"${postalCode}" is not a postal code of ${country}`,
        };
    }
    if (typeof input.phoneNumber === 'string' && !PHONE_PATTERN.test(input.phoneNumber)) {
        return {
            field: 'phoneNumber',
            reason: 'phoneFormat',
            message: 'phoneNumber may only contain digits, spaces, +, ., - and parentheses',
        };
    }
    for (const field of ['emailAddress', 'newEmailAddress']) {
        const value = input[field];
        if (typeof value === 'string' && !isEmail(value.trim(), { allow_display_name: false })) {
            return { field, reason: 'emailFormat', message: `${field} is not a valid email address` };
        }
    }
    return undefined;
}

/**
 * Refuses a checked mutation whose input has a problem ({@link checkContactFields}) with a GraphQL
 * error `USER_INPUT_ERROR` carrying `field`, `reason` and `maxLength`, before its resolver runs.
 */
@Injectable()
export class ContactValidationInterceptor implements NestInterceptor {
    /** Checks GraphQL mutations listed in `CHECKED_MUTATIONS`; passes every other call through. */
    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<string>() !== 'graphql') return next.handle();
        const gql = GqlExecutionContext.create(context);
        const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
        const source = info.parentType.name === 'Mutation' ? CHECKED_MUTATIONS[info.fieldName] : undefined;
        if (!source) return next.handle();
        const args = gql.getArgs<Record<string, unknown>>();
        const input = source === 'input' ? args.input : args;
        if (input && typeof input === 'object') {
            const problem = checkContactFields(input as Record<string, unknown>);
            if (problem) {
                throw new GraphQLError(problem.message, {
                    extensions: {
                        code: 'USER_INPUT_ERROR',
                        field: problem.field,
                        reason: problem.reason,
                        ...(problem.maxLength ? { maxLength: problem.maxLength } : {}),
                    },
                });
            }
        }
        return next.handle();
    }
}

/** Registers {@link ContactValidationInterceptor} for the Shop and Admin APIs. */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [{ provide: APP_INTERCEPTOR, useClass: ContactValidationInterceptor }],
    compatibility: '^3.0.0',
})
export class ContactValidationPlugin {}
