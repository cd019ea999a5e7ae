/**
 * The enums the generated types use (codegen.plugins.cjs `OWN_ENUMS`): Vendure's own, so the
 * arguments pass to Vendure's services as they are, plus the plugin's `TrackingStatus`.
 */
export * from '@vendure/common/lib/generated-types';
export { TrackingStatus } from '../helpers/statuses';
