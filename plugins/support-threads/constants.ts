import { CrudPermissionDefinition } from '@vendure/core';

/** Nest injection token of the plugin's options ({@link SupportThreadsPluginOptions}). */
export const SUPPORT_THREADS_OPTIONS = Symbol('SUPPORT_THREADS_OPTIONS');
/** Logger context of the plugin. */
export const loggerCtx = 'SupportThreadsPlugin';
/** Settings store namespace of the plugin. */
export const SETTINGS_NAMESPACE = 'supportThreads';
/** Settings store field (channel scope) holding a channel's {@link SupportChannelSettings}. */
export const SETTINGS_FIELD = 'settings';
/** The full settings store key: `supportThreads.settings`. */
export const SETTINGS_KEY = `${SETTINGS_NAMESPACE}.${SETTINGS_FIELD}`;
/** Path of the live streams: `GET /support-threads/live/:threadId` (Server-Sent Events). */
export const LIVE_PATH = 'support-threads/live';
/** Path of the staff's live stream: `GET /support-threads/admin/live` (Server-Sent Events). */
export const STAFF_LIVE_PATH = 'support-threads/admin/live';

/**
 * Path of the authenticated attachment downloads: `GET /support-threads/attachments/:assetId`
 * (`?preview=1` for the preview image), see api/support-attachment.controller.ts.
 */
export const ATTACHMENT_PATH = 'support-threads/attachments';
/** The storefront page of a thread, in both languages (`/en` is prefixed for English). */
export const STOREFRONT_THREAD_PATH = '/compte/demandes/';

/**
 * Read / Update / Delete the support threads of the channel (Admin API `supportInbox`,
 * `replyToSupportThread`, `deleteSupportThread`…); Create exists for symmetry and is unused (only
 * customers open threads).
 */
export const supportThreadPermission = new CrudPermissionDefinition('SupportThread');
