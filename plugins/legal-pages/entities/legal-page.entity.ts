import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, LocaleString, Translatable, Translation, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, OneToMany } from 'typeorm';
import { LegalPageTranslation } from './legal-page-translation.entity';

/**
 * One legal page of one shop (channel): terms of sale, legal notice, privacy policy, withdrawal…,
 * identified in its channel by a `slug` (unique per channel). Its title and HTML body are
 * translatable ({@link LegalPageTranslation}); the Shop API serves it in the request's language,
 * else the channel's default language, else the first translation.
 */
@Entity('radiant_legal_page')
@Index('IDX_radiant_legal_page_channel_slug', ['channelId', 'slug'], { unique: true })
export class LegalPage extends VendureEntity implements Translatable {
    constructor(input?: DeepPartial<LegalPage>) {
        super(input);
    }

    /** The channel (shop) the page belongs to. */
    @EntityId()
    channelId: ID;

    /** Identifier in its channel, e.g. `terms-of-sale` (lower-case letters, digits and dashes). */
    @Column('varchar', { length: 64 })
    slug: string;

    /** False hides the page from the Shop API (a draft). */
    @Column('boolean', { default: true })
    enabled: boolean;

    /** Title in the current language (from the translations). */
    title: LocaleString;

    /** HTML body in the current language (from the translations), with `{{placeholders}}`. */
    body: LocaleString;

    /** The page in each language. */
    @OneToMany(() => LegalPageTranslation, translation => translation.base, { eager: true })
    translations: Array<Translation<LegalPage>>;
}
