export { RateLimitPlugin } from './rate-limit.plugin';
export { RateLimitService, type RateLimitRefusal } from './services/rate-limit.service';
export { GraphQLRateLimitInterceptor, clientIp } from './api/graphql-rate-limit.interceptor';
export { RestRateLimitMiddleware, matchPath } from './api/rest-rate-limit.middleware';
export { TooManyRequestsError, TOO_MANY_REQUESTS } from './errors';
export {
    DEFAULT_GRAPHQL_RULES,
    DEFAULT_REST_RULES,
    CINETPAY_NOTIFY_PATH,
    STRIPE_WEBHOOK_PATH,
    TRACKING_WEBHOOK_PATH,
    SUPPORT_ATTACHMENT_PATH,
    byIp,
    byArgument,
    byActiveUser,
    byActiveOrder,
    isInvalidCredentials,
} from './rules';
export type * from './types';
