/**
 * The enums the generated types use (codegen.plugins.cjs `OWN_ENUMS`): Vendure's own, so the
 * arguments pass to Vendure's services as they are, plus the plugin's statuses, priorities and
 * author types.
 */
export * from '@vendure/common/lib/generated-types';
export {
    SupportMessageAuthorType,
    SupportThreadPriority,
    SupportThreadStatus,
} from '../helpers/status-machine';
