export { LegalPagesPlugin } from './legal-pages.plugin';
export { LegalPage } from './entities/legal-page.entity';
export { LegalPageTranslation } from './entities/legal-page-translation.entity';
export { LegalPageService } from './services/legal-page.service';
export type {
    CreateLegalPageFields,
    UpdateLegalPageFields,
    SaveLegalPageResult,
} from './services/legal-page.service';
export { LegalPageSeedService } from './services/legal-page-seed.service';
export { legalPagePermission, LEGAL_PAGE_SLUGS } from './constants';
export { DEFAULT_LEGAL_PAGES, DEFAULT_PLACEHOLDER_NAMES } from './seed/default-pages';
export { fillPlaceholders, placeholderNames } from './helpers/placeholders';
export type * from './types';
