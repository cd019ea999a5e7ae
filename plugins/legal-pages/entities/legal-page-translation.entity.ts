import { LanguageCode } from '@vendure/common/lib/generated-types';
import { DeepPartial } from '@vendure/common/lib/shared-types';
import { Translation, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { LegalPage } from './legal-page.entity';

/** A {@link LegalPage} in one language: its title and its HTML body (with `{{placeholders}}`). */
@Entity('radiant_legal_page_translation')
export class LegalPageTranslation extends VendureEntity implements Translation<LegalPage> {
    constructor(input?: DeepPartial<Translation<LegalPage>>) {
        super(input);
    }

    /** The language of this translation. */
    @Column('varchar')
    languageCode: LanguageCode;

    /** The page's title, e.g. « Conditions générales de vente ». */
    @Column('varchar', { length: 200 })
    title: string;

    /** The page's body, HTML as written in the Dashboard's rich-text editor. */
    @Column('text')
    body: string;

    /** The page this translation belongs to (deleted with it). */
    @Index()
    @ManyToOne(() => LegalPage, base => base.translations, { onDelete: 'CASCADE' })
    base: LegalPage;
}
