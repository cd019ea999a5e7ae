export { SupportThreadsPlugin } from './support-threads.plugin';
export {
    supportCustomerEmailHandler,
    supportStaffEmailHandler,
    supportSlaEmailHandler,
    supportStatusEmailHandler,
    SUPPORT_EMAIL_HANDLERS,
} from './config/support-email-handlers';
export {
    LIVE_PATH as SUPPORT_LIVE_PATH,
    SETTINGS_KEY as SUPPORT_SETTINGS_KEY,
    supportThreadPermission,
} from './constants';
export { SupportMessage } from './entities/support-message.entity';
export { SupportThread } from './entities/support-thread.entity';
export {
    SupportMessageEvent,
    SupportSlaBreachEvent,
    SupportThreadDeletedEvent,
    SupportThreadStatusEvent,
    type SupportActor,
} from './events/support-events';
export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './helpers/attachments';
export { SUPPORT_MESSAGE_MAX_LENGTH } from './helpers/message-body';
export { DEFAULT_SUPPORT_SETTINGS, type SupportChannelSettings } from './helpers/sla';
export {
    SupportMessageAuthorType,
    SupportThreadPriority,
    SupportThreadStatus,
} from './helpers/status-machine';
export { SupportLiveService, type LiveMessage } from './services/support-live.service';
export { SupportSchedulerService } from './services/support-scheduler.service';
export { SupportThreadService } from './services/support-thread.service';
export type { SupportThreadsPluginOptions } from './types';
