import { SettingsStoreFieldConfig, SettingsStoreScopes } from '@vendure/core';
import { SELLER_SETTINGS_FIELD } from '../constants';
import { updateInvoiceSettingsPermission } from '../constants-permission';
import { normalizeSeller, sellerErrors } from '../helpers/seller-validation';

/**
 * The settings store field `invoices.seller`: one {@link InvoiceSeller} per channel, readable
 * and writable with `UpdateInvoiceSettings`, validated (SIREN/SIRET Luhn, French VAT key,
 * required fields) also when written through Vendure's raw `setSettingsStoreValue`.
 */
export const sellerSettingsField: SettingsStoreFieldConfig = {
    name: SELLER_SETTINGS_FIELD,
    scope: SettingsStoreScopes.channel,
    requiresPermission: {
        read: updateInvoiceSettingsPermission.Permission,
        write: updateInvoiceSettingsPermission.Permission,
    },
    validate: value => {
        const errors = sellerErrors(normalizeSeller(value));
        if (errors.length) return errors.map(e => `${e.field}: ${e.message}`).join('; ');
    },
};
