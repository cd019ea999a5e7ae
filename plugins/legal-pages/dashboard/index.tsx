import { defineDashboardExtension } from '@vendure/dashboard';

export default defineDashboardExtension({});
