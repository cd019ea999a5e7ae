/**
 * Types for the sections of the account's order detail page (see OrderSections.astro, the list
 * every plugin with something to show about a placed order adds its component to).
 */
import type { CustomerOrderQuery } from '../../lib/gql/graphql';
import type { Lang } from '../../lib/i18n';

/** A placed order as the detail page loads it (CustomerOrderQuery). */
export type CustomerOrder = NonNullable<CustomerOrderQuery['orderByCode']>;

/** The props every order section component receives. */
export interface OrderSectionProps {
    order: CustomerOrder;
    lang: Lang;
}
