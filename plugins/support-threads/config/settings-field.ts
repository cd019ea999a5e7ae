import { SettingsStoreFieldConfig, SettingsStoreScopes } from '@vendure/core';
import { SETTINGS_FIELD, supportThreadPermission } from '../constants';

/**
 * The settings store field `supportThreads.settings`, one JSON object per channel
 * (`{ autoCloseAfterDays, firstResponseMinutes: { low, normal, high, urgent },
 * nextResponseMinutes: {…}, supportEmail }`, every key optional), readable with ReadSupportThread,
 * writable with UpdateSupportThread. Values of the wrong type fall back to the plugin options.
 */
export const supportSettingsField: SettingsStoreFieldConfig = {
    name: SETTINGS_FIELD,
    scope: SettingsStoreScopes.channel,
    requiresPermission: {
        read: supportThreadPermission.Read,
        write: supportThreadPermission.Update,
    },
    validate: value => {
        if (value == null) return;
        if (typeof value !== 'object' || Array.isArray(value))
            return 'The support settings must be an object.';
        const days = (value as { autoCloseAfterDays?: unknown }).autoCloseAfterDays;
        if (days !== undefined && (typeof days !== 'number' || days < 0))
            return 'autoCloseAfterDays must be a number of days, 0 or more.';
    },
};
